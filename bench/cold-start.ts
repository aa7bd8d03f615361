import { createHmac } from "node:crypto";
import { rmSync } from "node:fs";
import { INDEX_PATHS } from "../src/index/load-index.js";
import { BENCH_SECRET, benchEnv, spawnServer } from "./spawn-server.js";
import { median } from "./stats.js";

/**
 * Cold start to first answer: from spawning `npm start` to the first /kaspersky answer over
 * HTTP, with the index snapshot in place, and with it deleted so the index is rebuilt.
 */
export async function measureColdStart(runs = 3): Promise<{ snapshotMs: number; rebuildMs: number }> {
  const times = { snapshot: [] as number[], rebuild: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const mode of ["rebuild", "snapshot"] as const) {
      if (mode === "rebuild") rmSync(INDEX_PATHS.snapshot, { force: true });
      const started = performance.now();
      const server = await spawnServer(benchEnv());
      await firstAnswer(server.url);
      times[mode].push(performance.now() - started);
      await server.stop();
    }
  }
  return { snapshotMs: median(times.snapshot), rebuildMs: median(times.rebuild) };
}

async function firstAnswer(url: string): Promise<void> {
  const body = new URLSearchParams({ command: "/kaspersky", text: "When do updates stop?", user_id: "U1", channel_id: "C1", team_id: "T1", response_url: "http://127.0.0.1:1/r" }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", BENCH_SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const res = await fetch(`${url}/slack/events`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature }, body });
  const text = (await res.json()).text as string;
  if (!text.includes("September 29")) throw new Error(`cold start: unexpected first answer ${text}`);
}
