import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JournalRecord } from "../../src/store/journal-record.js";
import { LocalStore } from "../../src/store/local-store.js";
import { RedisStore } from "../../src/store/redis-store.js";
import type { Store } from "../../src/store/store.js";
import { redisAvailable, startRedis, type RedisServer } from "../redis-server.js";

const vote = (question: string): JournalRecord => ({
  kind: "vote",
  at: new Date().toISOString(),
  platform: "slack",
  user: "U1",
  vote: "up",
  question,
  status: "answered",
  sourceIds: ["000"],
});

/** Both stores keep the same promises; the same specs run against each. */
function storeContract(name: string, open: () => Promise<Store>) {
  describe(`${name}: the store contract`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close();
    });

    it("lets exactly one of many concurrent callers claim a key", async () => {
      const key = `event:${Math.random()}`;
      const results = await Promise.all(Array.from({ length: 20 }, () => store.claim(key, 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.get(key)).toBe("1");
    });

    it("lets a claim be made again once it has expired", async () => {
      const key = `event:${Math.random()}`;
      expect(await store.claim(key, 50)).toBe(true);
      await new Promise((r) => setTimeout(r, 120));
      expect(await store.get(key)).toBeNull();
      expect(await store.claim(key, 50)).toBe(true);
    });

    it("keeps the first claimer's value, and only that", async () => {
      const key = `sent:${Math.random()}`;
      expect(await store.claim(key, 60_000, '{"question":"first"}')).toBe(true);
      expect(await store.claim(key, 60_000, '{"question":"second"}')).toBe(false);
      expect(await store.get(key)).toBe('{"question":"first"}');
      expect(await store.get(`${key}:other`)).toBeNull();
    });

    it("keeps the latest value put, until it expires", async () => {
      const key = `conversation:${Math.random()}`;
      await store.put(key, "first", 60_000);
      await store.put(key, "second", 100);
      expect(await store.get(key)).toBe("second");
      await new Promise((r) => setTimeout(r, 150));
      expect(await store.get(key)).toBeNull();
    });

    it("counts hits in a window and starts again in the next one", async () => {
      const key = `user:${Math.random()}`;
      const window = 400;
      // Windows are fixed slices of the clock: start at the beginning of one, so three quick hits share it.
      await new Promise((r) => setTimeout(r, window - (Date.now() % window) + 5));
      expect([await store.hit(key, window), await store.hit(key, window), await store.hit(key, window)]).toEqual([1, 2, 3]);
      await new Promise((r) => setTimeout(r, window - (Date.now() % window) + 5));
      expect(await store.hit(key, window)).toBe(1);
    });

    it("returns records appended one after another in order", async () => {
      const questions = Array.from({ length: 5 }, (_, i) => `sequential ${i} ${Math.random()}`);
      for (const q of questions) await store.append(vote(q)); // each append starts after the last resolved
      expect((await store.records()).slice(-5).map((r) => r.question)).toEqual(questions);
    });

    it("keeps every record appended concurrently", async () => {
      const questions = Array.from({ length: 25 }, (_, i) => `concurrent ${i} ${Math.random()}`);
      await Promise.all(questions.map((q) => store.append(vote(q))));
      expect((await store.records()).map((r) => r.question)).toEqual(expect.arrayContaining(questions));
      const unanswered: JournalRecord = { kind: "unanswered", at: new Date().toISOString(), platform: "teams", question: `who is the CFO? ${Math.random()}` };
      await store.append(unanswered);
      expect((await store.records()).at(-1)).toEqual(unanswered);
    });

    it("says it is ready", async () => {
      expect(await store.ready()).toBe(true);
    });
  });
}

storeContract("LocalStore", async () => new LocalStore(join(mkdtempSync(join(tmpdir(), "journal-")), "journal.jsonl")));

describe.skipIf(!redisAvailable)("with a real redis-server", () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  storeContract("RedisStore", () => RedisStore.connect(redis.url));

  it("shares claims between two replicas' connections", async () => {
    const [a, b] = await Promise.all([RedisStore.connect(redis.url), RedisStore.connect(redis.url)]);
    try {
      const key = `event:${Math.random()}`;
      expect(await a.claim(key, 60_000)).toBe(true);
      expect(await b.claim(key, 60_000)).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("keeps deployments with different key prefixes apart", async () => {
    const [staging, production] = await Promise.all([
      RedisStore.connect(redis.url, { prefix: "staging:" }),
      RedisStore.connect(redis.url, { prefix: "production:" }),
    ]);
    try {
      const key = `event:${Math.random()}`;
      expect(await staging.claim(key, 60_000)).toBe(true);
      expect(await production.claim(key, 60_000)).toBe(true);
    } finally {
      await Promise.all([staging.close(), production.close()]);
    }
  });

  it("fails to connect with a message, rather than hanging, when nothing listens at the URL", async () => {
    await expect(RedisStore.connect("redis://127.0.0.1:1")).rejects.toThrow(/cannot reach Redis at REDIS_URL/);
  });
});
