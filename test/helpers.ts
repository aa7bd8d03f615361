import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../src/index/corpus.js";
import { KnowledgeIndex } from "../src/index/knowledge-index.js";
import { INDEX_PATHS } from "../src/index/load-index.js";

let seedIndex: KnowledgeIndex | undefined;

/** The index over the real seed corpus, built once per test file (never from a snapshot). */
export function seeds(): KnowledgeIndex {
  seedIndex ??= KnowledgeIndex.build(loadCorpus(INDEX_PATHS.seeds));
  return seedIndex;
}

/** A throw-away copy of seeds/, for tests that break or extend the corpus. */
export function copyOfSeeds(): string {
  const dir = mkdtempSync(join(tmpdir(), "seeds-"));
  cpSync(INDEX_PATHS.seeds, dir, { recursive: true });
  return dir;
}

export function editSources(dir: string, edit: (entries: Record<string, unknown>[]) => unknown): void {
  const path = join(dir, "sources.json");
  writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, "utf8")))));
}

/**
 * The per-user limit counts in fixed one-minute windows of the clock. A test that asks several
 * questions and expects them counted together starts early in a window, not just before it turns.
 */
export async function earlyInAMinute(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 55_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 10));
}
