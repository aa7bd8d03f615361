import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureColdStart, measureReady } from "./cold-start.js";
import type { CorpusRow } from "./corpus-latency.js";
import { measureHttp } from "./http-load.js";

/**
 * `npm run bench`: answer latency at corpus sizes from the seeds to ~100,000 passages (each in a
 * process of its own, for its own peak memory; BENCH_PASSAGES sets the largest, 0 for the seeds
 * only), cold start to /readyz beside bare node:http and to first answer, each endpoint's requests per second and p99 beside bare
 * node:http in the same run (BENCH_SECONDS each, 10), and a burst of 1,000 concurrent mixed requests. One table on
 * stdout; everything in bench/results/latest.json.
 */
// The server under test is the production command, node dist/main.js: built first, as npm start does.
execFileSync(process.execPath, ["scripts/build.js", "--if-changed"], { stdio: "inherit" });
const largest = Number(process.env.BENCH_PASSAGES ?? 100_000);
const sizes = [0, 1_000, 10_000, 100_000].filter((n) => n <= largest);

const corpora: CorpusRow[] = sizes.map((n) => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "bench/corpus-latency.ts", String(n)], { encoding: "utf8", maxBuffer: 1e6 })));
const coldStart = await measureColdStart();
const ready = await measureReady();
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const http = await measureHttp({ connections: 100, seconds });

const ms = (x: number) => (x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString("en-US"));
const table: [string, string][] = [
  ...corpora.map((r): [string, string] => [
    `ask() p50 / p99, ${r.corpus} (${r.passages.toLocaleString("en-US")} passages)`,
    `${ms(r.askP50Ms)} / ${ms(r.askP99Ms)} ms${r.lunrP50Ms === undefined ? "" : `; plain lunr, same questions: ${ms(r.lunrP50Ms)} / ${ms(r.lunrP99Ms!)} ms`}`,
  ]),
  ...corpora.map((r): [string, string] => [`index build / snapshot load, ${r.corpus}`, `${ms(r.buildMs)} / ${ms(r.snapshotLoadMs)} ms (snapshot ${r.snapshotMB.toFixed(1)} MB)`]),
  ...corpora.map((r): [string, string] => [`peak memory, ${r.corpus}`, `${Math.round(r.peakRssMB)} MB RSS`]),
  [`cold start to /readyz, node dist/main.js with Slack configured, median of ${ready.runs}`, `${ms(ready.serverMs)} ms; bare node:http ${ms(ready.bareMs)} ms; difference ${ms(ready.differenceMs)} ms (bar: 300)`],
  ["cold start to first answer (node dist/main.js → /kaspersky), snapshot", `${ms(coldStart.snapshotMs)} ms`],
  ["cold start to first answer, index rebuilt", `${ms(coldStart.rebuildMs)} ms`],
  ...http.rows.map((r): [string, string] => [
    r.target,
    `${Math.round(r.requestsPerSecond).toLocaleString("en-US")} req/s (${Math.round(100 * r.ofBare)}% of bare), p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms${r.errors + r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ""}`,
  ]),
  ["1,000 concurrent (500 /kaspersky, 250 mentions, 250 Teams): answered", `${http.burst.answered} / ${http.burst.requests}; replies: Slack ${http.burst.slackReplies} / 250, Teams ${http.burst.teamsReplies} / 250`],
  ["1,000 concurrent: Slack acknowledgement p99 / max", `${ms(http.burst.slackAckP99Ms)} / ${ms(http.burst.slackAckMaxMs)} ms (Slack allows 3,000)`],
  ["1,000 concurrent: Teams reply p99", `${ms(http.burst.teamsP99Ms)} ms`],
  ["peak memory, the server through all HTTP runs", `${Math.round(http.serverPeakRssMB)} MB RSS`],
];

const width = Math.max(...table.map(([k]) => k.length));
console.log(`node ${process.version}; HTTP runs: 100 connections, ${seconds} s each, on loopback, server and load generator in separate processes\n`);
console.log(`${"measure".padEnd(width)} | value`);
console.log(`${"-".repeat(width)} | -----`);
for (const [k, v] of table) console.log(`${k.padEnd(width)} | ${v}`);

mkdirSync(join("bench", "results"), { recursive: true });
writeFileSync(join("bench", "results", "latest.json"), JSON.stringify({ node: process.version, date: new Date().toISOString(), corpora, coldStart, ready, http }, null, 2));
console.log("\nwrote bench/results/latest.json");
