import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { escapeSlack } from "../../src/bots/slack/escape.js";
import { seeds } from "../helpers.js";
import { startSlackBot, type SlackBot } from "../bots/slack/slack-bot.js";
import { appMention, eventCallback, signedHeaders, slashCommand } from "../bots/slack/slack-requests.js";
import { FakeConnector } from "../bots/teams/fake-connector.js";
import { personalMessage } from "../bots/teams/teams-activities.js";

/**
 * A thousand requests at once, as a busy morning might bring: every one is answered, none
 * twice. (How fast is for `npm run bench`; here it is whether anything is lost or doubled.)
 */
let bot: SlackBot;
const connector = new FakeConnector();

beforeAll(async () => {
  bot = await startSlackBot({ TEAMS_EMULATOR: "1" }); // Teams is on too, in Emulator mode on loopback
  await connector.start();
});

afterAll(async () => {
  await bot.close();
  await connector.stop();
});

const QUESTIONS = ["When do updates stop?", "Who was sanctioned?", "How many corporate clients does Kaspersky have?", "Why was Kaspersky banned?"];

describe("1,000 concurrent requests, Slack and Teams mixed", () => {
  it("answers every slash command, mention and Teams message exactly once, a redelivery of each mention and message included", async () => {
    const commands = Array.from({ length: 400 }, (_, i) => slashCommand(QUESTIONS[i % QUESTIONS.length], { user_id: `U${i}` }));
    const mentions = Array.from({ length: 200 }, (_, i) => JSON.stringify(eventCallback(appMention(QUESTIONS[i % QUESTIONS.length], { user: `UM${i}` }))));
    const messages = Array.from({ length: 100 }, (_, i) =>
      JSON.stringify(personalMessage(connector.url, QUESTIONS[i % QUESTIONS.length], { from: { id: `29:user-${i}`, name: "User" } })),
    );
    const slack = (body: string, type: string, extra: Record<string, string> = {}) =>
      fetch(`${bot.server.url}/slack/events`, { method: "POST", headers: { "content-type": type, ...signedHeaders(body), ...extra }, body });
    const teams = (body: string) => fetch(`${bot.server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const statusOnly = (res: Response) => res.arrayBuffer().then(() => ({ status: res.status, text: "" }));
    const requests = [
      ...commands.map((body) =>
        slack(body, "application/x-www-form-urlencoded").then(async (res) => ({ status: res.status, text: (await res.json()).text as string })),
      ),
      ...mentions.map((body) => slack(body, "application/json").then(statusOnly)),
      // Slack's retries of the same mentions, arriving while the first delivery is in flight.
      ...mentions.map((body) => slack(body, "application/json", { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" }).then(statusOnly)),
      ...messages.map((body) => teams(body).then(statusOnly)),
      // The Bot Framework's redelivery of the same messages.
      ...messages.map((body) => teams(body).then(statusOnly)),
    ];
    expect(requests).toHaveLength(1000);
    const results = await Promise.all(requests);

    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    const answers = results.slice(0, 400).map((r) => r.text);
    expect(answers.filter((t) => t.includes("You've asked"))).toEqual([]);
    // Each slash command got the answer to its own question, as the engine gives it, not another's.
    const expected = QUESTIONS.map((q) => escapeSlack(ask(seeds(), q).answer));
    expect(answers.filter((t, i) => !t.includes(expected[i % QUESTIONS.length]))).toEqual([]);

    await bot.slack.waitFor(() => bot.slack.posts(), 200, 30_000);
    await new Promise((r) => setTimeout(r, 500)); // a doubled reply would arrive now
    expect(bot.slack.posts()).toHaveLength(200);
    expect(new Set(bot.slack.posts().map((p) => p.body.thread_ts)).size).toBe(200); // one in each thread
    expect(connector.activities()).toHaveLength(100);
    expect(new Set(connector.activities().map((a) => a.body.replyToId)).size).toBe(100); // one for each message
  }, 60_000);
});
