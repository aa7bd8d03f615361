import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import { failOpen } from "../../src/store/fail-open.js";
import { LocalStore } from "../../src/store/local-store.js";
import { RedisStore } from "../../src/store/redis-store.js";
import type { Store } from "../../src/store/store.js";
import { redisAvailable, startRedis, type RedisServer } from "../redis-server.js";

const TTL = 60_000;

describe.skipIf(!redisAvailable)("a replica's store while Redis is down, reconnecting and back", () => {
  let redis: RedisServer;
  let raw: RedisStore;
  let store: Store;

  beforeAll(async () => {
    redis = await startRedis();
    raw = await RedisStore.connect(redis.url);
    store = failOpen(raw, createLogger("silent"));
  });

  afterAll(async () => {
    await store.close();
    await redis.stop();
  });

  it("claims each key once, through Redis, while it is up", async () => {
    expect(await store.claim("event:before", TTL)).toBe(true);
    expect(await store.claim("event:before", TTL)).toBe(false);
  });

  it("goes on claiming each key once, in this replica's memory, while Redis is down", async () => {
    await redis.stop();
    expect(await store.claim("event:during", TTL)).toBe(true);
    expect(await store.claim("event:during", TTL)).toBe(false);
    // Claimed through Redis before the outage: this replica remembers it answered.
    expect(await store.claim("event:before", TTL)).toBe(false);
  });

  it("does not claim again, once Redis is back, what it claimed while Redis was down", async () => {
    const port = Number(new URL(redis.url).port);
    redis = await startRedis(port); // empty: the claims made before the outage are gone from Redis too
    for (let i = 0; i < 100 && !(await raw.ready()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await raw.ready()).toBe(true);
    expect(await store.claim("event:during", TTL)).toBe(false);
    expect(await store.claim("event:before", TTL)).toBe(false);
    expect(await store.claim("event:after", TTL)).toBe(true);
    expect(await store.claim("event:after", TTL)).toBe(false);
  });
});

describe("a store that is memory already", () => {
  it("keeps no second copy, and claims as the LocalStore does", async () => {
    const store = failOpen(new LocalStore(join(mkdtempSync(join(tmpdir(), "fail-open-")), "journal.jsonl")), createLogger("silent"));
    expect(await store.claim("k", TTL)).toBe(true);
    expect(await store.claim("k", TTL)).toBe(false);
    await store.close();
  });
});

describe("a fail-open store's warnings", () => {
  it("go to the log of the request that met the outage, as(log), and say which operation fell back", async () => {
    const down = (): Promise<never> => Promise.reject(new Error("connect ECONNREFUSED"));
    const unreachable: Store = {
      kind: "redis",
      claim: down,
      get: down,
      put: down,
      hit: down,
      append: down,
      records: down,
      ready: async () => false,
      close: async () => {},
    };
    const written: Record<string, unknown>[] = [];
    const replicaLog = createLogger("info", { write: (line: string) => void written.push(JSON.parse(line)) });
    const store = failOpen(unreachable, replicaLog);
    expect(await store.as(() => replicaLog.child({ reqId: "req-7" })).claim("event:x", TTL)).toBe(true);
    expect(await store.hit("questions:slack:U1", 60_000)).toBe(0);
    expect(written.map((l) => [l.msg, l.operation, l.reqId])).toEqual([
      ["store unavailable: answering without it", "claim", "req-7"],
      ["store unavailable: answering without it", "hit", undefined],
    ]);
  });
});
