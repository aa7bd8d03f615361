import { createHmac } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSlackBot, type SlackBot } from "../bots/slack/slack-bot.js";
import { SIGNING_SECRET } from "../bots/slack/slack-requests.js";

/**
 * Property-based fuzzing of what reaches the server from the internet: bodies shaped like
 * Slack's (and not), signed, mis-signed or unsigned, with any content type. Whatever arrives,
 * the answer is a 2xx or 4xx, never a 5xx or a dropped connection, and memory stays flat.
 */
let bot: SlackBot;

beforeAll(async () => {
  bot = await startSlackBot();
});

afterAll(() => bot.close());

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.constantFrom(
    "<!channel> when do updates stop?",
    "<@U123|bob> who was sanctioned",
    "\u0000\u0007\u001b[31m",
    "😀🔥".repeat(100),
    "when do updates stop? ".repeat(500),
    "",
    "help",
    "sources",
    "timeline",
  ),
);
const id = fc.oneof(fc.stringMatching(/^[UCBT][A-Z0-9]{4,10}$/), fc.string({ maxLength: 12 }));
const ts = fc.oneof(fc.stringMatching(/^\d{10}\.\d{6}$/), fc.string({ maxLength: 12 }));

const event = fc.record(
  {
    type: fc.oneof(fc.constantFrom("app_mention", "message", "reaction_added", "app_home_opened", "member_joined_channel"), fc.string({ maxLength: 20 })),
    subtype: fc.constantFrom("message_changed", "message_deleted", "bot_message", "channel_join"),
    text: hostileText,
    user: id,
    bot_id: id,
    channel: fc.oneof({ weight: 9, arbitrary: id }, { weight: 1, arbitrary: fc.anything() }),
    channel_type: fc.constantFrom("im", "channel", "group", "mpim"),
    ts,
    thread_ts: ts,
    item: fc.oneof({ weight: 3, arbitrary: fc.record({ type: fc.constant("message"), channel: id, ts }) }, { weight: 1, arbitrary: fc.anything() }),
  },
  { requiredKeys: ["type", "text", "user", "channel", "ts"] },
);
const envelope = fc.record(
  {
    type: fc.oneof(
      { weight: 5, arbitrary: fc.constant("event_callback") },
      { weight: 1, arbitrary: fc.constantFrom("url_verification", "app_rate_limited") },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    ),
    event: fc.oneof({ weight: 9, arbitrary: event }, { weight: 1, arbitrary: fc.anything() }),
    event_id: fc.oneof(fc.stringMatching(/^Ev[A-Z0-9]{8}$/), fc.string({ maxLength: 12 })),
    challenge: fc.string(),
    team_id: id,
  },
  { requiredKeys: ["type", "event", "event_id"] },
);
const command = fc.record(
  {
    command: fc.oneof(fc.constant("/kaspersky"), fc.string({ maxLength: 12 })),
    text: hostileText,
    user_id: id,
    channel_id: id,
    response_url: fc.constant("http://127.0.0.1:1/r"),
    ssl_check: fc.constantFrom("0", "1"),
  },
  { requiredKeys: ["command", "text", "user_id"] },
);
const interaction = fc.record(
  {
    type: fc.oneof(
      { weight: 5, arbitrary: fc.constant("block_actions") },
      { weight: 1, arbitrary: fc.constantFrom("view_submission", "shortcut", "message_action", "block_suggestion") },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    ),
    user: fc.oneof({ weight: 9, arbitrary: fc.record({ id }) }, { weight: 1, arbitrary: fc.anything() }),
    actions: fc.array(
      fc.record(
        {
          action_id: fc.oneof(fc.constantFrom("share_answer", "feedback_up", "feedback_down"), fc.string({ maxLength: 12 })),
          value: fc.oneof(hostileText, fc.json()),
          type: fc.constant("button"),
        },
        { requiredKeys: ["action_id"] },
      ),
      { maxLength: 3 },
    ),
    response_url: fc.constant("http://127.0.0.1:1/r"),
    callback_id: fc.string({ maxLength: 12 }),
  },
  { requiredKeys: ["type", "user", "actions"] },
);

const body = fc.oneof(
  envelope.map((e) => ({ body: JSON.stringify(e), type: "application/json" })),
  command.map((c) => ({ body: new URLSearchParams(c as Record<string, string>).toString(), type: "application/x-www-form-urlencoded" })),
  interaction.map((i) => ({ body: `payload=${encodeURIComponent(JSON.stringify(i))}`, type: "application/x-www-form-urlencoded" })),
  fc.record({
    body: fc.oneof(fc.string({ maxLength: 2000 }), fc.json()),
    type: fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data", ""),
  }),
);
const signing = fc.constantFrom("valid", "valid", "valid", "wrong", "stale", "missing", "garbage");

function headersFor(text: string, type: string, how: string): Record<string, string> {
  const timestamp = how === "stale" ? Math.floor(Date.now() / 1000) - 600 : Math.floor(Date.now() / 1000);
  const secret = how === "wrong" ? "not-the-secret" : SIGNING_SECRET;
  const headers: Record<string, string> = type ? { "content-type": type } : {};
  if (how === "missing") return headers;
  if (how === "garbage") return { ...headers, "x-slack-request-timestamp": "soon", "x-slack-signature": "v0=zz" };
  const signature = createHmac("sha256", secret).update(`v0:${timestamp}:${text}`).digest("hex");
  return { ...headers, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${signature}` };
}

function heapAfterGc(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

describe("fuzzing POST /slack/events", () => {
  it("never answers 5xx or drops the connection, whatever the body, content type and signature", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, signing, async ({ body: text, type }, how) => {
        const res = await fetch(`${bot.server.url}/slack/events`, { method: "POST", headers: headersFor(text, type, how), body: text });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 2000 },
    );
    // The fuzzer reached the bot, not only the shape and signature checks (about a quarter of
    // the cases get a 200 in a typical run).
    expect(statuses.get(200) ?? 0).toBeGreaterThan(300);
    expect(statuses.get(401) ?? 0).toBeGreaterThan(100);
  }, 120_000);

  it("keeps memory flat over thousands more requests", async () => {
    const run = () =>
      fc.assert(
        fc.asyncProperty(body, async ({ body: text, type }) => {
          const res = await fetch(`${bot.server.url}/slack/events`, { method: "POST", headers: headersFor(text, type, "valid"), body: text });
          await res.arrayBuffer();
        }),
        { numRuns: 1500 },
      );
    await run(); // warm: caches and the JIT fill up first
    const before = heapAfterGc();
    await run();
    await new Promise((r) => setTimeout(r, 500)); // replies still being posted
    const growthMB = (heapAfterGc() - before) / 1e6;
    expect(growthMB).toBeLessThan(25);
  }, 120_000);
});
