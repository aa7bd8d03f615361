import { ConfigError, loadConfig } from "../config.js";
import { journalReport, renderReport } from "../report/journal-report.js";
import { openStore } from "../store/open-store.js";

/**
 * `npm run report [-- --json]`: votes per answer and the questions the sources could not answer,
 * read from the same journal the server writes (FEEDBACK_LOG, or Redis when REDIS_URL is set).
 */
try {
  const config = loadConfig();
  const store = await openStore({ redisUrl: config.redisUrl, journalPath: config.feedbackLog });
  const report = journalReport(await store.records());
  await store.close();
  console.log(process.argv.includes("--json") ? JSON.stringify(report, null, 2) : renderReport(report));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `report: ${(error as Error).message}`);
  process.exit(2);
}
