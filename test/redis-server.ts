import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./free-port.js";

/**
 * A real redis-server (Debian's package) on loopback, for the tests of the Redis path. CI
 * installs it (.ci/run) and sets REQUIRE_REDIS=1, so there a missing server fails the run
 * instead of skipping the tests.
 */
export const redisAvailable = spawnSync("redis-server", ["--version"]).status === 0;
if (!redisAvailable && process.env.REQUIRE_REDIS === "1") {
  throw new Error("REQUIRE_REDIS=1 but redis-server is not installed (apt-get install redis-server)");
}

export type RedisServer = { url: string; stop(): Promise<void> };

/** A fresh redis-server, on `port` when given (to start one again where a stopped one was). */
export async function startRedis(port?: number): Promise<RedisServer> {
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), "redis-"));
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      if (out.includes("Ready to accept connections")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
