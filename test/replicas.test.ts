import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../src/answer/ask.js";
import { escapeSlack } from "../src/bots/slack/escape.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { startServer, type RunningServer } from "../src/server.js";
import { FakeSlackApi } from "./bots/slack/fake-slack-api.js";
import { appMention, eventCallback, message, signedHeaders, SIGNING_SECRET, slashCommand } from "./bots/slack/slack-requests.js";
import { earlyInAMinute, seeds } from "./helpers.js";
import { redisAvailable, startRedis, type RedisServer } from "./redis-server.js";

/** Two replicas of the bot behind an imaginary load balancer, sharing one real redis-server. */
describe.skipIf(!redisAvailable)("two replicas sharing Redis", () => {
  const slack = new FakeSlackApi();
  let redis: RedisServer;
  let replicas: RunningServer[];
  let config: ReturnType<typeof loadConfig>;

  beforeAll(async () => {
    redis = await startRedis();
    await slack.start();
    config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      REDIS_URL: redis.url,
      RATE_LIMIT_PER_MINUTE: "3",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: "xoxb-test",
      SLACK_BOT_ID: "BBOT",
      SLACK_BOT_USER_ID: "UBOT",
      SLACK_API_URL: `${slack.url}/api/`,
      FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), "replica-")), "unused.jsonl"),
    });
    replicas = await Promise.all([0, 1].map(() => startServer({ config, index: seeds(), logger: createLogger("silent") })));
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.close()));
    await slack.stop();
    await redis.stop();
  });

  const post = (replica: RunningServer, body: string, contentType: string, headers: Record<string, string> = {}) =>
    fetch(`${replica.url}/slack/events`, { method: "POST", headers: { "content-type": contentType, ...signedHeaders(body), ...headers }, body });

  it("answers an event once when Slack's retry reaches the other replica", async () => {
    const body = JSON.stringify(eventCallback(appMention("When do updates stop?")));
    const [first, retry] = await Promise.all([
      post(replicas[0], body, "application/json"),
      post(replicas[1], body, "application/json", { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await slack.waitFor(() => slack.posts());
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.posts()).toHaveLength(1);
    expect(replicas.map((r) => r.store.kind)).toEqual(["redis", "redis"]);
  });

  it("counts a user's questions across replicas for the per-minute limit", async () => {
    await earlyInAMinute();
    const replies = [];
    for (let i = 0; i < 4; i++) {
      const res = await post(replicas[i % 2], slashCommand("When do updates stop?", { user_id: "URATE" }), "application/x-www-form-urlencoded");
      replies.push((await res.json()).text as string);
    }
    const answer = escapeSlack(ask(seeds(), "When do updates stop?").answer);
    expect(replies.slice(0, 3).every((t) => t.includes(answer))).toBe(true);
    expect(replies[3]).toMatch(/3 questions this minute/);
  });

  it("keeps a thread's context in Redis: a follow-up that reaches the other replica, or a replica started since, is read in context", async () => {
    const mention = appMention("when do software updates stop?", { user: "UCTX" });
    await post(replicas[0], JSON.stringify(eventCallback(mention)), "application/json");
    await slack.waitFor(() => slack.posts().filter((c) => c.body.thread_ts === mention.ts));
    await post(replicas[1], JSON.stringify(eventCallback(message("and resales?", { thread_ts: mention.ts, user: "UCTX" }))), "application/json");
    // A replica that was not running when the thread began: what it knows of it is in Redis.
    const restarted = await startServer({ config, index: seeds(), logger: createLogger("silent") });
    try {
      await post(restarted, JSON.stringify(eventCallback(message("when was that?", { thread_ts: mention.ts, user: "UCTX" }))), "application/json");
      const [, resales, when] = await slack.waitFor(() => slack.posts().filter((c) => c.body.thread_ts === mention.ts), 3);
      expect(resales.body.text).toMatch(/September 29/);
      expect(JSON.stringify(resales.body.blocks)).toContain("Read as: “when do resales stop?”");
      expect(JSON.stringify(when.body.blocks)).toContain("Read as:");
    } finally {
      await restarted.close();
    }
  });

  it("reports ready only while Redis answers", async () => {
    expect((await fetch(`${replicas[0].url}/readyz`)).status).toBe(200);
    await redis.stop();
    let status = 200;
    for (let i = 0; i < 50 && status === 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await fetch(`${replicas[0].url}/readyz`)).status;
    }
    expect(status).toBe(503);
    expect((await fetch(`${replicas[0].url}/healthz`)).status).toBe(200); // alive, just not ready
  });

  it("keeps answering while Redis is down, promptly", async () => {
    // Runs after the test above stopped Redis.
    const started = Date.now();
    const res = await post(replicas[1], slashCommand("When do updates stop?", { user_id: "UDOWN" }), "application/x-www-form-urlencoded");
    expect((await res.json()).text).toContain(escapeSlack(ask(seeds(), "When do updates stop?").answer));
    expect(Date.now() - started).toBeLessThan(2_500); // inside Slack's 3 s, with room
  });
});
