import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("npm start", () => {
  it("stops with exit code 2 and one message naming each bad variable", async () => {
    const failure = await run("node_modules/.bin/tsx", ["src/main.ts"], { env: { ...process.env, PORT: "x", SLACK_BOT_TOKEN: "nope" }, timeout: 60_000 }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/Invalid settings:\n {2}PORT: .*\n {2}SLACK_BOT_TOKEN: must be a bot token/);
  });
});
