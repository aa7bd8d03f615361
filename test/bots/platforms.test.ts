import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SIGNING_SECRET } from "./slack/slack-requests.js";

const run = promisify(execFile);

/** The platform SDKs a server process started with `env` has loaded. */
async function sdksLoadedWith(env: Record<string, string>): Promise<string[]> {
  const settings = { PORT: "0", HOST: "127.0.0.1", FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), "platforms-")), "journal.jsonl"), ...env };
  const { stdout } = await run(process.execPath, ["--import", "tsx", "test/bots/loaded-sdks.ts"], { env: { ...process.env, ...settings }, timeout: 60_000 });
  return JSON.parse(stdout);
}

const slack = { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: "xoxb-test", SLACK_BOT_ID: "BBOT", SLACK_BOT_USER_ID: "UBOT" };

describe("the platforms", () => {
  it.each([
    ["Slack alone", slack, ["@slack/bolt"]],
    ["Teams alone (Emulator mode)", { TEAMS_EMULATOR: "1" }, ["botbuilder"]],
    ["both", { ...slack, TEAMS_EMULATOR: "1" }, ["@slack/bolt", "botbuilder"]],
    ["neither", { TEAMS_EMULATOR: "0" }, []],
  ])("load a platform's SDK only when the environment turns it on: %s", async (_, env, sdks) => {
    expect(await sdksLoadedWith(env)).toEqual(sdks);
  });
});
