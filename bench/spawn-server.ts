import { spawn, type ChildProcess } from "node:child_process";

export const BENCH_SECRET = "bench-signing-secret-0123456789";

/** The env of a bench server: Slack over HTTP with a local stand-in API, no call to Slack at start. */
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
    ...extra,
  };
}

/** `npm start` as its own process, as an operator runs it; resolves once it listens. */
export async function spawnServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const match = out.match(/Listening on (http:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`the server exited before listening:\n${out}`)));
  });
  return {
    url,
    child,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
