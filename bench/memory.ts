import { readFileSync } from "node:fs";
import { burstOf1000, type Burst } from "./burst.js";
import { benchEnv, spawnServer } from "./spawn-server.js";
import { slackApi, teamsConnector } from "./stand-ins.js";

export type MemoryResults = {
  /** RSS once the 1,000 requests are answered and their replies sent, before any idle time. */
  afterRequestsRssMB: number;
  /** RSS after `idleSeconds` with nothing to do: what the server holds in steady state. */
  steadyRssMB: number;
  idleSeconds: number;
  /** The kernel's high-water mark of the process's RSS, from its start to the end of the idle time. */
  peakRssMB: number;
  burst: Burst;
};

/**
 * The server's memory after 1,000 requests, in a server of its own (Slack and Teams configured,
 * as in every bench server) that has answered nothing else: the 1,000-request mixed burst, then
 * `idleSeconds` of nothing. V8 grows its young generation under load (up to 32 MB on 64-bit) and
 * gives it back only when its memory reducer sees the allocation rate fall, some 30 seconds after
 * the last request on Node 20; a garbage collection forced sooner (`gc()`) leaves that space
 * resident. So steady state here is measured as it happens in production, by waiting.
 */
export async function measureMemory(idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 45)): Promise<MemoryResults> {
  const [slack, connector] = await Promise.all([slackApi(), teamsConnector()]);
  const bot = await spawnServer(benchEnv({ SLACK_API_URL: `${slack.url}api/` }));
  const rssMB = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${bot.child.pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;
  try {
    const burst = await burstOf1000(
      bot.url,
      connector.url,
      () => slack.calls,
      () => connector.calls,
      0,
    );
    const afterRequestsRssMB = rssMB();
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    return { afterRequestsRssMB, steadyRssMB: rssMB(), idleSeconds, peakRssMB: bot.peakRssMB(), burst };
  } finally {
    await bot.stop();
    await Promise.all([slack.stop(), connector.stop()]);
  }
}
