import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlackBot, type SlackBot } from "../bots/slack/slack-bot.js";
import { blockActions, eventCallback, appMention, signedHeaders, slashCommand } from "../bots/slack/slack-requests.js";

/**
 * Correctly signed bodies of every shape: what a leaked signing secret, or Slack itself on a bad
 * day, could send. Bolt picks a payload's kind by which fields it has (`event` first, then
 * `command`, `name`, `actions`…), so the bodies mix the fields of every kind into one another
 * and into realistic payloads. Whatever arrives, the answer is under 500.
 */
let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot();
});

afterAll(() => bot.close());

/** Every field Bolt or this app reads, of any payload kind. */
const FIELDS = [
  "type",
  "event",
  "command",
  "text",
  "user_id",
  "channel_id",
  "team_id",
  "enterprise_id",
  "authorizations",
  "is_enterprise_install",
  "actions",
  "user",
  "team",
  "enterprise",
  "channel",
  "container",
  "name",
  "ssl_check",
  "challenge",
  "event_id",
  "trigger_id",
  "api_app_id",
  "response_url",
  "view",
  "callback_id",
  "token",
  "message",
  "state",
  "submission",
  "value",
  "block_id",
  "payload",
] as const;

const realistic = fc.constantFrom<unknown>(
  "event_callback",
  "block_actions",
  "url_verification",
  "dialog_submission",
  "block_suggestion",
  "shortcut",
  "message_action",
  "view_submission",
  "/kaspersky",
  "T1",
  "U1",
  "C1",
  "toString",
  "__proto__",
  "constructor",
  "1",
  "0",
  "",
  "http://127.0.0.1:1/r",
  { type: "app_mention", user: "U1", text: "<@UBOT> when do updates stop?", ts: "1721052000.000001", channel: "C1" },
  { id: "U1" },
  { id: "toString" },
  { id: null },
  [{ action_id: "share_answer", value: "When do updates stop?" }],
  [],
  [{}],
  [null],
  null,
  true,
  42,
);
const value = fc.oneof(
  { weight: 2, arbitrary: realistic },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const fields = fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 8 });

/** Realistic payloads, each with fields of other kinds mixed in (or overwritten). */
const base = fc.constantFrom<Record<string, unknown>>(
  eventCallback(appMention("When do updates stop?")),
  Object.fromEntries(new URLSearchParams(slashCommand("When do updates stop?"))),
  JSON.parse(new URLSearchParams(blockActions({ action_id: "share_answer", value: "When do updates stop?" }, "http://127.0.0.1:1/r")).get("payload")!),
  {},
);
const object = fc.tuple(base, fields).map(([b, extra]) => ({ ...b, ...extra }));

const asText = (v: unknown) => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
const body = fc.oneof(
  object.map((o) => ({ text: JSON.stringify(o), type: "application/json" })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ text: JSON.stringify(v), type: "application/json" })),
  // Form fields are strings: a slash command with a stray `event=…` is such a body.
  object.map((o) => ({ text: new URLSearchParams(Object.entries(o).map(([k, v]) => [k, asText(v)])).toString(), type: "application/x-www-form-urlencoded" })),
  object.map((o) => ({ text: new URLSearchParams({ payload: JSON.stringify(o) }).toString(), type: "application/x-www-form-urlencoded" })),
);

async function send(text: string, type: string): Promise<number> {
  const res = await fetch(`${bot.server.url}/slack/events`, { method: "POST", headers: { "content-type": type, ...signedHeaders(text) }, body: text });
  await res.arrayBuffer();
  return res.status;
}

describe("signed bodies of any shape", () => {
  it("refuses a slash command with a stray `event` field with 4xx (Bolt takes it for an event and crashes)", async () => {
    const status = await send(`${slashCommand("When do updates stop?")}&event=x`, "application/x-www-form-urlencoded");
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it("answers any signed form or JSON body with a status under 500", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async ({ text, type }) => {
        const status = await send(text, type);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 800) }, // FUZZ_RUNS=5000 for a longer hunt
    );
    // Some reach the bot itself, not only the guard.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
  }, 120_000);
});
