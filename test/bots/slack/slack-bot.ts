import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { startServer, type RunningServer } from "../../../src/server.js";
import { seeds } from "../../helpers.js";
import { FakeSlackApi } from "./fake-slack-api.js";
import { SIGNING_SECRET } from "./slack-requests.js";

export type SlackBot = { server: RunningServer; slack: FakeSlackApi; journal: string; close(): Promise<void> };

/**
 * The real server on loopback with Slack on over HTTP, its Web API calls going to a local
 * FakeSlackApi, its journal in a fresh temporary file. `env` overrides any setting ("" unsets).
 */
export async function startSlackBot(env: Record<string, string> = {}): Promise<SlackBot> {
  const slack = new FakeSlackApi();
  await slack.start();
  const journal = join(mkdtempSync(join(tmpdir(), "journal-")), "journal.jsonl");
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_BOT_ID: "BBOT",
    SLACK_BOT_USER_ID: "UBOT",
    SLACK_API_URL: `${slack.url}/api/`,
    FEEDBACK_LOG: journal,
    ...env,
  });
  const server = await startServer({ config, index: seeds(), logger: createLogger("silent") });
  return {
    server,
    slack,
    journal,
    close: async () => {
      await server.close();
      await slack.stop();
    },
  };
}
