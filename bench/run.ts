import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ask } from "../src/answer/ask.js";
import { loadCorpus } from "../src/index/corpus.js";
import { KnowledgeIndex } from "../src/index/knowledge-index.js";
import { INDEX_PATHS } from "../src/index/load-index.js";
import { measureSlackCommands, measureTeamsMessages } from "./http-load.js";
import { writeSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * `npm run bench`: index build, snapshot load, ask() latency and peak memory, on the seed corpus
 * and on a synthetic corpus of about 100,000 passages (BENCH_PASSAGES=0 skips it); then HTTP
 * throughput of signed slash commands and of Teams messages beside bare node:http. Prints tables and writes bench/results/latest.json.
 */
const SCALE = Number(process.env.BENCH_PASSAGES ?? 100_000);
const questions = readFileSync(join("..", "shared", "eval", "dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).question as string);

type Row = {
  corpus: string;
  passages: number;
  buildMs: number;
  snapshotMB: number;
  snapshotLoadMs: number;
  askP50Ms: number;
  askP99Ms: number;
  peakRssMB: number;
};

function measure(name: string, dir: string, rounds: { build: number; ask: number }): Row {
  const corpus = loadCorpus(dir);
  const builds: number[] = [];
  let index!: KnowledgeIndex;
  for (let i = 0; i < rounds.build; i++) {
    const t = performance.now();
    index = KnowledgeIndex.build(corpus);
    builds.push(performance.now() - t);
  }
  const snapshot = index.toSnapshot();
  const loads: number[] = [];
  for (let i = 0; i < rounds.build; i++) {
    const t = performance.now();
    KnowledgeIndex.fromSnapshot(snapshot, corpus);
    loads.push(performance.now() - t);
  }
  // Warm up: the JIT, and each passage's features, which are worked out on first use.
  for (let r = 0; r < 20; r++) for (const q of questions) ask(index, q);
  const latencies: number[] = [];
  for (let r = 0; r < rounds.ask; r++) {
    for (const q of questions) {
      const t = performance.now();
      ask(index, q);
      latencies.push(performance.now() - t);
    }
  }
  return {
    corpus: name,
    passages: index.size,
    buildMs: median(builds),
    snapshotMB: Buffer.byteLength(snapshot) / 1e6,
    snapshotLoadMs: median(loads),
    askP50Ms: percentile(latencies, 0.5),
    askP99Ms: percentile(latencies, 0.99),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const rows: Row[] = [measure("seeds", INDEX_PATHS.seeds, { build: 20, ask: 200 })];
if (SCALE > 0) {
  const synthetic = writeSyntheticCorpus(SCALE);
  try {
    rows.push(measure(`synthetic ~${SCALE.toLocaleString("en-US")}`, synthetic, { build: 1, ask: 20 }));
  } finally {
    rmSync(synthetic, { recursive: true, force: true });
  }
}
const seedIndex = KnowledgeIndex.build(loadCorpus(INDEX_PATHS.seeds));
const http = await measureSlackCommands(seedIndex);
const teams = await measureTeamsMessages(seedIndex);
const teamsRatio = teams.requestsPerSecond / http.rows[0].requestsPerSecond;

const fmt = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
console.log(`ask() over ${questions.length} dev questions; node ${process.version}; peak RSS is the process's so far.\n`);
console.log(["corpus", "passages", "build ms", "snapshot MB", "snapshot load ms", "ask p50 ms", "ask p99 ms", "peak RSS MB"].join(" | "));
for (const r of rows) {
  console.log([r.corpus, r.passages, fmt(r.buildMs), fmt(r.snapshotMB), fmt(r.snapshotLoadMs), fmt(r.askP50Ms), fmt(r.askP99Ms), fmt(r.peakRssMB)].join(" | "));
}
console.log(`\nHTTP on loopback, 100 connections, 10 s each, same run:\n`);
console.log(["target", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx"].join(" | "));
for (const r of [...http.rows, teams]) console.log([r.target, Math.round(r.requestsPerSecond), r.p50Ms, r.p99Ms, r.errors, r.non2xx].join(" | "));
console.log(`Slack slash commands: ${(100 * http.ratio).toFixed(0)}% of bare node:http throughput`);
console.log(`Teams messages: ${(100 * teamsRatio).toFixed(0)}% of bare node:http throughput; ${teams.replies} replies reached the stand-in connector`);

mkdirSync(join("bench", "results"), { recursive: true });
writeFileSync(join("bench", "results", "latest.json"), JSON.stringify({ node: process.version, date: new Date().toISOString(), rows, http, teams: { ...teams, ratio: teamsRatio } }, null, 2));
console.log("\nwrote bench/results/latest.json");
