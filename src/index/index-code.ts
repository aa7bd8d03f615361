import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../project-root.js";

/** Set by scripts/build.js in dist/: the hash of the sources the bundle was built from. */
declare const BUNDLED_INDEX_CODE_HASH: string | undefined;

/** The folder whose code turns articles into passages and terms (word tables included). */
export const INDEX_CODE_DIR = join(PROJECT_ROOT, "src", "index");

/**
 * A hash of the code that turns articles into passages and terms: part of a snapshot's
 * fingerprint, so that a snapshot never outlives the rules that built it. The bundle carries the
 * hash of the sources it was built from, so `npm start` (dist/) and the tools run through tsx
 * (src/) agree on one snapshot, while a bundle older than its sources does not trust theirs.
 */
export function indexCodeHash(): string {
  cached ??= typeof BUNDLED_INDEX_CODE_HASH === "string" ? BUNDLED_INDEX_CODE_HASH : hashSources(INDEX_CODE_DIR);
  return cached;
}
let cached: string | undefined;

/** scripts/build.js hashes the same way: each .ts/.js file's name and bytes, in name order. */
export function hashSources(dir: string): string {
  const hash = createHash("sha256");
  for (const file of readdirSync(dir)
    .filter((f) => /\.[jt]s$/.test(f))
    .sort())
    hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest("hex");
}
