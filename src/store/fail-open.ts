import type { Logger, RequestLog } from "../log.js";
import type { JournalRecord } from "./journal-record.js";
import { MemoryClaims } from "./memory-claims.js";
import type { Store } from "./store.js";

/**
 * The store as the bots use it: when it cannot be reached (Redis down or reconnecting), answering
 * goes on. Claims then fall back to this replica's memory, which also holds every claim this
 * replica won while Redis was up: so one replica never answers the same event twice, even when
 * Slack's retry comes in the outage or after it. (Two replicas may, while Redis is down.) Nothing
 * else counts as remembered, no one is rate-limited. Appends still fail: a vote is acknowledged
 * only once it is kept. Each warning says which operation fell back.
 */
export function failOpen(store: Store, logger: Logger): FailOpenStore {
  // A LocalStore is memory already.
  return new FailOpenStore(store, store.kind === "redis" ? new MemoryClaims() : null, () => logger);
}

/** The store as a fail-open store hands it to one request: its warnings go to that request's log. */
export function storeFor(store: Store, log: RequestLog): Store {
  return store instanceof FailOpenStore ? store.as(log) : store;
}

export class FailOpenStore implements Store {
  constructor(
    private readonly store: Store,
    /** What this replica claimed and put, for when the store cannot be reached; null for a LocalStore. */
    private readonly mine: MemoryClaims | null,
    private readonly log: RequestLog,
  ) {}

  get kind(): Store["kind"] {
    return this.store.kind;
  }

  /** The same store, state and all, writing its warnings to `log` (a request's): one small object. */
  as(log: RequestLog): FailOpenStore {
    return new FailOpenStore(this.store, this.mine, log);
  }

  async claim(key: string, ttlMs: number, value?: string): Promise<boolean> {
    if (this.mine?.get(key) != null) return false;
    try {
      const won = await this.store.claim(key, ttlMs, value);
      if (won) this.mine?.claim(key, ttlMs, value);
      return won;
    } catch (error) {
      this.warn(error, "claim");
      return this.mine ? this.mine.claim(key, ttlMs, value) : true;
    }
  }

  get(key: string): Promise<string | null> {
    return this.store.get(key).catch((error) => {
      this.warn(error, "get");
      return this.mine?.get(key) ?? null;
    });
  }

  put(key: string, value: string, ttlMs: number): Promise<void> {
    return this.store.put(key, value, ttlMs).catch((error) => {
      this.warn(error, "put");
      this.mine?.put(key, value, ttlMs);
    });
  }

  hit(key: string, windowMs: number): Promise<number> {
    return this.store.hit(key, windowMs).catch((error) => {
      this.warn(error, "hit");
      return 0;
    });
  }

  append(record: JournalRecord): Promise<void> {
    return this.store.append(record);
  }

  records(): Promise<JournalRecord[]> {
    return this.store.records();
  }

  ready(): Promise<boolean> {
    return this.store.ready();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private warn(error: unknown, operation: string): void {
    this.log().warn({ err: error, operation }, "store unavailable: answering without it");
  }
}
