import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { LaterQueue } from "../src/later-queue.js";

/** Keeps the thread busy, as rendering and sending a reply does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe("LaterQueue", () => {
  it("lets a request that arrives while jobs wait be answered before the jobs after it", async () => {
    const server = createServer((_, res) => res.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const later = new LaterQueue();
      let done = 0;
      const jobs = Array.from({ length: 100 }, () =>
        later.run(async () => {
          busy(5);
          done++;
        }),
      );
      // Half a second of work is queued; a request sent now is answered long before it is done.
      const answered = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).then(() => done);
      await Promise.all(jobs);
      expect(done).toBe(100);
      expect(answered).toBeLessThan(50);
    } finally {
      server.close();
    }
  });

  it("runs jobs in the order they came, and settles each as its job settles", async () => {
    const later = new LaterQueue();
    const order: number[] = [];
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) =>
        later.run(async () => {
          order.push(n);
          return n === 2 ? Promise.reject(new Error("two")) : n;
        }),
      ),
    );
    expect(order).toEqual([1, 2, 3]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message))).toEqual([1, "two", 3]);
  });

  it("waits while the queue it yields to has jobs waiting: requests start before replies", async () => {
    const arrivals = new LaterQueue({ maxWaitMs: Number.POSITIVE_INFINITY });
    const later = new LaterQueue({ yieldTo: arrivals });
    const order: string[] = [];
    const reply = later.run(async () => void order.push("reply"));
    const requests = [1, 2, 3].map((n) => arrivals.run(async () => void order.push(`request ${n}`)));
    await Promise.all([reply, ...requests]);
    expect(order).toEqual(["request 1", "request 2", "request 3", "reply"]);
  });

  it("starts `perTurn` jobs a turn: a request that arrives meanwhile waits at most that many", async () => {
    const queue = new LaterQueue({ maxWaitMs: Number.POSITIVE_INFINITY, perTurn: 3 });
    const turns: number[] = [];
    // Counts turns of the event loop: an immediate queued from an immediate runs in the next turn.
    let turn = 0;
    let counting = true;
    const tick = () => {
      turn++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    await Promise.all(Array.from({ length: 7 }, () => queue.run(async () => void turns.push(turn))));
    counting = false;
    expect(turns.length).toBe(7);
    expect(new Set(turns.slice(0, 3)).size).toBe(1);
    expect(new Set(turns.slice(3, 6)).size).toBe(1);
    expect(turns[3]).toBeGreaterThan(turns[2]);
    expect(turns[6]).toBeGreaterThan(turns[5]);
  });

  it("stops yielding once its oldest job has waited more than `maxWaitMs`", async () => {
    const arrivals = new LaterQueue({ maxWaitMs: Number.POSITIVE_INFINITY });
    const later = new LaterQueue({ maxWaitMs: 20, yieldTo: arrivals });
    const order: string[] = [];
    const reply = later.run(async () => void order.push("reply"));
    // A steady stream of requests, each keeping the thread busy for 5 ms: the reply still starts.
    const requests = Array.from({ length: 20 }, (_, n) =>
      arrivals.run(async () => {
        busy(5);
        order.push(`request ${n}`);
      }),
    );
    await Promise.all([reply, ...requests]);
    const replyAt = order.indexOf("reply");
    expect(replyAt).toBeGreaterThan(0);
    expect(replyAt).toBeLessThan(10);
  });

  it("starts a job at once when the oldest job has waited more than `maxWaitMs`", () => {
    const later = new LaterQueue({ maxWaitMs: 20 });
    const started: number[] = [];
    void later.run(async () => void started.push(1));
    void later.run(async () => void started.push(2));
    expect(started).toEqual([]);
    busy(25);
    void later.run(async () => void started.push(3));
    expect(started).toEqual([3]);
    expect(later.waiting).toBe(2);
  });
});
