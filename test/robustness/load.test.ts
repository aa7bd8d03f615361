import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlackBot, type SlackBot } from "../bots/slack/slack-bot.js";
import { appMention, eventCallback, signedHeaders, slashCommand } from "../bots/slack/slack-requests.js";

/**
 * A thousand requests at once, as a busy morning might bring: every one is answered, none
 * twice. (How fast is for `npm run bench`; here it is whether anything is lost or doubled.)
 */
let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot();
});

afterAll(() => bot.close());

const QUESTIONS = ["When do updates stop?", "Who was sanctioned?", "How many corporate clients does Kaspersky have?", "Why was Kaspersky banned?"];

describe("1,000 concurrent requests", () => {
  it("answers every slash command and every mention exactly once, a retry of each mention included", async () => {
    const commands = Array.from({ length: 500 }, (_, i) => slashCommand(QUESTIONS[i % QUESTIONS.length], { user_id: `U${i}` }));
    const mentions = Array.from({ length: 250 }, (_, i) => eventCallback(appMention(QUESTIONS[i % QUESTIONS.length], { user: `UM${i}` })));
    const post = (body: string, type: string, extra: Record<string, string> = {}) =>
      fetch(`${bot.server.url}/slack/events`, { method: "POST", headers: { "content-type": type, ...signedHeaders(body), ...extra }, body });
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

    await bot.slack.waitFor(() => bot.slack.posts(), 250, 30_000);
    await new Promise((r) => setTimeout(r, 500)); // a doubled reply would arrive now
    expect(bot.slack.posts()).toHaveLength(250);
    expect(new Set(bot.slack.posts().map((p) => p.body.thread_ts)).size).toBe(250); // one in each thread
  }, 60_000);
});
