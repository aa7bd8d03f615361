import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ask } from "../../../src/answer/ask.js";
import { escapeSlack } from "../../../src/bots/slack/escape.js";
import { seeds } from "../../helpers.js";
import { startSlackBot, type SlackBot } from "./slack-bot.js";
import { appMention, eventCallback, SIGNING_SECRET, slashCommand } from "./slack-requests.js";

let bot: SlackBot;
let server: SlackBot["server"];
let slack: SlackBot["slack"];

beforeAll(async () => {
  bot = await startSlackBot({ RATE_LIMIT_PER_MINUTE: "0" }); // every row asks again afterwards
  ({ server, slack } = bot);
});

afterAll(() => bot.close());

beforeEach(() => {
  slack.calls.length = 0;
});

/** Signed as Slack signs: over the exact bytes sent. */
function signed(body: Uint8Array | string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac("sha256", SIGNING_SECRET).update(`v0:${timestamp}:`).update(body).digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${signature}` };
}

const JSON_TYPE = "application/json";
const FORM = "application/x-www-form-urlencoded";
const form = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;

// [what arrives, body, content type, status the server answers]
const table: [string, Uint8Array<ArrayBuffer> | string, string, number][] = [
  ["an empty JSON body", "", JSON_TYPE, 400],
  ["an empty form", "", FORM, 400],
  ["2 MB of JSON", JSON.stringify({ type: "event_callback", padding: "a".repeat(2_000_000) }), JSON_TYPE, 413],
  ["a form body sent as text/plain", slashCommand("When do updates stop?"), "text/plain", 400],
  ["JSON sent as a form", JSON.stringify(eventCallback(appMention("hi"))), FORM, 400],
  ["invalid JSON", "{nope", JSON_TYPE, 400],
  ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), JSON_TYPE, 400],
  ["JSON null", "null", JSON_TYPE, 400],
  ["a JSON array", "[1,2]", JSON_TYPE, 400],
  ["a JSON string", '"event_callback"', JSON_TYPE, 400],
  ["an event envelope without its event", JSON.stringify({ type: "event_callback", event_id: "Ev1" }), JSON_TYPE, 400],
  ["an event that is a string", JSON.stringify({ type: "event_callback", event: "app_mention" }), JSON_TYPE, 400],
  ["an unknown payload type", JSON.stringify({ type: "nonsense" }), JSON_TYPE, 400],
  ["an interaction payload that is not JSON", "payload=%7Bnope", FORM, 400],
  ["block_actions without actions", form({ type: "block_actions", user: { id: "U1" } }), FORM, 400],
  [
    "an event type the bot does not listen to",
    JSON.stringify(
      eventCallback({ type: "reaction_added", user: "U1", reaction: "tada", item: { type: "message", channel: "C1", ts: "1.2" }, event_ts: "1.3" }),
    ),
    JSON_TYPE,
    200,
  ],
  [
    "a click on a button from an older version",
    form({
      type: "block_actions",
      user: { id: "U1" },
      actions: [{ action_id: "retired_button", type: "button", value: "x" }],
      response_url: "http://127.0.0.1:1/r",
    }),
    FORM,
    200,
  ],
  ["a view submission (this app opens no views)", form({ type: "view_submission", user: { id: "U1" } }), FORM, 400],
  ["another command pointed at this app", slashCommand("hello", { command: "/other" }), FORM, 200],
  ["a /kaspersky command without text", "command=%2Fkaspersky&user_id=U1&channel_id=C1&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fr", FORM, 200],
];

describe("POST /slack/events: bad input gets a clear 4xx at once, or a polite answer; the server keeps serving", () => {
  it.each(table.map(([name, body, contentType, status]) => ({ name, body, contentType, status })))("$name → $status", async ({ body, contentType, status }) => {
    const res = await fetch(`${server.url}/slack/events`, { method: "POST", headers: { "content-type": contentType, ...signed(body) }, body });
    expect(res.status, await res.text()).toBe(status);
    const after = await fetch(`${server.url}/slack/events`, {
      method: "POST",
      headers: { "content-type": FORM, ...signed(slashCommand("When do updates stop?")) },
      body: slashCommand("When do updates stop?"),
    });
    expect((await after.json()).text).toContain(escapeSlack(ask(seeds(), "When do updates stop?").answer)); // the engine's answer, as before the bad request
  });

  it("answers a 1 MB mention once, politely, without echoing it back", async () => {
    const body = JSON.stringify(eventCallback(appMention(`when do updates stop? ${"lorem ipsum ".repeat(85_000)}`)));
    expect(body.length).toBeGreaterThan(1_000_000);
    const res = await fetch(`${server.url}/slack/events`, { method: "POST", headers: { "content-type": JSON_TYPE, ...signed(body) }, body });
    expect(res.status).toBe(200);
    const [reply] = await slack.waitFor(() => slack.posts());
    expect(JSON.stringify(reply.body).length).toBeLessThan(20_000);
  });

  it("answers a replayed request (same body, same signature) once: the event is de-duplicated", async () => {
    const body = JSON.stringify(eventCallback(appMention("When do updates stop?")));
    const headers = { "content-type": JSON_TYPE, ...signed(body) };
    const statuses = await Promise.all([0, 1, 2].map(() => fetch(`${server.url}/slack/events`, { method: "POST", headers, body }).then((r) => r.status)));
    expect(statuses).toEqual([200, 200, 200]);
    await slack.waitFor(() => slack.posts());
    await new Promise((r) => setTimeout(r, 300));
    expect(slack.posts()).toHaveLength(1);
  });

  it("refuses a replay after Slack's five minutes with 401", async () => {
    const body = slashCommand("When do updates stop?");
    const res = await fetch(`${server.url}/slack/events`, {
      method: "POST",
      headers: { "content-type": FORM, ...signed(body, Math.floor(Date.now() / 1000) - 301) },
      body,
    });
    expect(res.status).toBe(401);
  });
});
