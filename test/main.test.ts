import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { blockActions, signedHeaders, SIGNING_SECRET } from "./bots/slack/slack-requests.js";

const run = promisify(execFile);

/** `npm start` as a real process; resolves with its URL once it listens. */
async function startMain(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  // Node itself, not the tsx wrapper: a signal to the wrapper can leave its node child running.
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/Listening on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  return { child, url, exited };
}

const slackEnv = (journal: string) => ({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: "xoxb-test", SLACK_BOT_ID: "BBOT", SLACK_BOT_USER_ID: "UBOT", FEEDBACK_LOG: journal });

describe("npm start", () => {
  it("stops with exit code 2 and one message naming each bad variable", async () => {
    const failure = await run("node_modules/.bin/tsx", ["src/main.ts"], { env: { ...process.env, PORT: "x", SLACK_BOT_TOKEN: "nope", REDIS_URL: "http://x" }, timeout: 60_000 }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/^Invalid settings:\n/);
    expect(failure.stderr).toMatch(/\n {2}PORT: must be a port number\n/);
    expect(failure.stderr).toMatch(/\n {2}SLACK_BOT_TOKEN: must be a bot token/);
    expect(failure.stderr).toMatch(/\n {2}REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it("exits 0 on SIGTERM, after answering", async () => {
    const { child, url, exited } = await startMain({ FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), "main-")), "j.jsonl") });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("loses no acknowledged vote when killed with SIGKILL in the middle of traffic", async () => {
    const journal = join(mkdtempSync(join(tmpdir(), "main-")), "journal.jsonl");
    const { child, url, exited } = await startMain(slackEnv(journal));
    const acknowledged: string[] = [];
    let sent = 0;
    const click = async (n: number) => {
      const value = JSON.stringify({ q: `question ${n}`, s: "answered", c: ["000"] });
      const body = blockActions({ action_id: "feedback_up", value }, "http://127.0.0.1:1/response");
      const res = await fetch(`${url}/slack/events`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...signedHeaders(body) }, body });
      if (res.status === 200) acknowledged.push(`question ${n}`);
    };
    // Ten clients voting in a loop until the process dies under them.
    const clients = Array.from({ length: 10 }, async () => {
      while (child.exitCode === null && child.signalCode === null) await click(sent++).catch(() => {});
    });
    await new Promise((r) => setTimeout(r, 1500));
    child.kill("SIGKILL");
    await exited;
    await Promise.all(clients);
    expect(acknowledged.length).toBeGreaterThan(20);
    const recorded = new Set(readFileSync(journal, "utf8").trim().split("\n").map((line) => JSON.parse(line).question));
    expect(acknowledged.filter((q) => !recorded.has(q))).toEqual([]);
  });
});

describe("npm start without Teams credentials", () => {
  it("says at start that Teams runs in Emulator mode, on 127.0.0.1 only", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: { ...process.env, PORT: "0", HOST: "", MicrosoftAppId: "", SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "" } });
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
    expect(stdout).toMatch(/Teams: anonymous Bot Framework Emulator mode at http:\/\/127\.0\.0\.1:\d+\/api\/messages, no token required, replies only to a local Emulator; listening on 127\.0\.0\.1 only/);
  });
});
