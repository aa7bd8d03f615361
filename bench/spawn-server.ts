import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { CONNECTION_LIMITS } from "../src/server.js";

/** Slack signing secrets are 32 hex characters; config.ts refuses anything else. */
export const BENCH_SECRET = "be9c4e5a1f0d2b3c4d5e6f708192a3b4";

/** The env of a bench server: Slack over HTTP with a stand-in API, Teams in Emulator mode. */
export function benchEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    SLACK_SIGNING_SECRET: BENCH_SECRET,
    SLACK_BOT_TOKEN: "xoxb-bench",
    // With the bot's ids given, Bolt makes no call to Slack at start.
    SLACK_BOT_ID: "BBENCH",
    SLACK_BOT_USER_ID: "UBENCH",
    FEEDBACK_LOG: "/tmp/bench-journal.jsonl",
    RATE_LIMIT_PER_MINUTE: "0",
    // Beside Slack, Emulator mode is on only when asked for.
    TEAMS_EMULATOR: "1",
    ...extra,
  };
}

export type Spawned = { url: string; child: ChildProcess; peakRssMB(): number; stop(): Promise<void> };

/** A server as its own process, as an operator runs it; resolves once it prints "Listening on URL". */
export async function spawnListening(args: string[], env: Record<string, string> = {}): Promise<Spawned> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/Listening on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`${args.join(" ")} exited before listening:\n${out}`)));
  });
  child.stdout!.resume();
  return {
    url,
    child,
    // The kernel's high-water mark of the process's resident memory.
    peakRssMB: () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? NaN) / 1024,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The production command, `node dist/main.js` (what `npm start` runs, after building dist/). */
export const SERVER_ARGS = ["dist/main.js"];

export function spawnServer(env: Record<string, string>): Promise<Spawned> {
  return spawnListening(SERVER_ARGS, env);
}

/**
 * A bare node:http server answering a fixed string on PORT (0: any): the ceiling every endpoint is
 * compared with. Its listen backlog is the bot's (src/server.ts, CONNECTION_LIMITS), so that a
 * burst of new connections finds both the same.
 */
export const BARE_ARGS = [
  "-e",
  `require("node:http").createServer((_, res) => res.end("ok")).listen({ port: Number(process.env.PORT ?? 0), host: "127.0.0.1", backlog: ${CONNECTION_LIMITS.listenBacklog} }, function () { console.log("Listening on http://127.0.0.1:" + this.address().port); });`,
];

export function spawnBare(): Promise<Spawned> {
  return spawnListening(BARE_ARGS);
}
