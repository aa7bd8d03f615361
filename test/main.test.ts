import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ask } from "../src/answer/ask.js";
import { FakeSlackApi } from "./bots/slack/fake-slack-api.js";
import { blockActions, signedHeaders, SIGNING_SECRET, slashCommand } from "./bots/slack/slack-requests.js";
import { FakeConnector } from "./bots/teams/fake-connector.js";
import { personalMessage } from "./bots/teams/teams-activities.js";
import { seeds } from "./helpers.js";
import { answers, descendantsOf, freePort, isRunning, startProcess } from "./server-process.js";

const run = promisify(execFile);

/** What `npm start` runs once dist/ is built (test/build-dist.ts), as a real process; resolves with its URL once it listens. */
async function startMain(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ["dist/main.js"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
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

/** A port something else listens on, for the rest of the test run. */
async function listeningPort(): Promise<number> {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  holder.unref();
  return (holder.address() as AddressInfo).port;
}

const slackEnv = (journal: string) => ({
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_BOT_TOKEN: "xoxb-test",
  SLACK_BOT_ID: "BBOT",
  SLACK_BOT_USER_ID: "UBOT",
  FEEDBACK_LOG: journal,
});

describe("npm start", () => {
  it("stops with exit code 2 and one message naming each bad variable", async () => {
    const failure = await run(process.execPath, ["dist/main.js"], {
      env: { ...process.env, PORT: "x", SLACK_BOT_TOKEN: "nope", REDIS_URL: "http://x" },
      timeout: 60_000,
    }).catch((e) => e);
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
      const res = await fetch(`${url}/slack/events`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...signedHeaders(body) },
        body,
      });
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
    const recorded = new Set(
      readFileSync(journal, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).question),
    );
    expect(acknowledged.filter((q) => !recorded.has(q))).toEqual([]);
  });
});

describe("npm start without Teams credentials", () => {
  it("says at start that Teams runs in Emulator mode, on 127.0.0.1 only", async () => {
    const child = spawn(process.execPath, ["dist/main.js"], {
      env: { ...process.env, PORT: "0", HOST: "", MicrosoftAppId: "", SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "", SLACK_APP_TOKEN: "" },
    });
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
    expect(stdout).toMatch(
      /Teams: anonymous Bot Framework Emulator mode at http:\/\/127\.0\.0\.1:\d+\/api\/messages, no token required, replies only to a local Emulator; listening on 127\.0\.0\.1 only/,
    );
  });
});

describe("the compiled server (npm start, node dist/main.js)", () => {
  const journal = () => join(mkdtempSync(join(tmpdir(), "main-")), "journal.jsonl");

  it("finds, from dist/, each module the bundle leaves in node_modules (scripts/build.js), as one copy with what raw-body and Socket Mode use", () => {
    const fromDist = createRequire(join(process.cwd(), "dist", "serve.js"));
    const external = [
      ...new Set(
        readdirSync("dist")
          .filter((f) => f.endsWith(".js"))
          .flatMap((f) => [...readFileSync(join("dist", f), "utf8").matchAll(/require\("([^"./][^"]*)"\)/g)].map((m) => m[1])),
      ),
    ];
    expect(external).toEqual(expect.arrayContaining(["undici", "iconv-lite/encodings"]));
    for (const name of external.filter((n) => !n.startsWith("node:"))) expect(() => fromDist.resolve(name)).not.toThrow();
    // The same copy the bundled code was built from: the character-set tables of the iconv-lite raw-body loads.
    const rawBody = createRequire(fromDist.resolve("raw-body"));
    expect(fromDist.resolve("iconv-lite/encodings")).toBe(rawBody.resolve("iconv-lite/encodings"));
  });

  it.each([
    ["npm start", "SIGTERM"],
    ["npm start", "SIGINT"],
    ["node dist/main.js", "SIGTERM"],
    ["node dist/main.js", "SIGINT"],
  ] as const)("%s: %s sent to its own process stops it gracefully, exit code 0, with no process left listening", async (command, signal) => {
    const [file, ...args] = command === "npm start" ? ["npm", "start"] : [process.execPath, "dist/main.js"];
    const server = await startProcess(file, args, { FEEDBACK_LOG: journal(), LOG_LEVEL: "info" });
    // Everything it started, npm's node among them: a container runtime signals only the first process.
    const started = descendantsOf(server.child.pid!);
    try {
      if (command === "npm start") expect(started.length).toBeGreaterThan(0);
      server.child.kill(signal);
      const stillRunning = new Promise((resolve) => setTimeout(resolve, 10_000, "still running 10 s later")).then(String);
      expect(await Promise.race([server.exited, stillRunning])).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain(`"signal":"${signal}","msg":"shutting down"`);
      expect(await answers(`${server.url}/healthz`)).toBe(false);
      expect(started.filter(isRunning)).toEqual([]);
    } finally {
      for (const pid of [server.child.pid!, ...started].filter(isRunning)) process.kill(pid, "SIGKILL");
    }
  });

  it.each([
    ["a port in use", async () => ({ PORT: String(await listeningPort()) }), (env: Record<string, string>) => `port ${env.PORT} is in use: set PORT\n`],
    [
      "a Slack that cannot be reached",
      async () => ({ ...slackEnv(journal()), SLACK_BOT_ID: "", SLACK_BOT_USER_ID: "", SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/` }),
      (env: Record<string, string>) =>
        `Slack cannot be reached at ${env.SLACK_API_URL} (ECONNREFUSED): check this machine's network access to Slack and SLACK_API_URL\n`,
    ],
    // Socket Mode's receiver is loaded only when used (scripts/build.js): this start loads it from the bundle, and undici from node_modules.
    [
      "a Slack that cannot be reached, in Socket Mode",
      async () => ({
        ...slackEnv(journal()),
        SLACK_SIGNING_SECRET: "",
        SLACK_APP_TOKEN: "xapp-1-A1-1-test",
        SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/`,
        LOG_LEVEL: "fatal",
      }),
      (env: Record<string, string>) =>
        `Slack cannot be reached at ${env.SLACK_API_URL} (ECONNREFUSED): check this machine's network access to Slack and SLACK_API_URL\n`,
    ],
    [
      "a signing secret one character short",
      async () => ({ ...slackEnv(journal()), SLACK_SIGNING_SECRET: SIGNING_SECRET.slice(1) }),
      () => "Invalid settings:\n  SLACK_SIGNING_SECRET: must be the app's Signing Secret, 32 hex characters (Basic Information → App Credentials)\n",
    ],
  ])("stops on %s with exit code 2 and one message saying what to do, no stack trace", async (_, settings, message) => {
    const env = { PORT: String(await freePort()), HOST: "127.0.0.1", ...(await settings()) };
    const failure = await run(process.execPath, ["dist/main.js"], { env: { ...process.env, ...env }, timeout: 30_000 }).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toBe(message(env));
  });

  it("answers Slack and Teams as the bundle, with both platforms' SDKs loaded from it", async () => {
    const slack = new FakeSlackApi();
    const connector = new FakeConnector();
    await Promise.all([slack.start(), connector.start()]);
    const server = await startProcess(process.execPath, ["dist/main.js"], { ...slackEnv(journal()), SLACK_API_URL: `${slack.url}/api/`, TEAMS_EMULATOR: "1" });
    try {
      const body = slashCommand("When do updates stop?");
      const command = await fetch(`${server.url}/slack/events`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...signedHeaders(body) },
        body,
      });
      expect(command.status).toBe(200);
      const expected = ask(seeds(), "When do updates stop?").answer;
      expect(JSON.stringify(await command.json())).toContain(expected);
      const message = await fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(personalMessage(connector.url, "When do updates stop?")),
      });
      expect(message.status).toBe(200);
      const [reply] = await connector.waitFor();
      expect(reply.body.text).toContain(expected);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      await Promise.all([slack.stop(), connector.stop()]);
    }
  });
});
