import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { FakeSlackApi } from "../bots/slack/fake-slack-api.js";
import { appMention, eventCallback, signedHeaders, SIGNING_SECRET, slashCommand } from "../bots/slack/slack-requests.js";
import { seeds } from "../helpers.js";

/**
 * A thousand requests at once, as a busy morning might bring: every one is answered, none
 * twice. (How fast is for `npm run bench`; here it is whether anything is lost or doubled.)
 */
const slack = new FakeSlackApi();
let server: RunningServer;

beforeAll(async () => {
  await slack.start();
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_BOT_ID: "BBOT",
    SLACK_BOT_USER_ID: "UBOT",
    SLACK_API_URL: `${slack.url}/api/`,
    FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), "load-")), "journal.jsonl"),
  });
  server = await startServer({ config, index: seeds(), logger: createLogger("silent") });
});

afterAll(async () => {
  await server.close();
  await slack.stop();
});

const QUESTIONS = ["When do updates stop?", "Who was sanctioned?", "How many corporate clients does Kaspersky have?", "Why was Kaspersky banned?"];

describe("1,000 concurrent requests", () => {
  it("answers every slash command and every mention exactly once, a retry of each mention included", async () => {
    const commands = Array.from({ length: 500 }, (_, i) => slashCommand(QUESTIONS[i % QUESTIONS.length], { user_id: `U${i}` }));
    const mentions = Array.from({ length: 250 }, (_, i) => eventCallback(appMention(QUESTIONS[i % QUESTIONS.length], { user: `UM${i}` })));
    const post = (body: string, type: string, extra: Record<string, string> = {}) =>
      fetch(`${server.url}/slack/events`, { method: "POST", headers: { "content-type": type, ...signedHeaders(body), ...extra }, body });
    const requests = [
      ...commands.map((body) => post(body, "application/x-www-form-urlencoded").then(async (res) => ({ status: res.status, text: (await res.json()).text as string }))),
      ...mentions.map((e) => post(JSON.stringify(e), "application/json").then((res) => ({ status: res.status, text: "" }))),
      // Slack's retries of the same mentions, arriving while the first delivery is in flight.
      ...mentions.map((e) => post(JSON.stringify(e), "application/json", { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" }).then((res) => ({ status: res.status, text: "" }))),
    ];
    expect(requests).toHaveLength(1000);
    const results = await Promise.all(requests);

    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    const answers = results.slice(0, 500).map((r) => r.text);
    expect(answers.filter((t) => t.includes("You've asked"))).toEqual([]);
    expect(answers.filter((_, i) => i % QUESTIONS.length === 0).every((t) => t.includes("September 29, 2024"))).toBe(true);

    await slack.waitFor(() => slack.posts(), 250, 30_000);
    await new Promise((r) => setTimeout(r, 500)); // a doubled reply would arrive now
    expect(slack.posts()).toHaveLength(250);
    expect(new Set(slack.posts().map((p) => p.body.thread_ts)).size).toBe(250); // one in each thread
  }, 60_000);
});
