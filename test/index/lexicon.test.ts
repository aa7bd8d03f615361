import { describe, expect, it } from "vitest";
import { LexiconError, parseLexicon } from "../../src/index/lexicon.js";
import { processTerm } from "../../src/index/tokenize.js";

describe("the lexicon (seeds/lexicon.json)", () => {
  it("folds the words of a synonym group to one index term", () => {
    expect(processTerm("patches")).toBe(processTerm("updates"));
    expect(processTerm("ofac")).toBe(processTerm("treasury"));
    // Kept apart on purpose: the articles count users and clients differently.
    expect(processTerm("users")).not.toBe(processTerm("clients"));
  });

  it.each([
    ["a word in two groups", { synonyms: [{ words: ["stop", "halt"] }, { words: ["pause", "halt"] }] }, /"halt" is in two groups \(stop, pause\)/],
    ["a word that is not one lower-case word", { synonyms: [{ words: ["stop"] }, { words: ["Halt now"] }] }, /group 1, word 0 .*one lower-case word/],
    ["an empty group", { synonyms: [{ words: [] }] }, /group 0/],
  ])("refuses %s, naming the entry", (_, raw, message) => {
    expect(() => parseLexicon(raw)).toThrow(LexiconError);
    expect(() => parseLexicon(raw)).toThrow(message);
  });
});
