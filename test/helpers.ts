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
