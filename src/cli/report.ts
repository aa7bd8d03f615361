import { loadConfig } from "../config.js";
import { journalReport, renderReport } from "../report/journal-report.js";
import { openStore } from "../store/open-store.js";
import { parseCommandLine, refuseUsage } from "./command-line.js";
import { runCommand } from "./run-command.js";

/**
 * `npm run report [-- --json]`: votes per answer and the questions the sources could not answer,
 * read from the same journal the server writes (FEEDBACK_LOG, or Redis when REDIS_URL is set).
 */
const USAGE = "usage: npm run report [-- --json]    from FEEDBACK_LOG, or Redis when REDIS_URL is set";

const { values, positionals } = parseCommandLine("report", USAGE, { json: { type: "boolean" } });
if (positionals.length > 0) refuseUsage("report", `unexpected argument "${positionals[0]}": the journal comes from FEEDBACK_LOG or REDIS_URL`, USAGE);

await runCommand("report", async () => {
  const config = loadConfig();
  const store = await openStore({ redisUrl: config.redisUrl, journalPath: config.feedbackLog });
  const report = journalReport(await store.records());
  await store.close();
  console.log(values.json ? JSON.stringify(report, null, 2) : renderReport(report));
  return 0;
});
