import type { Logger } from "../log.js";
import type { Store } from "./store.js";

/**
 * The store as the bots use it: when it cannot be reached (Redis down), answering goes on.
 * A claim counts as won (now and then an event may be answered twice), nothing counts as
 * remembered, no one is rate-limited. Appends still fail: a vote is acknowledged only once it is
 * kept.
 */
export function failOpen(store: Store, logger: Logger): Store {
  const warn = (error: unknown, operation: string) => logger.warn({ err: error, operation }, "store unavailable: answering without it");
  return {
    kind: store.kind,
    claim: (key, ttlMs, value) =>
      store.claim(key, ttlMs, value).catch((error) => {
        warn(error, "claim");
        return true;
      }),
    get: (key) =>
      store.get(key).catch((error) => {
        warn(error, "get");
        return null;
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
  };
}
