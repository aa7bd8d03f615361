import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/answer/answer-schema.js";
import { ask } from "../../src/answer/ask.js";
import { seeds } from "../helpers.js";

const words = [
  "kaspersky",
  "ban",
  "updates",
  "when",
  "who",
  "how",
  "many",
  "US",
  "U.S.",
  "stop",
  "<!channel>",
  "<@U1>",
  "🛑",
  "sanctions",
  "2024",
  "?",
  "clients",
  "\u0000",
  "’s",
];

describe("ask: properties over any input", () => {
  it("returns a schema-valid Answer whose quotes are verbatim slices of their files", () => {
    const index = seeds();
    const question = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(" ")),
    );
    fc.assert(
      fc.property(question, (q) => {
        const answer = ask(index, q);
        expect(AnswerSchema.safeParse(answer).success).toBe(true);
        for (const c of answer.citations) {
          expect(index.source(c.sourceId).text.slice(c.start, c.end)).toBe(c.quote);
          expect(c.published).not.toBeNull();
        }
      }),
      { numRuns: 1500 },
    );
  });
});
