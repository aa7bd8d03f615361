import { execFile, spawn } from "node:child_process";
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

describe("npm start without Teams credentials", () => {
  it("says at start that Teams runs in Emulator mode, on 127.0.0.1 only", async () => {
    const child = spawn("node_modules/.bin/tsx", ["src/main.ts"], { env: { ...process.env, PORT: "0", HOST: "", MicrosoftAppId: "", SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "" } });
    let stdout = "";
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk) => {
          stdout += chunk;
          if (stdout.includes("Try it locally")) resolve();
        });
        child.on("exit", (code) => reject(new Error(`exited with ${code}: ${stdout}`)));
      });
    } finally {
      child.kill();
    }
    expect(stdout).toMatch(/Listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toMatch(/Teams: anonymous Bot Framework Emulator mode at http:\/\/127\.0\.0\.1:\d+\/api\/messages, no token required; listening on 127\.0\.0\.1 only/);
  });
});
