import type { JournalRecord } from "./journal-record.js";

/**
 * The state the bot shares between requests, and between replicas when there are several:
 * which events were already answered, how many questions each user asked this minute, and the
 * journal of votes and unanswered questions. `LocalStore` keeps it in this process (and the
 * journal in a file); `RedisStore` keeps it in Redis so every replica sees the same.
 */
export interface Store {
  readonly kind: "local" | "redis";
  /**
   * Claims `key` for `ttlMs`, holding `value`: true for the first caller, false for every later
   * caller, on any replica, until it expires. "Answer this event once" is
   * `if (await store.claim(id, …))`.
   */
  claim(key: string, ttlMs: number, value?: string): Promise<boolean>;
  /** The value of a claimed or put key, or null when there is none (or it has expired). */
  get(key: string): Promise<string | null>;
  /** Sets `key` to `value` for `ttlMs`, whatever it held: the latest turn of a conversation. */
  put(key: string, value: string, ttlMs: number): Promise<void>;
  /** Counts one more hit on `key` in the current fixed window of `windowMs`; returns the count. */
  hit(key: string, windowMs: number): Promise<number>;
  /** Appends a record durably: once this resolves, a crash of this process does not lose it. */
  append(record: JournalRecord): Promise<void>;
  /** Every record in the journal, oldest first. */
  records(): Promise<JournalRecord[]>;
  /** Whether the store can be used now (Redis connected). */
  ready(): Promise<boolean>;
  /** Waits for pending appends, then releases files and connections. */
  close(): Promise<void>;
}
