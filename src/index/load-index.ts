import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../project-root.js";
import { loadCorpus } from "./corpus.js";
import { KnowledgeIndex } from "./knowledge-index.js";

export const INDEX_PATHS = {
  seeds: join(PROJECT_ROOT, "seeds"),
  snapshot: join(PROJECT_ROOT, ".cache", "index-snapshot.json"),
} as const;

export type LoadedIndex = { index: KnowledgeIndex; from: "snapshot" | "build"; ms: number };

/**
 * The one way a process gets its index: from the snapshot when it matches the corpus, otherwise
 * built from the articles and saved as a snapshot for the next start.
 */
export function loadIndex(options: { seeds?: string; snapshot?: string | null } = {}): LoadedIndex {
  const started = performance.now();
  const corpus = loadCorpus(options.seeds ?? INDEX_PATHS.seeds);
  const snapshotPath = options.snapshot === undefined ? INDEX_PATHS.snapshot : options.snapshot;
  if (snapshotPath) {
    const snapshot = readIfPresent(snapshotPath);
    const index = snapshot && KnowledgeIndex.fromSnapshot(snapshot, corpus);
    if (index) return { index, from: "snapshot", ms: performance.now() - started };
  }
  const index = KnowledgeIndex.build(corpus);
  if (snapshotPath) saveQuietly(snapshotPath, index.toSnapshot());
  return { index, from: "build", ms: performance.now() - started };
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** A snapshot is only a cache: failing to write one (read-only disk) must not stop the bot. */
function saveQuietly(path: string, json: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, json);
    renameSync(temporary, path); // atomic: a concurrent reader never sees half a snapshot
  } catch {
    /* the index in memory is complete; only the next start is slower */
  }
}
