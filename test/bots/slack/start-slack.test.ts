import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { startServer } from "../../../src/server.js";
import { StartupError } from "../../../src/startup-error.js";
import { seeds } from "../../helpers.js";
import { freePort } from "../../server-process.js";
import { SIGNING_SECRET } from "./slack-requests.js";

/** Slack over HTTP without the bot's ids: the start asks Slack's auth.test who the token is. */
function startWithSlack(env: Record<string, string> = {}) {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), "start-slack-")), "journal.jsonl"),
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    ...env,
  });
  return startServer({ config, index: seeds(), logger: createLogger("silent") });
}

describe("starting Slack", () => {
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect("127.0.0.1");
  });
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("says Slack refused the credentials when auth.test answers invalid_auth", async () => {
    nock("https://slack.com").post("/api/auth.test").reply(200, { ok: false, error: "invalid_auth" });
    const failure = await startWithSlack().catch((error) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure.message).toBe("Slack refused the credentials (invalid_auth): check SLACK_BOT_TOKEN");
  });

  it("says Slack cannot be reached, not that it refused anything, when nothing answers", async () => {
    const closed = await freePort();
    const failure = await startWithSlack({ SLACK_API_URL: `http://127.0.0.1:${closed}/api/` }).catch((error) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure.message).toBe(
      `Slack cannot be reached at http://127.0.0.1:${closed}/api/ (ECONNREFUSED): check this machine's network access to Slack and SLACK_API_URL`,
    );
  });

  it("says Slack answered with an HTTP error when it is down", async () => {
    nock("https://slack.com").post("/api/auth.test").reply(503, "upstream connect error");
    const failure = await startWithSlack().catch((error) => error);
    expect(failure.message).toBe("Slack answered HTTP 503 at https://slack.com/api/: try again later");
  });

  it("starts once auth.test answers who the token is", async () => {
    nock("https://slack.com").post("/api/auth.test").reply(200, { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "kaspersky-bot" });
    const server = await startWithSlack();
    try {
      expect(server.slack).toBe("http");
    } finally {
      await server.close();
    }
  });
});
