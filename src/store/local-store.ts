import { mkdirSync, readFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import type { JournalRecord } from "./journal-record.js";
import { MemoryClaims } from "./memory-claims.js";
import { parseLines, toLine } from "./journal-lines.js";
import type { Store } from "./store.js";

type PendingLine = { line: string; resolve: () => void; reject: (error: unknown) => void };

/**
 * The store for one replica: keys and counters in memory, the journal in an append-only
 * JSON-lines file. Memory is bounded: past `capacity` keys the oldest goes first.
 */
export class LocalStore implements Store {
  readonly kind = "local";
  private readonly claims: MemoryClaims;
  private readonly windows = new Map<string, { window: number; count: number }>();
  private readonly queue: PendingLine[] = [];
  private flushing: Promise<void> | null = null;
  private file: Promise<FileHandle> | null = null;

  constructor(
    readonly journalPath: string,
    private readonly capacity = 100_000,
  ) {
    mkdirSync(dirname(journalPath), { recursive: true });
    this.claims = new MemoryClaims(capacity);
  }

  async claim(key: string, ttlMs: number, value = "1"): Promise<boolean> {
    return this.claims.claim(key, ttlMs, value);
  }

  async get(key: string): Promise<string | null> {
    return this.claims.get(key);
  }

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    this.claims.put(key, value, ttlMs);
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const window = Math.floor(Date.now() / windowMs);
    const entry = this.windows.get(key);
    if (entry && entry.window === window) return ++entry.count;
    this.windows.delete(key);
    this.windows.set(key, { window, count: 1 });
    evictOldest(this.windows, this.capacity);
    return 1;
  }

  /**
   * Resolves once the line is on disk (fdatasync). Lines that arrive while a write is under way
   * go to disk together in the next write: one sync for many votes (group commit).
   */
  append(record: JournalRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ line: toLine(record), resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  async records(): Promise<JournalRecord[]> {
    await this.flushing;
    let text = "";
    try {
      text = readFileSync(this.journalPath, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    return parseLines(text.split("\n"));
  }

  async ready(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    const file = this.file;
    this.file = null;
    if (file) await (await file).close();
  }

  private async flush(): Promise<void> {
    for (;;) {
      const batch = this.queue.splice(0);
      let failure: unknown = null;
      try {
        this.file ??= open(this.journalPath, "a");
        const file = await this.file;
        await file.appendFile(batch.map((p) => p.line).join(""));
        await file.datasync();
      } catch (error) {
        failure = error;
        // Open again next time: the disk may have room by then, the path may exist.
        void this.file?.then((file) => file.close()).catch(() => {});
        this.file = null;
      }
      // Decided before anyone waiting is told: whoever appends next, once told, starts a new flush.
      const done = this.queue.length === 0;
      if (done) this.flushing = null;
      for (const p of batch) {
        if (failure === null) p.resolve();
        else p.reject(failure);
      }
      if (done) return;
    }
  }
}

function evictOldest(map: Map<string, unknown>, capacity: number): void {
  if (map.size > capacity) map.delete(map.keys().next().value!);
}
