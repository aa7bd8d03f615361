import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { asksWhatHappened, spanOf, tenseOf } from "../../src/answer/tense.js";
import { seeds } from "../helpers.js";

describe("the way a 'how long' question's span runs", () => {
  it.each([
    ["how long till kaspersky is totally gone from the us", "ahead"],
    ["how long until the wind-down is finished?", "ahead"],
    ["how long do we have before updates stop", "ahead"],
    ["how long will the exit take", "ahead"],
    ["how long has kaspersky been in the us", "behind"],
    ["how long did kaspersky operate in america", "behind"],
    ["how long is the wind-down", null],
    ["when do updates stop?", null],
  ])("%s → %s", (question, span) => {
    expect(spanOf(question)).toBe(span);
  });

  it("answers how long till an event with its date, as 'how long do we have before…' is", () => {
    const answer = ask(seeds(), "how long till updates stop");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/September 29/);
  });

  it("answers how long until Kaspersky is gone with how long the exit takes, not how long it was in the US", () => {
    const answer = ask(seeds(), "how long till kaspersky is totally gone from the us");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/more than a year/);
  });
});

describe("the tense a 'when' question asks in", () => {
  it.each([
    ["When will resellers no longer be allowed to resell Kaspersky?", "future"],
    ["when are they gonna stop selling it", "future"],
    ["when is kaspersky going to leave", "future"],
    ["when did Raimondo announce the ban?", "past"],
    ["when were the execs sanctioned", "past"],
    ["when do updates stop?", null],
  ])("%s → %s", (question, tense) => {
    expect(tenseOf(question)).toBe(tense);
  });

  it("answers 'when will…' with a date after the articles were written, not the announcement before them", () => {
    const answer = ask(seeds(), "When will resellers no longer be allowed to resell Kaspersky?");
    expect(answer.answer).toMatch(/September 29/);
  });

  it("cites the sentence that gives the day when the day is asked for, before one that says 'last month'", () => {
    for (const question of [
      "What exact date did the Commerce Dept first announce the ban?",
      "what was the exact date commerce first announced the kaspersky ban",
    ]) {
      const [first] = ask(seeds(), question).citations;
      expect(
        first.dates.some((d) => d.iso.length === 10),
        `${question} → ${first.quote}`,
      ).toBe(true);
    }
  });

  it("still answers 'when did…' with the date before them", () => {
    expect(ask(seeds(), "When did the Commerce Department announce the Kaspersky ban?").answer).toMatch(/June/);
  });
});

describe("asksWhatHappened", () => {
  it.each([
    "what happened in 2025?",
    "did kaspersky come back?",
    "has anyone been prosecuted yet?",
    "what has happened since?",
    "has the White House reversed the rule?",
  ])("reads a question about what has happened: %s", (q) => {
    expect(asksWhatHappened(q)).toBe(true);
  });

  it.each(["will updates stop?", "when do updates stop?", "is kaspersky banned?"])("reads a question about what is or will be: %s", (q) => {
    expect(asksWhatHappened(q)).toBe(false);
  });
});

describe("asksWhatHappened, what it does not read as the past", () => {
  it.each([
    "what happens to kaspersky in 2025?",
    "will kaspersky have left by 2025?",
    "do we have to have removed it?",
    "does it have offices open?",
    "what cover do small shops have against threats discovered in 2025?",
  ])("%s", (q) => {
    expect(asksWhatHappened(q)).toBe(false);
  });
});
