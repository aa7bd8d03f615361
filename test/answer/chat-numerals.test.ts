import { describe, expect, it } from "vitest";
import { spellChatNumerals, spellDigitSyllables } from "../../src/answer/chat-numerals.js";
import { ask } from "../../src/answer/ask.js";
import { seeds } from "../helpers.js";

describe("chat's 2 and 4 for 'to' and 'for'", () => {
  it.each([
    ["is it illegal 2 use kaspersky now", "is it illegal to use kaspersky now"],
    ["did trump have anything 2 do with this ban", "did trump have anything to do with this ban"],
    ["asking 4 my dad", "asking for my dad"],
    ["is it ok 2 keep it, asking 4 the whole team", "is it ok to keep it, asking for the whole team"],
    // "For" before a modifier and a verb's -ing form.
    ["can i get fined 4 just running it", "can i get fined for just running it"],
    ["in trouble 4 still using it?", "in trouble for still using it?"],
  ])("spells them out before a verb, a determiner or a pronoun: %s", (typed, meant) => {
    expect(spellChatNumerals(typed)).toBe(meant);
  });

  it.each([
    "paid for 2 yrs",
    "we have 4 million users",
    "the 2 sources disagree",
    "updates stop in 2024",
    "2 questions: when and why",
    "is version 2 affected",
    // A count after a word that points or counts, and the US however written.
    "were 2 US agencies involved",
    "the first 2 us bans",
    "the 2 that were sanctioned",
    "4 people using it at home",
    "we have 4 existing kaspersky licenses",
    "we got 4 working laptops",
  ])("leaves a number a number: %s", (text) => {
    expect(spellChatNumerals(text)).toBe(text);
  });

  it("answers the question as meant", () => {
    expect(ask(seeds(), "is it legal 2 keep using kaspersky at home?").answer).toMatch(/penali[sz]e/);
  });
});

describe("chat's digits inside a word, read as the syllable they sound like", () => {
  it.each([
    ["did they lay off every1 in the us", "did they lay off everyone in the us"],
    ["any1 know if it works b4 the cutoff", "anyone know if it works before the cutoff"],
    ["is it still on sale 2day", "is it still on sale today"],
    ["gr8, ttyl8r", "great, ttyl8r"],
  ])("reads a common word, or one a letter short of one: %s", (typed, meant) => {
    expect(spellDigitSyllables(typed)).toBe(meant);
  });

  it.each(["4k users", "ipv4 and mp4", "the 2nd ban", "2fa on the console", "no1 said", "i2 and i4"])(
    "leaves counts, ordinals, names and short readings as written: %s",
    (typed) => {
      expect(spellDigitSyllables(typed)).toBe(typed);
    },
  );

  it("answers a chat question with one ('did every1 at kaspersky us get fired??')", () => {
    const answer = ask(seeds(), "did every1 at kaspersky us get fired??");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/positions|workforce|laid off|laying off/);
  });
});
