import { readFileSync, rmSync } from "node:fs";
import { ask } from "../src/answer/ask.js";
import { loadCorpus } from "../src/index/corpus.js";
import { KnowledgeIndex } from "../src/index/knowledge-index.js";
import { INDEX_PATHS } from "../src/index/load-index.js";
import { measureLatency, median } from "./stats.js";
import { measureLunr } from "./lunr-latency.js";
import { writeSyntheticCorpus } from "./synthetic-corpus.js";

/**
 * One corpus size, in a process of its own so that its peak memory is its own:
 * `node --import tsx bench/corpus-latency.ts PASSAGES` (0: the seeds) prints one JSON row.
 */
export type CorpusRow = {
  corpus: string;
  passages: number;
  buildMs: number;
  snapshotMB: number;
  snapshotLoadMs: number;
  /** Over the 50 rounds of questions after a 5-round warm-up… */
  askP50Ms: number;
  askP99Ms: number;
  /** …and over the next 50 rounds, in steady state (see measureLatency). */
  askSteadyP50Ms: number;
  askSteadyP99Ms: number;
  /** Plain lunr over the same passages, the same questions, in the same process (the seeds only): the floor of a search alone. */
  lunrP50Ms?: number;
  lunrP99Ms?: number;
  lunrSteadyP50Ms?: number;
  lunrSteadyP99Ms?: number;
  peakRssMB: number;
};

const target = Number(process.argv[2] ?? 0);
const questions = ["../shared/eval/dev.jsonl", "test/eval/heldout.jsonl"].flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).question as string),
);

const dir = target > 0 ? writeSyntheticCorpus(target) : INDEX_PATHS.seeds;
try {
  const corpus = loadCorpus(dir);
  const rounds = target > 20_000 ? 1 : target > 0 ? 3 : 20;
  const builds: number[] = [];
  let index!: KnowledgeIndex;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    index = KnowledgeIndex.build(corpus);
    builds.push(performance.now() - t);
  }
  const snapshot = index.toSnapshot();
  const loads: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    KnowledgeIndex.fromSnapshot(snapshot, corpus);
    loads.push(performance.now() - t);
  }
  // Warmed up first (the JIT, and each passage's features, worked out on first use); then a second block in steady state (see measureLatency).
  const latency = measureLatency(questions, target > 20_000 ? 5 : 50, (q) => ask(index, q));
  const lunrLatency =
    target === 0
      ? measureLunr(
          index.passages.map((p) => p.text),
          questions,
        )
      : undefined;
  const row: CorpusRow = {
    corpus: target > 0 ? `synthetic ~${target.toLocaleString("en-US")}` : "seeds",
    passages: index.size,
    buildMs: median(builds),
    snapshotMB: Buffer.byteLength(snapshot) / 1e6,
    snapshotLoadMs: median(loads),
    askP50Ms: latency.p50Ms,
    askP99Ms: latency.p99Ms,
    askSteadyP50Ms: latency.steadyP50Ms,
    askSteadyP99Ms: latency.steadyP99Ms,
    lunrP50Ms: lunrLatency?.p50Ms,
    lunrP99Ms: lunrLatency?.p99Ms,
    lunrSteadyP50Ms: lunrLatency?.steadyP50Ms,
    lunrSteadyP99Ms: lunrLatency?.steadyP99Ms,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(row));
} finally {
  if (dir !== INDEX_PATHS.seeds) rmSync(dir, { recursive: true, force: true });
}
