import { readFileSync } from "node:fs";
import http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Answer } from "../../../src/answer/answer-schema.js";
import { ask } from "../../../src/answer/ask.js";
import { sources, timeline } from "../../../src/answer/timeline.js";
import { escapeSlack } from "../../../src/bots/slack/escape.js";
import { attribution } from "../../../src/bots/slack/render-blocks.js";
import { formatDate } from "../../../src/index/dates.js";
import { seeds } from "../../helpers.js";
import { displayedText } from "./displayed-text.js";
import { startSlackBot, type SlackBot } from "./slack-bot.js";
import { appMention, blockActions, eventCallback, message, signedHeaders, slashCommand } from "./slack-requests.js";
import { FOLLOW_UPS } from "../../fixtures/follow-ups.js";

let bot: SlackBot;
let server: SlackBot["server"];
let slack: SlackBot["slack"];
let feedbackLog: string;

beforeAll(async () => {
  // Without the bot's ids, as most installs run: Bolt asks the (fake) auth.test for them.
  bot = await startSlackBot({ SLACK_BOT_ID: "", SLACK_BOT_USER_ID: "" });
  ({ server, slack, journal: feedbackLog } = bot);
});

afterAll(() => bot.close());

beforeEach(() => {
  slack.calls.length = 0;
});

async function post(body: string, contentType: string, headers: Record<string, string> = signedHeaders(body)) {
  const res = await fetch(`${server.url}/slack/events`, { method: "POST", headers: { "content-type": contentType, ...headers }, body });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type"), text, json: () => JSON.parse(text) };
}

const postForm = (body: string, headers?: Record<string, string>) => post(body, "application/x-www-form-urlencoded", headers);
const postEvent = (envelope: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const body = JSON.stringify(envelope);
  return post(body, "application/json", { ...signedHeaders(body), ...headers });
};
const settle = () => new Promise((r) => setTimeout(r, 300));
const allText = (blocks: unknown) => JSON.stringify(blocks);
/**
 * What the engine answers, worked out here with the same index the server has: the replies are
 * checked for showing that answer, not for today's wording of it (render-blocks.test.ts pins the
 * layout, with fixture answers).
 */
const expected = (question: string): Answer => ask(seeds(), question);
/** The answer as Slack shows it: escaped, so an article's "&" or "<" can never become markup. */
const shownAnswer = (question: string) => escapeSlack(expected(question).answer);

describe("POST /slack/events: requests Slack signs", () => {
  it("answers a signed /kaspersky command in the acknowledgement, ephemeral, with the quote and its date", async () => {
    const res = await postForm(slashCommand("When do updates stop?"));
    expect(res.status).toBe(200);
    // Slack reads the body as a message only with this type; as plain text it would show the JSON.
    expect(res.type).toMatch(/^application\/json\b/);
    const reply = res.json();
    expect(reply.response_type).toBe("ephemeral");
    const answer = expected("When do updates stop?");
    expect(reply.text).toContain(escapeSlack(answer.answer));
    const shown = displayedText(reply.blocks);
    expect(shown[0]).toBe(`*${escapeSlack(answer.answer)}*`);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) {
      expect(shown).toContainEqual(expect.stringContaining(`> ${escapeSlack(citation.quote)}`));
      expect(shown).toContain(attribution(citation)); // "Publisher · date · <link|title>", the date as precisely as known
    }
    expect(allText(reply.blocks)).toContain('"action_id":"share_answer"');
  });

  it("rejects a wrong signature with 401", async () => {
    const body = slashCommand("When do updates stop?");
    expect((await postForm(body, signedHeaders(body, { secret: "not-the-secret" }))).status).toBe(401);
  });

  it("rejects a request signed more than five minutes ago with 401", async () => {
    const body = slashCommand("When do updates stop?");
    expect((await postForm(body, signedHeaders(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }))).status).toBe(401);
  });

  it.each([
    ["six minutes ahead", 6 * 60],
    ["a year ahead", 365 * 24 * 60 * 60],
  ])("rejects a correctly signed request dated %s with 401: a signature is good five minutes either side", async (_, ahead) => {
    const body = slashCommand("When do updates stop?");
    const res = await postForm(body, signedHeaders(body, { timestamp: Math.floor(Date.now() / 1000) + ahead }));
    expect(res.status).toBe(401);
  });

  it("accepts a request dated a little ahead, as a clock a minute fast dates it", async () => {
    const body = slashCommand("When do updates stop?");
    expect((await postForm(body, signedHeaders(body, { timestamp: Math.floor(Date.now() / 1000) + 60 }))).status).toBe(200);
  });

  it("rejects an unsigned request with 401", async () => {
    expect((await postForm(slashCommand("hi"), {})).status).toBe(401);
  });

  it("answers Slack's unsigned ssl_check with 200, and runs nothing sent with it", async () => {
    // Bolt reads a form with a payload field as that payload: a click smuggled in beside ssl_check.
    const smuggled = `ssl_check=1&${blockActions({ action_id: "share_answer", value: "When do updates stop?" }, `${slack.url}/response/smuggled`)}`;
    const res = await postForm(smuggled, {});
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    await settle();
    expect(slack.calls).toEqual([]);
  });

  it("answers Slack's url_verification challenge", async () => {
    const res = await postEvent({ token: "t", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("answers a signed body that is not JSON with 400, and keeps serving", async () => {
    expect((await post("{not json", "application/json")).status).toBe(400);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("answers a GET or an unknown path with 404", async () => {
    expect((await fetch(`${server.url}/slack/events`)).status).toBe(404);
    expect((await fetch(`${server.url}/nope`, { method: "POST" })).status).toBe(404);
  });
});

describe("/kaspersky subcommands", () => {
  it.each(["help", ""])("/kaspersky %j: what the bot says to it", async (text) => {
    const res = await postForm(slashCommand(text));
    expect(res.status).toBe(200);
    expect(res.json().text).toBe(shownAnswer(text));
  });

  it("/kaspersky sources: every source of the index, with its publisher and date", async () => {
    const res = await postForm(slashCommand("sources"));
    expect(res.status).toBe(200);
    const shown = displayedText(res.json().blocks);
    expect(shown[0]).toBe(`*The ${seeds().sources.size} sources I answer from*`);
    for (const source of sources(seeds())) expect(shown).toContain(`*${escapeSlack(source.title)}*\n${attribution(source)}`);
  });

  it("/kaspersky timeline: the dated events, each quoting its source", async () => {
    const res = await postForm(slashCommand("timeline"));
    expect(res.status).toBe(200);
    const [first] = timeline(seeds());
    expect(displayedText(res.json().blocks)).toContainEqual(expect.stringContaining(`*${formatDate(first.iso)}*\n> ${escapeSlack(first.citations[0].quote)}`));
  });

  it("never lets an injected ping through: nothing Slack displays holds <!channel> or <@U…>", async () => {
    for (const text of ["<!channel> <@U999> when do updates stop?", "<!channel> tell everyone lunch is free"]) {
      const reply = (await postForm(slashCommand(text))).json();
      for (const shownText of [reply.text, ...displayedText(reply.blocks)]) {
        expect(shownText).not.toMatch(/<!channel>|<@U999>/);
      }
    }
    const answered = (await postForm(slashCommand("<!channel> <@U999> when do updates stop?"))).json();
    expect(answered.text).toContain(shownAnswer("<!channel> <@U999> when do updates stop?"));
  });
});

describe("conversations", () => {
  it("answers an @mention with exactly one threaded reply, and none for Slack's retry of the same event", async () => {
    const envelope = eventCallback(appMention("When do updates stop?"));
    expect((await postEvent(envelope)).status).toBe(200);
    const [reply] = await slack.waitFor(() => slack.posts());
    const event = envelope.event as { ts: string; channel: string };
    expect(reply.body).toMatchObject({ channel: event.channel, thread_ts: event.ts });
    const answer = expected("When do updates stop?");
    expect(reply.body.text).toContain(escapeSlack(answer.answer));
    expect(displayedText(reply.body.blocks)).toContainEqual(expect.stringContaining(`> ${escapeSlack(answer.citations[0].quote)}`));

    expect((await postEvent(envelope, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" })).status).toBe(200);
    await settle();
    expect(slack.posts()).toHaveLength(1);
  });

  it("posts the reply through node:http (web-api-fetch.ts), not Node's fetch, which cost a reply about 3 ms of CPU", async () => {
    const request = vi.spyOn(http, "request");
    try {
      expect((await postEvent(eventCallback(appMention("When do updates stop?")))).status).toBe(200);
      await slack.waitFor(() => slack.posts());
      expect(request.mock.calls.map(([url]) => String(url))).toContain(`${slack.url}/api/chat.postMessage`);
    } finally {
      request.mockRestore();
    }
  });

  it("answers once when a mention arrives both as app_mention and as message", async () => {
    const mention = appMention("Who first reported that Kaspersky was leaving?");
    await postEvent(eventCallback(mention));
    await postEvent(eventCallback({ ...mention, type: "message", channel_type: "channel" }));
    await slack.waitFor(() => slack.posts());
    await settle();
    expect(slack.posts()).toHaveLength(1);
    expect(slack.posts()[0].body.text).toContain(shownAnswer("Who first reported that Kaspersky was leaving?"));
  });

  it("answers a direct message in the conversation", async () => {
    await postEvent(eventCallback(message("When was Kaspersky founded?", { channel: "D1", channel_type: "im" })));
    const [reply] = await slack.waitFor(() => slack.posts());
    expect(reply.body.channel).toBe("D1");
    expect(reply.body.thread_ts).toBeUndefined();
    expect(reply.body.text).toContain(shownAnswer("When was Kaspersky founded?"));
  });

  it("answers follow-up questions in a thread it answered in, not thread chatter, and stays out of other threads", async () => {
    const mention = appMention("When do updates stop?");
    await postEvent(eventCallback(mention));
    await slack.waitFor(() => slack.posts());
    await postEvent(eventCallback(message("and who announced the ban?", { thread_ts: mention.ts })));
    const replies = await slack.waitFor(() => slack.posts(), 2);
    expect(replies[1].body).toMatchObject({ thread_ts: mention.ts });
    expect(replies[1].body.text).toContain(shownAnswer("and who announced the ban?"));

    await postEvent(eventCallback(message("When was Kaspersky founded?", { thread_ts: "1700000000.000001" })));
    await postEvent(eventCallback(message("thanks, that helps!", { thread_ts: mention.ts })));
    await settle();
    expect(slack.posts()).toHaveLength(2);
  });

  it("reads a follow-up in its thread: 'and resales?' after updates gets September 29, once despite Slack's retry", async () => {
    const mention = appMention("when do software updates stop?", { user: "U11" });
    await postEvent(eventCallback(mention));
    await slack.waitFor(() => slack.posts());
    const followUp = eventCallback(message("and resales?", { thread_ts: mention.ts, user: "U11" }));
    await postEvent(followUp);
    await postEvent(followUp, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
    const replies = await slack.waitFor(() => slack.posts(), 2);
    await settle();
    expect(slack.posts()).toHaveLength(2);
    expect(replies[1].body).toMatchObject({ channel: "C1", thread_ts: mention.ts });
    const shown = displayedText(replies[1].body.blocks);
    expect(shown[0]).toMatch(/September 29/);
    expect(shown).toContain("Read as: “when do resales stop?”");
  });

  it.each(FOLLOW_UPS.map((f, i) => [f.followUp, f.first, f, i] as const))(
    "answers %j after %j in a thread (without a mention) and in a DM, in context",
    async (_, __, f, i) => {
      const user = `U2${i}`;
      const mention = appMention(f.first, { user });
      await postEvent(eventCallback(mention));
      await slack.waitFor(() => slack.posts());
      await postEvent(eventCallback(message(f.followUp, { thread_ts: mention.ts, user })));
      await postEvent(eventCallback(message(f.first, { channel: `D2${i}`, channel_type: "im", user })));
      await slack.waitFor(() => slack.posts(), 3);
      await postEvent(eventCallback(message(f.followUp, { channel: `D2${i}`, channel_type: "im", user })));
      const replies = await slack.waitFor(() => slack.posts(), 4);
      const inThread = replies.find((r) => r.body.thread_ts === mention.ts && r !== replies[0])!;
      const inDm = replies.filter((r) => r.body.channel === `D2${i}`)[1];
      for (const reply of [inThread, inDm]) {
        const [answer] = displayedText(reply.body.blocks);
        expect(answer).toMatch(f.answer);
        if (f.not) expect(answer).not.toMatch(f.not);
        expect(allText(reply.body.blocks)).toContain("Read as:");
      }
    },
  );

  it("answers a question in its thread even when it is off the topic, and still not 'thanks'", async () => {
    const mention = appMention("When do updates stop?", { user: "U14" });
    await postEvent(eventCallback(mention));
    await slack.waitFor(() => slack.posts());
    await postEvent(eventCallback(message("what's the weather like?", { thread_ts: mention.ts, user: "U14" })));
    await postEvent(eventCallback(message("ok thanks 👍", { thread_ts: mention.ts, user: "U14" })));
    const replies = await slack.waitFor(() => slack.posts(), 2);
    await settle();
    expect(slack.posts()).toHaveLength(2);
    expect(replies[1].body.text).toContain(shownAnswer("what's the weather like?"));
  });

  it.each([
    ["its own messages", message("When do updates stop?", { user: "UBOT", bot_id: "BBOT", channel_type: "im", channel: "D1" })],
    ["other bots", message("When do updates stop?", { subtype: "bot_message", bot_id: "B0THER", channel_type: "im", channel: "D1" })],
    ["edits", message("", { subtype: "message_changed", channel_type: "im", channel: "D1", message: { text: "edited" } })],
    ["deletions", message("", { subtype: "message_deleted", channel_type: "im", channel: "D1" })],
    ["channel chatter that does not mention it", message("lunch?")],
  ])("ignores %s", async (_, event) => {
    expect((await postEvent(eventCallback(event))).status).toBe(200);
    await settle();
    expect(slack.posts()).toHaveLength(0);
  });

  it("says sorry when Slack refuses the reply, and keeps serving", async () => {
    slack.failing.add("chat.postMessage");
    try {
      await postEvent(eventCallback(appMention("When do updates stop?")));
      await slack.waitFor(() => slack.posts(), 2);
      expect(slack.posts()[1].body.text).toMatch(/Sorry, something went wrong/);
    } finally {
      slack.failing.delete("chat.postMessage");
    }
    expect((await postForm(slashCommand("When do updates stop?"))).status).toBe(200);
  });

  it("does not resend a reply after a 500 (Slack may have posted it): it says sorry instead", async () => {
    slack.serverErrorOnce.add("chat.postMessage");
    await postEvent(eventCallback(appMention("When do updates stop?")));
    await slack.waitFor(() => slack.posts(), 2);
    await settle();
    const posts = slack.posts();
    expect(posts).toHaveLength(2);
    expect(posts[0].body.text).toContain(shownAnswer("When do updates stop?"));
    expect(posts[1].body.text).toMatch(/Sorry, something went wrong/);
  });

  it("waits out a rate limit (429 with Retry-After) and then replies", async () => {
    slack.rateLimitOnce.add("chat.postMessage");
    await postEvent(eventCallback(appMention("When was Kaspersky founded?")));
    const [reply] = await slack.waitFor(() => slack.posts(), 1, 8000);
    expect(reply.body.text).toContain(shownAnswer("When was Kaspersky founded?"));
  });
});

describe("buttons", () => {
  it("'Share in channel' posts the same answer visibly, saying who asked what, without pinging them", async () => {
    const res = await postForm(blockActions({ action_id: "share_answer", value: "When do updates stop?" }, `${slack.url}/response/share`));
    expect(res.status).toBe(200);
    const [shared] = await slack.waitFor(() => slack.responses());
    expect(shared.body).toMatchObject({ response_type: "in_channel", delete_original: true });
    expect(shared.body.text).toContain(shownAnswer("When do updates stop?"));
    expect(displayedText(shared.body.blocks)[0]).toBe("ana asked: “When do updates stop?”");
    expect(allText(shared.body)).not.toMatch(/<@U1>/);
  });

  it("asks a suggested question under a /kaspersky reply privately, with its own suggestions", async () => {
    const res = await postForm(
      blockActions({ action_id: "ask_next:1", value: "Why was Kaspersky banned?" }, `${slack.url}/response/suggested`, {
        user: { id: "U15", username: "ana", name: "ana", team_id: "T1" },
      }),
    );
    expect(res.status).toBe(200);
    const [reply] = await slack.waitFor(() => slack.responses().filter((c) => c.path === "/response/suggested"));
    expect(reply.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(reply.body.text).toContain(shownAnswer("Why was Kaspersky banned?"));
    expect(allText(reply.body.blocks)).toContain("ask_next:0");
  });

  it("asks a suggested question clicked in a thread in that thread, saying who asked, and the thread's follow-ups follow it", async () => {
    const mention = appMention("When do updates stop?", { user: "U16" });
    await postEvent(eventCallback(mention));
    const [answer] = await slack.waitFor(() => slack.posts());
    const suggestion = (answer.body.blocks as { elements?: { action_id: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === "ask_next:0")!;
    const click = blockActions(suggestion, `${slack.url}/response/unused`, {
      container: { type: "message", message_ts: "1721052000.000200", channel_id: "C1", is_ephemeral: false },
      message: { type: "message", ts: "1721052000.000200", thread_ts: mention.ts, text: "…" },
      user: { id: "U16", username: "ana", name: "ana", team_id: "T1" },
    });
    expect((await postForm(click)).status).toBe(200);
    const posts = await slack.waitFor(() => slack.posts(), 2);
    expect(posts[1].body).toMatchObject({ channel: "C1", thread_ts: mention.ts });
    expect(displayedText(posts[1].body.blocks)[0]).toBe(`ana asked: “${escapeSlack(suggestion.value)}”`);
    expect(posts[1].body.text).toContain(shownAnswer(suggestion.value));
  });

  it("records 👎 in the feedback log with the question, status, cited sources and the rated message, then thanks the user", async () => {
    const value = JSON.stringify({ q: "When do updates stop?", s: "answered", c: ["000", "002", "001"] });
    const res = await postForm(blockActions({ action_id: "feedback_down", value }, `${slack.url}/response/feedback`));
    expect(res.status).toBe(200);
    const records = readFileSync(feedbackLog, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.at(-1)).toMatchObject({
      platform: "slack",
      user: "U1",
      vote: "down",
      question: "When do updates stop?",
      status: "answered",
      sourceIds: ["000", "002", "001"],
      messageId: "1721052000.000100",
    });
    const [thanks] = await slack.waitFor(() => slack.responses());
    expect(thanks.body.text).toContain("👎 was recorded");
  });

  it("acts on a 'Share in channel' replayed 3 times once: one post to the channel", async () => {
    const body = blockActions({ action_id: "share_answer", value: "When do updates stop?" }, `${slack.url}/response/replayed-share`);
    const headers = signedHeaders(body); // the very request, signature and all, sent 4 times
    for (let i = 0; i < 4; i++) expect((await postForm(body, headers)).status).toBe(200);
    await settle();
    expect(slack.responses().filter((c) => c.path === "/response/replayed-share")).toHaveLength(1);
    // Another click on the same button is not a replay: Slack gives it its own trigger_id.
    expect((await postForm(blockActions({ action_id: "share_answer", value: "When do updates stop?" }, `${slack.url}/response/replayed-share`))).status).toBe(
      200,
    );
    await settle();
    expect(slack.responses().filter((c) => c.path === "/response/replayed-share")).toHaveLength(2);
  });

  it("records a 👍 replayed 3 times once", async () => {
    const value = JSON.stringify({ q: "Who was sanctioned?", s: "answered", c: ["001"] });
    const body = blockActions({ action_id: "feedback_up", value }, `${slack.url}/response/replayed-vote`);
    const headers = signedHeaders(body);
    const lines = () => readFileSync(feedbackLog, "utf8").trim().split("\n").length;
    const before = lines();
    for (let i = 0; i < 4; i++) expect((await postForm(body, headers)).status).toBe(200);
    await settle();
    expect(lines()).toBe(before + 1);
    expect(slack.responses().filter((c) => c.path === "/response/replayed-vote")).toHaveLength(1);
  });

  it("ignores a feedback click whose value was tampered with", async () => {
    const before = readFileSync(feedbackLog, "utf8");
    const res = await postForm(blockActions({ action_id: "feedback_up", value: "{broken" }, `${slack.url}/response/x`));
    expect(res.status).toBe(200);
    expect(readFileSync(feedbackLog, "utf8")).toBe(before);
  });
});
