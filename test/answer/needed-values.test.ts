import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { holdsNeededValues, neededValues } from "../../src/answer/needed-values.js";
import { readQuestion } from "../../src/answer/question.js";
import { seeds } from "../helpers.js";

describe("a time of day", () => {
  it.each(["At what exact time and time zone on the cutoff day do updates stop?", "What time of day did the ban take effect on September 29?"])(
    "is what the question needs, which no article gives: %s",
    (question) => {
      expect(neededValues(readQuestion(question, seeds()))).toContain("clock");
      expect(ask(seeds(), question).status).toBe("not_found");
    },
  );

  it("is held by a sentence that writes one, not by a date", () => {
    expect(holdsNeededValues(["clock"], ["The rule takes effect at 11:59 p.m. ET on September 29."])).toBe(true);
    expect(holdsNeededValues(["clock"], ["The restrictions take effect on September 29, 2024."])).toBe(false);
  });

  it("is not asked for by a time frame, which the deadline answers", () => {
    expect(neededValues(readQuestion("what time frame do we have before updates stop?", seeds()))).not.toContain("clock");
  });
});

describe("an amount of money", () => {
  it.each(["how much was the company fined?", "how big were the fines kaspersky paid"])(
    "is asked for by any form of a word the lexicon lists ('fined', 'fines'), and no article gives one: %s",
    (question) => {
      expect(neededValues(readQuestion(question, seeds()))).toContain("money");
      expect(ask(seeds(), question).status).toBe("not_found");
    },
  );

  it.each(["how much did washington spend enforcing this?", "how much are the laid-off staff paid"])(
    "is asked for by a verb of paying or spending, which a share or a headcount does not answer: %s",
    (question) => {
      expect(neededValues(readQuestion(question, seeds()))).toContain("money");
      expect(ask(seeds(), question).status).toBe("not_found");
    },
  );

  it("is not what a share of the revenue asks for, nor what the company earned ('how much did it earn in the US')", () => {
    expect(ask(seeds(), "how much of its revenue did kaspersky earn in the us").answer).toMatch(/10%/);
    expect(ask(seeds(), "how much did kaspersky earn from its us customers?").answer).toMatch(/10%/);
  });
});
