import type { Logger } from "../log.js";
import { MemoryClaims } from "./memory-claims.js";
import type { Store } from "./store.js";

/** A fail-open store, and the same store with its warnings going to a request's log. */
export type FailOpenStore = Store & { as(log: Logger): Store };

/**
 * The store as the bots use it: when it cannot be reached (Redis down or reconnecting), answering
 * goes on. Claims then fall back to this replica's memory, which also holds every claim this
 * replica won while Redis was up: so one replica never answers the same event twice, even when
 * Slack's retry comes in the outage or after it. (Two replicas may, while Redis is down.) Nothing
 * else counts as remembered, no one is rate-limited. Appends still fail: a vote is acknowledged
 * only once it is kept. Each warning says which operation fell back; `as(log)` gives the same
 * store with its warnings written to another log, a request's (see storeFor).
 */
export function failOpen(store: Store, logger: Logger): FailOpenStore {
  // A LocalStore is memory already.
  const mine = store.kind === "redis" ? new MemoryClaims() : null;
  const writingTo = (log: Logger): FailOpenStore => {
    const warn = (error: unknown, operation: string) => log.warn({ err: error, operation }, "store unavailable: answering without it");
    return {
      kind: store.kind,
      async claim(key, ttlMs, value) {
        if (mine?.get(key) != null) return false;
        try {
          const won = await store.claim(key, ttlMs, value);
          if (won) mine?.claim(key, ttlMs, value);
          return won;
        } catch (error) {
          warn(error, "claim");
          return mine ? mine.claim(key, ttlMs, value) : true;
        }
      },
      get: (key) =>
        store.get(key).catch((error) => {
          warn(error, "get");
          return mine?.get(key) ?? null;
        }),
      put: (key, value, ttlMs) =>
        store.put(key, value, ttlMs).catch((error) => {
          warn(error, "put");
          mine?.put(key, value, ttlMs);
        }),
      hit: (key, windowMs) =>
        store.hit(key, windowMs).catch((error) => {
          warn(error, "hit");
          return 0;
        }),
      append: (record) => store.append(record),
      records: () => store.records(),
      ready: () => store.ready(),
      close: () => store.close(),
      as: writingTo,
    };
  };
  return writingTo(logger);
}

/** The store as a fail-open store hands it to one request: its warnings go to that request's log. */
export function storeFor(store: Store, log: Logger): Store {
  return "as" in store ? (store as FailOpenStore).as(log) : store;
}
