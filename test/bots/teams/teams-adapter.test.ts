import { mkdtempSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answer/answer-schema.js";
import { ask } from "../../../src/answer/ask.js";
import { EXAMPLE_QUESTIONS } from "../../../src/answer/canned-answers.js";
import { sources, timeline } from "../../../src/answer/timeline.js";
import { clip, claimOf } from "../../../src/bots/teams/citations.js";
import { attribution, escapeTeams } from "../../../src/bots/teams/render-card.js";
import { loadConfig } from "../../../src/config.js";
import { formatDate } from "../../../src/index/dates.js";
import { createLogger } from "../../../src/log.js";
import { startServer, type RunningServer } from "../../../src/server.js";
import { seeds } from "../../helpers.js";
import { startSlackBot } from "../slack/slack-bot.js";
import { FakeConnector } from "./fake-connector.js";
import { BOT, botAdded, channelMention, feedbackClick, personalMessage, searchQuery, USER } from "./teams-activities.js";
import { FOLLOW_UPS } from "../../fixtures/follow-ups.js";

const connector = new FakeConnector();
let server: RunningServer;
let feedbackLog: string;

beforeAll(async () => {
  await connector.start();
  feedbackLog = join(mkdtempSync(join(tmpdir(), "feedback-")), "feedback.jsonl");
  // No MicrosoftAppId: Emulator mode, no token needed; the replies go to the fake connector.
  const config = loadConfig({ PORT: "0", FEEDBACK_LOG: feedbackLog });
  server = await startServer({ config, index: seeds(), logger: createLogger("silent") });
});

afterAll(async () => {
  await server.close();
  await connector.stop();
});

beforeEach(() => connector.reset());

async function post(activity: unknown, headers: Record<string, string> = {}) {
  const body = typeof activity === "string" ? activity : JSON.stringify(activity);
  const res = await fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) };
}

/** A POST with a Host header of the test's choosing (fetch always sends the URL's own). */
function rawPost(port: number, host: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/messages",
        headers: { host, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res
          .setEncoding("utf8")
          .on("data", (chunk) => (text += chunk))
          .on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const settle = () => new Promise((r) => setTimeout(r, 300));
/** The `[n]` markers in a text, in order of appearance. */
const markersIn = (text: string) => [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
const cardOf = (activity: Record<string, any>) => activity.attachments[0].content;
const cardText = (activity: Record<string, any>) => JSON.stringify(cardOf(activity));
/**
 * What the engine answers, worked out here with the same index the server has: the replies are
 * checked for showing that answer, not for today's wording of it (render-card.test.ts pins the
 * layout, with fixture answers).
 */
const expected = (question: string): Answer => ask(seeds(), question);
/** A string as it appears inside the JSON of a card: a quote's ’ and " survive, escaped as JSON escapes them. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

describe("POST /api/messages in Emulator mode (no MicrosoftAppId)", () => {
  it("listens on loopback only, as design.md requires when no credentials are set", () => {
    expect(server.teams).toBe("emulator");
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("is off, with a 404, in a Slack deployment without MicrosoftAppId: missing credentials never make the endpoint anonymous", async () => {
    const slack = await startSlackBot();
    try {
      expect(slack.server.teams).toBe("off");
      const res = await fetch(`${slack.server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(personalMessage(connector.url, "hi")),
      });
      expect(res.status).toBe(404);
      expect(connector.activities()).toHaveLength(0);
    } finally {
      await slack.close();
    }
  });

  it.each([
    ["another site's name (a reverse proxy, a DNS-rebinding page)", "bot.example.com"],
    ["another site's name with this port", "evil.example:PORT"],
    ["localhost on another port", "localhost:1"],
    ["localhost without its port", "localhost"],
    ["a loopback-looking prefix", "127.0.0.1.evil.example:PORT"],
  ])("refuses a request addressed to %s with 403, and sends nothing", async (_, host) => {
    const port = Number(new URL(server.url).port);
    const res = await rawPost(port, host.replace("PORT", String(port)), JSON.stringify(personalMessage(connector.url, "When do updates stop?")));
    expect(res.status).toBe(403);
    await settle();
    expect(connector.activities()).toHaveLength(0);
  });

  it.each(["localhost", "127.0.0.1", "[::1]"])("answers a request addressed to %s with its port", async (name) => {
    const port = Number(new URL(server.url).port);
    // Another user, so these questions count against no one else's limit.
    const res = await rawPost(
      port,
      `${name}:${port}`,
      JSON.stringify(personalMessage(connector.url, "When do updates stop?", { from: { ...USER, id: `29:host-${name}`, aadObjectId: `host-check-${name}` } })),
    );
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor();
    expect(reply.body.text).toContain(escapeTeams(expected("When do updates stop?").answer));
  });

  it("is off, with a 404, when told to listen beyond loopback without credentials", async () => {
    const exposed = await startServer({
      config: loadConfig({ PORT: "0", HOST: "0.0.0.0", FEEDBACK_LOG: feedbackLog }),
      index: seeds(),
      logger: createLogger("silent"),
    });
    try {
      expect(exposed.teams).toBe("off");
      const port = new URL(exposed.url).port;
      const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(personalMessage(connector.url, "hi")),
      });
      expect(res.status).toBe(404);
      expect(connector.activities()).toHaveLength(0);
    } finally {
      await exposed.close();
    }
  });

  it("answers a personal message with one reply to it: text with [n] markers, a cited card, and the citation entity as sent over the wire", async () => {
    const activity = personalMessage(connector.url, "When do updates stop?");
    expect((await post(activity)).status).toBe(200);
    const [reply] = await connector.waitFor();
    await settle();
    expect(connector.activities()).toHaveLength(1);

    // Sent as a reply to the user's message, in the same conversation.
    expect(reply.path).toBe(`/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${activity.id}`);
    const sent = reply.body;
    expect(sent.replyToId).toBe(activity.id);
    expect(sent.recipient.id).toBe(USER.id);

    const answer = expected("When do updates stop?");
    expect(sent.text.startsWith(`**${escapeTeams(answer.answer)}**`)).toBe(true); // the direct answer first
    const card = cardOf(sent);
    expect(sent.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card.version).toBe("1.5");
    // Every quote, verbatim, with its publisher and date, and a link to each article that has one.
    for (const citation of answer.citations) {
      expect(cardText(sent)).toContain(inJson(`“${citation.quote}”`));
      expect(cardText(sent)).toContain(inJson(attribution(citation)));
      if (citation.url) expect(JSON.stringify(card.body)).toContain(`"type":"Action.OpenUrl","title":"Open source","url":${JSON.stringify(citation.url)}`);
    }
    expect(JSON.stringify(card.body).match(/"title":"Open source"/g) ?? []).toHaveLength(answer.citations.filter((c) => c.url).length);

    // The entity arrives whole (botbuilder-js issue 4673 would leave only its type), its claims matching the markers.
    const [entity] = sent.entities;
    expect(entity.type).toBe("https://schema.org/Message");
    expect(entity["@type"]).toBe("Message");
    const positions = entity.citation.map((c: { position: number }) => c.position);
    expect(new Set(markersIn(sent.text))).toEqual(new Set(positions));
    expect(positions.length).toBeGreaterThan(0);
    expect(positions).toEqual(answer.citations.map((_, i) => i + 1));
    const [first] = answer.citations;
    expect(entity.citation[0]).toMatchObject({ "@type": "Claim", position: 1, appearance: { "@type": "DigitalDocument" } });
    expect(entity.citation[0].appearance.name.startsWith(`${first.publisher}: `)).toBe(true);
    expect(entity.citation[0].appearance.abstract).toContain(first.quote.slice(0, 40));
    expect(entity.citation).toEqual(answer.citations.map((c, i) => claimOf(c, i + 1)));
    expect(sent.channelData.feedbackLoop).toEqual({ type: "default" });
  });

  it("answers a channel @mention once, in its thread, without the mention text", async () => {
    const activity = channelMention(connector.url, "Who first reported that Kaspersky was leaving?");
    expect((await post(activity)).status).toBe(200);
    const [reply] = await connector.waitFor();
    await settle();
    expect(connector.activities()).toHaveLength(1);
    expect(reply.path).toContain(encodeURIComponent("@thread.tacv2;messageid=1721052000000"));
    expect(reply.body.replyToId).toBe(activity.id);
    expect(reply.body.text).toContain(escapeTeams(expected("Who first reported that Kaspersky was leaving?").answer));
    expect(reply.body.text).not.toContain(BOT.name);
  });

  it("asks the question without the mention: the same answer as the question typed alone", async () => {
    await post(channelMention(connector.url, "How many corporate clients does Kaspersky have?"));
    await post(personalMessage(connector.url, "How many corporate clients does Kaspersky have?"));
    const [inChannel, inChat] = await connector.waitFor(2);
    expect(inChannel.body.text).toBe(inChat.body.text);
  });

  it.each(FOLLOW_UPS.map((f, i) => [f.followUp, f.first, f, i] as const))(
    "answers %j after %j in a personal chat and in a channel's reply chain, in context, and only there",
    async (_, __, f, i) => {
      const from = { ...USER, id: `29:follow-up-${i}`, aadObjectId: `follow-up-${i}` };
      const chat = { conversationType: "personal", tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47", id: `a:follow-up-chat-${i}` };
      const chain = (messageId: string) => ({
        isGroup: true,
        conversationType: "channel",
        tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
        id: `19:0f3a6f5a8f8c4ac8b08a2c1d1f0c2a3b@thread.tacv2;messageid=${messageId}`,
      });
      await post(personalMessage(connector.url, f.first, { conversation: chat, from }));
      await post(channelMention(connector.url, f.first, { conversation: chain(`172105300${i}`), from }));
      await connector.waitFor(2);
      await post(personalMessage(connector.url, f.followUp, { conversation: chat, from }));
      await post(channelMention(connector.url, f.followUp, { conversation: chain(`172105300${i}`), from }));
      await post(channelMention(connector.url, f.followUp, { conversation: chain(`172105399${i}`), from }));
      const [, , inChat, inChain, elsewhere] = await connector.waitFor(5);
      for (const reply of [inChat, inChain]) {
        const answer = reply.body.text.split("\n")[0];
        expect(answer).toMatch(f.answer);
        if (f.not) expect(answer).not.toMatch(f.not);
        expect(cardText(reply.body)).toContain("Read as:");
      }
      expect(cardText(elsewhere.body)).not.toContain("Read as");
    },
  );

  it("offers suggested questions as messageBack buttons, and a click is asked in the same conversation", async () => {
    const conversation = { conversationType: "personal", tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47", id: "a:suggestions-chat" };
    await post(
      personalMessage(connector.url, "When do updates stop?", { conversation, from: { ...USER, id: "29:conversations", aadObjectId: "conversations-1" } }),
    );
    const [answer] = await connector.waitFor();
    const [first] = cardOf(answer.body).actions;
    expect(first).toMatchObject({ type: "Action.Submit", data: { msteams: { type: "messageBack" } } });
    // Teams delivers a messageBack click as a message whose text is the button's `text`.
    await post(
      personalMessage(connector.url, first.data.msteams.text, {
        conversation,
        value: {},
        from: { ...USER, id: "29:conversations", aadObjectId: "conversations-2" },
      }),
    );
    const [, reply] = await connector.waitFor(2);
    expect(reply.path).toContain(encodeURIComponent("a:suggestions-chat"));
    expect(reply.body.text).toContain(escapeTeams(expected(first.data.msteams.text).answer));
  });

  it("answers the Bot Framework Emulator too (channelId emulator, no Teams channelData)", async () => {
    const activity = personalMessage(connector.url, "When do updates stop?", {
      channelId: "emulator",
      channelData: undefined,
      conversation: { id: "emulator-conversation-1" },
    });
    expect((await post(activity)).status).toBe(200);
    const [reply] = await connector.waitFor();
    expect(reply.body.replyToId).toBe(activity.id);
    expect(reply.body.text).toContain(escapeTeams(expected("When do updates stop?").answer));
  });

  it("answers a redelivered activity only once", async () => {
    const activity = personalMessage(connector.url, "When was Kaspersky founded?");
    await post(activity);
    await post(activity);
    await connector.waitFor();
    await settle();
    expect(connector.activities()).toHaveLength(1);
  });

  it.each(["help", "", "what's the weather like?"])("replies to %j with what the bot says to it, and the example questions as buttons", async (text) => {
    await post(personalMessage(connector.url, text));
    const [reply] = await connector.waitFor();
    expect(reply.body.text).toBe(escapeTeams(expected(text).answer));
    expect(reply.body.entities).toBeUndefined();
    expect(cardOf(reply.body).actions.map((a: { title: string }) => a.title)).toEqual(EXAMPLE_QUESTIONS);
  });

  it('replies to "sources" with every source of the index, each with its publisher and date', async () => {
    await post(personalMessage(connector.url, "sources"));
    const [reply] = await connector.waitFor();
    expect(reply.body.text).toBe(`The ${seeds().sources.size} sources I answer from`);
    for (const source of sources(seeds())) expect(cardText(reply.body)).toContain(JSON.stringify(attribution(source)));
  });

  it('replies to "timeline" with the dated events, each quoting its source', async () => {
    await post(personalMessage(connector.url, "timeline"));
    const [reply] = await connector.waitFor();
    const [first] = timeline(seeds());
    expect(reply.body.text).toBe("Timeline of the Kaspersky ban, as the sources date it");
    expect(cardText(reply.body)).toContain(JSON.stringify(formatDate(first.iso)));
    expect(cardText(reply.body)).toContain(inJson(`“${first.citations[0].quote}”`));
  });

  it("shows each side of a conflict with its value, each side cited by its own sources", async () => {
    const question = "How many corporate clients does Kaspersky have?";
    const answer = expected(question);
    // The premise: the sources disagree on this (240,000 vs 270,000 in design.md), whatever the engine's wording.
    expect(answer.status).toBe("conflict");
    expect(answer.sides?.length).toBeGreaterThanOrEqual(2);
    await post(personalMessage(connector.url, question));
    const [{ body }] = await connector.waitFor();
    const claims: { position: number; appearance: { name: string } }[] = body.entities[0].citation;
    // One claim a marker, and a claim for every citation (a side told by two sources cites both).
    expect(claims.map((c) => c.position)).toEqual([...new Set(markersIn(body.text))].sort((a, b) => a - b));
    expect(claims).toHaveLength(answer.citations.length);
    for (const side of answer.sides!) {
      const line = body.text.split("\n").find((l: string) => l.startsWith(`- ${escapeTeams(side.value)}: `));
      expect(line, side.value).toBeDefined();
      const named = markersIn(line).map((n) => claims.find((c) => c.position === n)!.appearance.name);
      expect(named.length, side.value).toBeGreaterThan(0);
      const publishers = answer.citations.filter((c) => side.sourceIds.includes(c.sourceId)).map((c) => c.publisher);
      for (const name of named)
        expect(
          publishers.some((p) => name.startsWith(`${p}: `)),
          `${side.value} cites ${name}`,
        ).toBe(true);
    }
  });

  it("welcomes a user with example questions when the bot is added", async () => {
    expect((await post(botAdded(connector.url))).status).toBe(200);
    const [reply] = await connector.waitFor();
    expect(reply.body.text).toMatch(/^Hi! I answer questions about the 2024 US ban on Kaspersky software/);
    expect(cardText(reply.body)).toContain("When do Kaspersky updates stop?");
  });

  it("says nothing when someone else joins", async () => {
    await post(botAdded(connector.url, { membersAdded: [{ id: "29:another-user" }] }));
    await settle();
    expect(connector.activities()).toHaveLength(0);
  });

  it.each([
    ["a reaction", { type: "messageReaction", reactionsAdded: [{ type: "like" }], replyToId: "1721052000001" }],
    ["an edit", { type: "messageUpdate", text: "edited", channelData: { eventType: "editMessage", tenant: { id: "t" } } }],
    ["a deletion", { type: "messageDelete", channelData: { eventType: "softDeleteMessage", tenant: { id: "t" } } }],
    ["typing", { type: "typing" }],
    ["an activity type Teams may add later", { type: "somethingNew", value: { x: 1 } }],
  ])("accepts %s without replying or failing", async (_, overrides) => {
    const res = await post(personalMessage(connector.url, "", overrides));
    expect(res.status).toBe(200);
    await settle();
    expect(connector.activities()).toHaveLength(0);
  });

  it("answers an attachment-only message with what it can do", async () => {
    const activity = personalMessage(connector.url, "", {
      text: undefined,
      attachments: [{ contentType: "image/*", contentUrl: "https://us-api.asm.skype.com/v1/objects/0-eus-d1/views/imgo" }],
    });
    expect((await post(activity)).status).toBe(200);
    const [reply] = await connector.waitFor();
    expect(reply.body.text).toMatch(/I answer questions about the 2024 US ban/);
  });

  it("never turns user text into a mention of others", async () => {
    await post(personalMessage(connector.url, '<at>Everyone</at> <at id="29:x">Ana</at> when do updates stop?'));
    const [{ body }] = await connector.waitFor();
    expect(body.text.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/<at/i);
    expect(body.entities.some((e: { type: string }) => e.type === "mention")).toBe(false);
  });

  it.each([
    ["10 kB of text", "when do updates stop? ".repeat(500)],
    ["control characters", "when\u0000 do\u0007 updates\u001b stop?"],
    ["emoji", "🛑 when do updates stop? 🤔"],
  ])("answers %s politely", async (_, text) => {
    expect((await post(personalMessage(connector.url, text))).status).toBe(200);
    const [reply] = await connector.waitFor();
    expect(reply.body.text.length).toBeGreaterThan(0);
  });
});

describe("the search message extension", () => {
  it("returns the best answers as cited result cards, in the HTTP response", async () => {
    const res = await post(searchQuery(connector.url, "when do updates stop"));
    expect(res.status).toBe(200);
    const { composeExtension } = res.json();
    expect(composeExtension).toMatchObject({ type: "result", attachmentLayout: "list" });
    const answer = expected("when do updates stop");
    const quoted = answer.citations.filter((c) => c.role !== "related");
    const [first] = quoted;
    const [best] = composeExtension.attachments;
    expect(best.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(JSON.stringify(best.content)).toContain(inJson(`“${first.quote}”`));
    expect(JSON.stringify(best.content)).toContain(inJson(attribution(first)));
    expect(best.preview.content.title).toBe(escapeTeams(clip(answer.answer, 120)));
    expect(best.preview.content.text.startsWith(`“${first.quote.slice(0, 30)}`)).toBe(true);
    expect(best.preview.content.text.endsWith(`” — ${attribution(first)}`)).toBe(true);
    expect(composeExtension.attachments.length).toBe(quoted.length);
    expect(connector.activities()).toHaveLength(0);
  });

  it("suggests questions, each with its answer, before anything is typed", async () => {
    for (const activity of [searchQuery(connector.url, null), searchQuery(connector.url, "   ")]) {
      const { composeExtension } = (await post(activity)).json();
      const titles = composeExtension.attachments.map((a: any) => a.preview.content.title);
      expect(titles).toEqual(EXAMPLE_QUESTIONS);
      // Each previewed with the quote that answers it, and its source: an example the bot cannot answer would be a poor example.
      for (const [i, question] of EXAMPLE_QUESTIONS.entries()) {
        const best = expected(question).citations.find((c) => c.role !== "related");
        expect(best, question).toBeDefined();
        expect(composeExtension.attachments[i].preview.content.text.endsWith(`” — ${attribution(best!)}`), question).toBe(true);
      }
    }
  });

  it("says what it can answer when the search is off-topic", async () => {
    const answer = expected("what's a good pasta recipe");
    expect(answer.status).toBe("out_of_scope"); // the premise: not about the ban
    const { composeExtension } = (await post(searchQuery(connector.url, "what's a good pasta recipe"))).json();
    expect(composeExtension.attachments).toHaveLength(1);
    expect(composeExtension.attachments[0].preview.content.title).toBe(escapeTeams(clip(answer.answer, 120)));
    expect(JSON.stringify(composeExtension.attachments[0].content)).toContain(inJson(answer.answer));
  });
});

describe("feedback buttons", () => {
  it("records a 👍 on an answer in the shared feedback log, against its question, with what the user wrote", async () => {
    await post(personalMessage(connector.url, "When do updates stop?"));
    await connector.waitFor();
    // The fake connector numbers the messages it receives; the bot learns the id from its reply.
    const messageId = "bot-message-1";
    const res = await post(feedbackClick(connector.url, messageId, "like"));
    expect(res.status).toBe(200);
    const records = readFileSync(feedbackLog, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const answer = expected("When do updates stop?");
    const sourceIds = [...new Set(answer.citations.map((c) => c.sourceId))];
    expect(sourceIds.length).toBeGreaterThan(0);
    expect(records.at(-1)).toMatchObject({
      platform: "teams",
      user: USER.aadObjectId,
      vote: "up",
      question: "When do updates stop?",
      status: answer.status,
      sourceIds,
      messageId,
      comment: "Clear, with the source.",
    });
  });

  it("records a 👎 on a message it no longer remembers, and rejects a malformed one with 400", async () => {
    expect((await post(feedbackClick(connector.url, "unknown-message", "dislike"))).status).toBe(200);
    const last = JSON.parse(readFileSync(feedbackLog, "utf8").trim().split("\n").at(-1)!);
    expect(last).toMatchObject({ platform: "teams", vote: "down", question: "", status: "unknown" });
    expect((await post(feedbackClick(connector.url, "x", "like", { value: { actionName: "feedback", actionValue: { reaction: "meh" } } }))).status).toBe(400);
  });
});

describe("bad requests", () => {
  it("answers a body that is not declared JSON with 415: web pages cannot post JSON here without a preflight", async () => {
    const activity = personalMessage(connector.url, "When do updates stop?");
    expect((await post(JSON.stringify(activity), { "content-type": "text/plain" })).status).toBe(415);
    await settle();
    expect(connector.activities()).toHaveLength(0);
  });

  it("in Emulator mode replies only to a serviceUrl on this machine: no token vouches for it", async () => {
    const activity = personalMessage("https://attacker.example.com/", "When do updates stop?");
    const res = await post(activity);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/only to a serviceUrl on this machine/);
  });

  it("answers a malformed body with 400, and keeps serving", async () => {
    expect((await post("{not json")).status).toBe(400);
    expect((await post("[1,2]")).status).toBe(400);
    expect((await post({ type: "message", text: "no conversation" })).status).toBe(400);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("answers a body far larger than any activity with 413", async () => {
    const activity = personalMessage(connector.url, "x".repeat(300 * 1024));
    expect((await post(activity)).status).toBe(413);
    expect(connector.activities()).toHaveLength(0);
  });

  it("answers an invoke it was never offered with 400, and a malformed search with suggestions", async () => {
    const fetchTask = searchQuery(connector.url, "x", { name: "composeExtension/fetchTask" });
    expect((await post(fetchTask)).status).toBe(400);
    // A name or id that is not text (fuzzing found an object with its own toString answered 500).
    expect((await post(searchQuery(connector.url, "x", { name: { toString: {} } }))).status).toBe(400);
    expect((await post(searchQuery(connector.url, "x", { replyToId: { toString: {} } }))).status).toBe(400);
    expect((await post(personalMessage(connector.url, "when do updates stop?", { id: { toString: {} } }))).status).toBe(400);
    const malformed = await post(searchQuery(connector.url, "x", { value: { commandId: "searchQuery", parameters: "x" } }));
    expect(malformed.status).toBe(200);
    expect(malformed.json().composeExtension.attachments.length).toBe(EXAMPLE_QUESTIONS.length);
  });

  it("answers a GET with 405", async () => {
    expect((await fetch(`${server.url}/api/messages`)).status).toBe(405);
  });

  it("replies politely when the turn fails, and keeps serving", async () => {
    connector.failNext = 1; // the connector rejects the answer: sending it throws inside the turn
    expect((await post(personalMessage(connector.url, "When do updates stop?"))).status).toBe(200);
    const [failed, apology] = await connector.waitFor(2);
    expect(failed.body.text).toContain(escapeTeams(expected("When do updates stop?").answer));
    expect(apology.body.text).toMatch(/^Sorry, something went wrong/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe("when the feedback log cannot be written", () => {
  it("answers the click with 500 and keeps serving", async () => {
    // A directory where the log file should be: every append fails.
    const config = loadConfig({ PORT: "0", FEEDBACK_LOG: mkdtempSync(join(tmpdir(), "not-a-file-")) });
    const broken = await startServer({ config, index: seeds(), logger: createLogger("silent") });
    try {
      const res = await fetch(`${broken.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(feedbackClick(connector.url, "bot-message-1", "like")),
      });
      expect(res.status).toBe(500);
      expect((await fetch(`${broken.url}/healthz`)).status).toBe(200);
    } finally {
      await broken.close();
    }
  });
});
