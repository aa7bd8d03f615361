import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../src/index/corpus.js";
import { INDEX_PATHS } from "../src/index/load-index.js";
import { passagesOf } from "../src/index/passages.js";

/**
 * A corpus of about `passages` sentences for measuring scale: the seed articles plus synthetic
 * ones whose sentences are seed sentences with about half their words swapped for words from a
 * large made-up vocabulary. Term statistics stay realistic (common words stay common, rare words
 * rare) and the seed questions still have their answers in it.
 */
export function writeSyntheticCorpus(passages: number, seed = 42): string {
  const random = mulberry32(seed);
  const corpus = loadCorpus(INDEX_PATHS.seeds);
  const sentences = corpus.articles.flatMap((a) => passagesOf(a).map((p) => p.text));
  const vocabulary = Array.from({ length: 40_000 }, (_, i) => pseudoWord(i, random));
  const dir = mkdtempSync(join(tmpdir(), "bench-corpus-"));
  mkdirSync(dir, { recursive: true });
  const sources = corpus.articles.map(({ text, ...meta }) => {
    writeFileSync(join(dir, meta.file), text);
    return meta;
  });
  const perArticle = 40;
  for (let n = 0; n < Math.ceil(passages / perArticle); n++) {
    const lines: string[] = [];
    for (let i = 0; i < perArticle; i++) {
      const words = sentences[Math.floor(random() * sentences.length)].split(" ");
      // The last word keeps its full stop, so the line still reads as prose.
      const swapped = words.map((w, k) => (k < words.length - 1 && random() < 0.5 ? vocabulary[Math.floor(random() ** 2 * vocabulary.length)] : w));
      lines.push(swapped.join(" "));
    }
    const id = `s${String(n).padStart(5, "0")}`;
    writeFileSync(join(dir, `${id}.txt`), `${lines.join("\n")}\n`);
    const month = String(1 + (n % 12)).padStart(2, "0");
    sources.push({
      id,
      file: `${id}.txt`,
      publisher: `Synthetic ${n}`,
      title: `Synthetic article ${n}`,
      author: null,
      published: `2024-${month}`,
      publishedPrecision: "month",
      url: null,
    });
  }
  writeFileSync(join(dir, "sources.json"), JSON.stringify(sources));
  return dir;
}

function pseudoWord(i: number, random: () => number): string {
  const syllables = ["ka", "per", "sky", "lo", "ven", "tri", "dan", "mo", "rex", "sul", "bi", "qua", "zen", "tor", "ly"];
  let word = "";
  for (let n = 2 + (i % 3); n > 0; n--) word += syllables[Math.floor(random() * syllables.length)];
  return `${word}${i % 7 === 0 ? "s" : ""}`;
}

/** A small seeded generator, so every run measures the same corpus. */
function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
