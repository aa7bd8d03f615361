import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureColdStart, measureReady } from "./cold-start.js";
import type { CorpusRow } from "./corpus-latency.js";
import { BOLT_ALONE, KASPERSKY, MENTION, measureHttp } from "./http-load.js";
import { measureMemory } from "./memory.js";
import { median } from "./stats.js";

/**
 * `npm run bench`: answer latency at corpus sizes from the seeds to ~100,000 passages (each in a
 * process of its own, for its own peak memory; BENCH_PASSAGES sets the largest, 0 for the seeds
 * only), cold start to /readyz beside bare node:http and to first answer, each endpoint's requests per second and p99 beside bare
 * node:http in the same run (BENCH_SECONDS each, 10), and BENCH_BURSTS (5) rounds of a burst of 1,000 concurrent mixed
 * requests, at the bot, at Bolt alone and at bare node:http (see BurstRounds); then a
 * fresh server's memory after 1,000 mixed requests and BENCH_IDLE_SECONDS (45) idle. One table on stdout; everything
 * in bench/results/latest.json, with the bars of issue 11 each marked met or not.
 */
const bursts = Number(process.env.BENCH_BURSTS || 5);
if (!Number.isInteger(bursts) || bursts < 1) {
  console.error(`BENCH_BURSTS=${process.env.BENCH_BURSTS}: set a whole number of burst rounds, 1 or more (5 when unset)`);
  process.exit(2);
}
// The server under test is the production command, node dist/main.js: built first, as npm start does.
execFileSync(process.execPath, ["scripts/build.js", "--if-changed"], { stdio: "inherit" });
const largest = Number(process.env.BENCH_PASSAGES ?? 100_000);
const sizes = [0, 1_000, 10_000, 100_000].filter((n) => n <= largest);

const corpora: CorpusRow[] = sizes.map((n) =>
  JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "bench/corpus-latency.ts", String(n)], { encoding: "utf8", maxBuffer: 1e6 })),
);
const coldStart = await measureColdStart();
const ready = await measureReady();
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const http = await measureHttp({ connections: 100, seconds, bursts });
const memory = await measureMemory();

const bar = (met: boolean) => (met ? "met" : "NOT met");
const bars = {
  kasperskyOfBolt: { value: http.bars.kasperskyOfBolt, bar: 0.8, met: http.bars.kasperskyOfBolt >= 0.8 },
  mentionP99Ms: { value: http.bars.mentionP99Ms, bar: 300, met: http.bars.mentionP99Ms < 300 },
  burstSlackAckP99Ms: { value: http.bars.burstSlackAckP99Ms, bar: 300, met: http.bars.burstSlackAckP99Ms < 300 },
  steadyRssMB: { value: memory.steadyRssMB, bar: 150, met: memory.steadyRssMB < 150 },
};
const botBursts = http.bursts.bot;
const rounds = botBursts.length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const eachP99 = (bursts: { slackAckP99Ms: number }[]) => bursts.map((b) => ms(b.slackAckP99Ms)).join(", ");
const ms = (x: number) => (x < 10 ? x.toFixed(2) : Math.round(x).toLocaleString("en-US"));
const table: [string, string][] = [
  ...corpora.map((r): [string, string] => [
    `ask() p50 / p99, ${r.corpus} (${r.passages.toLocaleString("en-US")} passages)`,
    `${ms(r.askP50Ms)} / ${ms(r.askP99Ms)} ms${r.lunrP50Ms === undefined ? "" : `; plain lunr, same questions: ${ms(r.lunrP50Ms)} / ${ms(r.lunrP99Ms!)} ms`}`,
  ]),
  ...corpora.map((r): [string, string] => [
    `ask() p50 / p99 in steady state (the next ${r.passages > 20_000 ? 5 : 50} rounds), ${r.corpus}`,
    `${ms(r.askSteadyP50Ms)} / ${ms(r.askSteadyP99Ms)} ms${r.lunrSteadyP50Ms === undefined ? "" : `; plain lunr: ${ms(r.lunrSteadyP50Ms)} / ${ms(r.lunrSteadyP99Ms!)} ms (bar: ask() p99 under 0.5, ${bar(r.askSteadyP99Ms < 0.5)})`}`,
  ]),
  ...corpora.map((r): [string, string] => [
    `index build / snapshot load, ${r.corpus}`,
    `${ms(r.buildMs)} / ${ms(r.snapshotLoadMs)} ms (snapshot ${r.snapshotMB.toFixed(1)} MB)`,
  ]),
  ...corpora.map((r): [string, string] => [`peak memory, ${r.corpus}`, `${Math.round(r.peakRssMB)} MB RSS`]),
  [
    `cold start to /readyz, node dist/main.js with Slack configured, median of ${ready.runs}`,
    `${ms(ready.serverMs)} ms; bare node:http ${ms(ready.bareMs)} ms; difference ${ms(ready.differenceMs)} ms (bar: 300)`,
  ],
  ["cold start to first answer (node dist/main.js → /kaspersky), snapshot", `${ms(coldStart.snapshotMs)} ms`],
  ["cold start to first answer, index rebuilt", `${ms(coldStart.rebuildMs)} ms`],
  ...http.rows.map((r): [string, string] => [
    r.target,
    `${Math.round(r.requestsPerSecond).toLocaleString("en-US")} req/s (${Math.round(100 * r.ofBare)}% of bare), p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms${r.errors + r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ""}`,
  ]),
  [`${KASPERSKY} ÷ ${BOLT_ALONE}`, `${Math.round(100 * bars.kasperskyOfBolt.value)}% (bar: 80%, ${bar(bars.kasperskyOfBolt.met)})`],
  [`${MENTION}: acknowledgement p99`, `${ms(bars.mentionP99Ms.value)} ms (bar: under 300, ${bar(bars.mentionP99Ms.met)})`],
  [
    `1,000 concurrent (500 /kaspersky, 250 mentions, 250 Teams), ${rounds} rounds: answered`,
    `${sum(botBursts.map((b) => b.answered))} / ${sum(botBursts.map((b) => b.requests))}; replies: Slack ${sum(botBursts.map((b) => b.slackReplies))} / ${250 * rounds}, Teams ${sum(botBursts.map((b) => b.teamsReplies))} / ${250 * rounds}`,
  ],
  [
    "1,000 concurrent: Slack acknowledgement p99, median of the rounds (each round)",
    `${ms(bars.burstSlackAckP99Ms.value)} ms (${eachP99(botBursts)}; max ${ms(Math.max(...botBursts.map((b) => b.slackAckMaxMs)))}; Slack allows 3,000; bar: under 300, ${bar(bars.burstSlackAckP99Ms.met)})`,
  ],
  [
    "1,000 concurrent, the same bursts at Bolt alone: Slack p99 (each round)",
    `${ms(median(http.bursts.boltAlone.map((b) => b.slackAckP99Ms)))} ms (${eachP99(http.bursts.boltAlone)}: any Bolt app's floor on this machine)`,
  ],
  [
    "1,000 concurrent, the same bursts at bare node:http: p99 (each round)",
    `${ms(median(http.bursts.bare.map((b) => b.slackAckP99Ms)))} ms (${eachP99(http.bursts.bare)}: what the burst costs this machine before any server work)`,
  ],
  ["1,000 concurrent: Teams reply p99, median of the rounds", `${ms(median(botBursts.map((b) => b.teamsP99Ms)))} ms`],
  ["peak memory, the server through all HTTP runs", `${Math.round(http.serverPeakRssMB)} MB RSS`],
  [
    "memory, a fresh server after 1,000 concurrent mixed requests: answered",
    `${memory.burst.answered} / ${memory.burst.requests}; replies: Slack ${memory.burst.slackReplies} / 250, Teams ${memory.burst.teamsReplies} / 250`,
  ],
  [
    `memory, that server: RSS just after / after ${memory.idleSeconds} s idle (steady) / peak`,
    `${Math.round(memory.afterRequestsRssMB)} / ${Math.round(memory.steadyRssMB)} / ${Math.round(memory.peakRssMB)} MB (bar: steady under 150, ${bar(bars.steadyRssMB.met)})`,
  ],
];

const width = Math.max(...table.map(([k]) => k.length));
console.log(`node ${process.version}; HTTP runs: 100 connections, ${seconds} s each, on loopback, server and load generator in separate processes\n`);
console.log(`${"measure".padEnd(width)} | value`);
console.log(`${"-".repeat(width)} | -----`);
for (const [k, v] of table) console.log(`${k.padEnd(width)} | ${v}`);

mkdirSync(join("bench", "results"), { recursive: true });
writeFileSync(
  join("bench", "results", "latest.json"),
  JSON.stringify({ node: process.version, date: new Date().toISOString(), bars, corpora, coldStart, ready, http, memory }, null, 2),
);
console.log("\nwrote bench/results/latest.json");
