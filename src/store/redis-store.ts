import { Redis } from "ioredis";
import type { JournalRecord } from "./journal-record.js";
import { parseLines, toLine } from "./journal-lines.js";
import type { Store } from "./store.js";

/**
 * The store shared by every replica. Claims are `SET NX PX`, so of two replicas handed the same
 * Slack event (a retry can reach another replica) exactly one gets `true`. The journal is a
 * Redis list: an append is acknowledged once Redis has it; how Redis keeps it across its own
 * restarts is Redis's persistence setting (`appendonly yes`, see the README).
 */
export class RedisStore implements Store {
  readonly kind = "redis";
  private readonly journalKey: string;

  constructor(
    private readonly redis: Redis,
    /** Every key starts with it, so that two deployments (staging, production) can share one Redis. */
    private readonly prefix = "kaspersky-bot:",
  ) {
    this.journalKey = `${prefix}journal`;
  }

  /** Connects and checks the server answers; a wrong URL fails the start here, not at the first event. */
  static async connect(url: string, options: { prefix?: string; onError?: (error: Error) => void } = {}): Promise<RedisStore> {
    const redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: 5_000,
      // While Redis is unreachable a command fails at once instead of queueing: Slack wants its
      // acknowledgement within 3 s, and the bot can answer without Redis (see fail-open.ts).
      enableOfflineQueue: false,
      commandTimeout: 500,
      maxRetriesPerRequest: 1,
    });
    // Without a listener ioredis reports each failed reconnect as an unhandled error event.
    redis.on("error", options.onError ?? (() => {}));
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      redis.disconnect();
      throw new Error(`RedisStore: cannot reach Redis at REDIS_URL (${(error as Error).message})`);
    }
    return new RedisStore(redis, options.prefix);
  }

  async claim(key: string, ttlMs: number, value = "1"): Promise<boolean> {
    return (await this.redis.set(this.prefix + key, value, "PX", ttlMs, "NX")) === "OK";
  }

  async get(key: string): Promise<string | null> {
    return this.redis.get(this.prefix + key);
  }

  async put(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(this.prefix + key, value, "PX", ttlMs);
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const windowKey = `${this.prefix}${key}:${Math.floor(Date.now() / windowMs)}`;
    const replies = await this.redis.multi().incr(windowKey).pexpire(windowKey, windowMs).exec();
    const [error, count] = replies?.[0] ?? [new Error("RedisStore: the transaction was discarded"), 0];
    if (error) throw error;
    return Number(count);
  }

  async append(record: JournalRecord): Promise<void> {
    await this.redis.rpush(this.journalKey, toLine(record));
  }

  async records(): Promise<JournalRecord[]> {
    return parseLines(await this.redis.lrange(this.journalKey, 0, -1));
  }

  async ready(): Promise<boolean> {
    return this.redis.status === "ready";
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
