import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/index/sentences.js";

const split = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe("splitSentences", () => {
  it.each([
    ["an abbreviation before a name", "The U.S. Commerce Secretary spoke. Kaspersky left.", ["The U.S. Commerce Secretary spoke.", "Kaspersky left."]],
    ["a time of day", "It was updated at 4:15 p.m. on Monday. Then it ended.", ["It was updated at 4:15 p.m. on Monday.", "Then it ended."]],
    ["an abbreviation that ends a sentence", "They left the U.S. The next day was quiet.", ["They left the U.S.", "The next day was quiet."]],
    ["a quotation with a full stop inside", "He said “Stop. Now.” Then he left.", ["He said “Stop. Now.”", "Then he left."]],
    ["an ellipsis mid-sentence", "Russia’s “capacity and… intent to collect.” Done.", ["Russia’s “capacity and… intent to collect.”", "Done."]],
    ["a question and an exclamation", "Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]],
  ])("keeps %s together", (_, text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it("returns offsets without surrounding white space", () => {
    const text = "  One sentence.   Two sentences.  ";
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 15 },
      { start: 18, end: 32 },
    ]);
  });
});
