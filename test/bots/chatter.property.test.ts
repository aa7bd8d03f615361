import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerCache } from "../../src/answer/answer-cache.js";
import { Asker } from "../../src/bots/asker.js";
import { createLogger } from "../../src/log.js";
import { LocalStore } from "../../src/store/local-store.js";
import { seeds } from "../helpers.js";

function asker() {
  const store = new LocalStore(join(mkdtempSync(join(tmpdir(), "chatter-")), "journal.jsonl"));
  const index = seeds();
  // No fair-use limit: every message here is one the bot must judge, not count.
  return new Asker({ index, answers: new AnswerCache(index), store, logger: createLogger("silent") }, { questionsPerMinute: 0 });
}

const word = fc.oneof(
  fc.constantFrom("kaspersky", "updates", "ban", "weather", "resales", "it", "that", "the", "staff", "lunch", "there", "us", "pizza", "deadline"),
  fc.stringMatching(/^[a-z]{1,10}$/),
);
const words = fc.array(word, { minLength: 0, maxLength: 8 }).map((w) => w.join(" "));
const questionStart = fc.constantFrom(
  "what",
  "when",
  "who",
  "why",
  "how",
  "where",
  "which",
  "is",
  "are",
  "does",
  "did",
  "can",
  "will",
  "should",
  "and what about",
  "what about",
  "and why",
);

/** Put as a question: a question word first, or a question mark anywhere, or both. */
const questionShaped = fc.oneof(
  fc.tuple(questionStart, words, fc.constantFrom("", "?", " ?", "??")).map(([start, rest, mark]) => `${start} ${rest}${mark}`.trim()),
  fc.tuple(words, fc.constantFrom("?", " ?", "?!")).map(([rest, mark]) => `${rest}${mark}`),
);

/** Acknowledgements, as people write them in a thread. */
const acknowledgement = fc
  .tuple(
    fc.constantFrom(
      "thanks",
      "thank you",
      "thx",
      "ty",
      "ok",
      "okay",
      "k",
      "got it",
      "cool",
      "nice",
      "great",
      "perfect",
      "awesome",
      "lol",
      "np",
      "cheers",
      "makes sense",
      "👍",
      "🙏",
      "✅",
      "🎉",
      "",
    ),
    fc.constantFrom("", "!", "!!", ".", " 👍", " 🙏", " :)", "!! 🎉"),
  )
  .map(([ack, tail]) => `${ack}${tail}`);

describe("in a thread the bot answered in", () => {
  it("answers every message put as a question", async () => {
    const bot = asker();
    await fc.assert(
      fc.asyncProperty(questionShaped, async (text) => {
        expect(await bot.replyToFollowUp("slack", "U1", text, "C1:1")).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("stays out of acknowledgements", async () => {
    const bot = asker();
    await fc.assert(
      fc.asyncProperty(acknowledgement, async (text) => {
        expect(await bot.replyToFollowUp("slack", "U1", text, "C1:1")).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
