import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { startServer, type RunningServer } from "../../src/server.js";
import { FakeConnector } from "../bots/teams/fake-connector.js";
import { channelMention, feedbackClick, personalMessage, searchQuery } from "../bots/teams/teams-activities.js";
import { seeds } from "../helpers.js";

/**
 * Property-based fuzzing of POST /api/messages (Emulator mode: no token to check, so every case
 * reaches botbuilder and the bot): activities shaped like Teams' with any field swapped for junk,
 * and bodies that are not activities at all. The answer is a 2xx or 4xx, never a 5xx caused by
 * the input, and the server keeps serving.
 */
const connector = new FakeConnector();
let server: RunningServer;

beforeAll(async () => {
  await connector.start();
  const config = loadConfig({ PORT: "0", FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), "fuzz-teams-")), "journal.jsonl") });
  server = await startServer({ config, index: seeds(), logger: createLogger("silent") });
});

afterAll(async () => {
  await server.close();
  await connector.stop();
});

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    "<at>Kaspersky Answers</at> when do updates stop?",
    "<at>Someone</at> <b>hi</b> &amp; &lt;script&gt;",
    "\u0000\u0007",
    "😀🔥".repeat(100),
    "sources",
    "timeline",
    "help",
    "",
  ),
);
const junk = fc.oneof(fc.anything(), fc.string({ maxLength: 20 }), fc.constant(null));

/** A realistic activity, then up to three of its fields replaced by junk or removed. */
const activity = fc
  .tuple(
    fc.constantFrom("personal", "channel", "search", "feedback"),
    hostileText,
    fc.array(
      fc.tuple(
        fc.constantFrom(
          "type",
          "text",
          "from",
          "recipient",
          "conversation",
          "entities",
          "channelData",
          "value",
          "name",
          "replyToId",
          "id",
          "channelId",
          "attachments",
          "membersAdded",
        ),
        fc.option(junk, { nil: undefined }),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([kind, text, edits]) => {
    const a: Record<string, unknown> =
      kind === "personal"
        ? personalMessage(connector.url, text)
        : kind === "channel"
          ? channelMention(connector.url, text)
          : kind === "search"
            ? searchQuery(connector.url, text)
            : feedbackClick(connector.url, "bot-message-1", "like");
    for (const [field, value] of edits) {
      if (value === undefined) delete a[field];
      else a[field] = value;
    }
    return JSON.stringify(a);
  });
const body = fc.oneof({ weight: 4, arbitrary: activity }, { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 500 }), fc.json()) });

describe("fuzzing POST /api/messages", () => {
  it("never answers 5xx or drops the connection, whatever the activity holds", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const res = await fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: text });
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 1500 },
    );
    // The fuzzer reached the bot, not only the shape check.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(300);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
