import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { coreQuestion } from "../../src/answer/core-question.js";
import { seeds } from "../helpers.js";

describe("a claim put to the bot to check", () => {
  it("is what a tag after the asker's hearsay asks ('my cousin reckons…, is that true?'), not the tag alone", () => {
    expect(coreQuestion("My cousin reckons that Kaspersky will be patched for years to come, is that true?")).toBe(
      "is it true that Kaspersky will be patched for years to come?",
    );
    const answer = ask(seeds(), "My cousin reckons that Kaspersky will be patched for years to come, is that true?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/September 29/);
  });

  it("is the sentence before a tag of its own ('Is that correct?')", () => {
    expect(coreQuestion("Someone on our team heard that home users get fined for keeping it. Is that correct?")).toBe(
      "is it true that home users get fined for keeping it?",
    );
  });

  it("follows an opening such as 'true or false', whether a colon or a dash sets it apart", () => {
    for (const question of [
      "true or false: officials will penalize people who keep kaspersky",
      "true or false - officials will penalize people who keep kaspersky",
    ]) {
      expect(coreQuestion(question), question).toBe("is it true that officials will penalize people who keep kaspersky?");
      expect(ask(seeds(), question).answer, question).toMatch(/won't penalize/);
    }
  });

  it("is hearsay only: a tag after the asker's own statement, or a word of saying used as a noun, puts no claim", () => {
    expect(coreQuestion("We run it on 300 laptops. Right? What now?")).toBe("Right? What now?");
    expect(coreQuestion("my warranty claim got rejected over the ban, is that right?")).toBe("is that right?");
  });

  it("keeps a second word of saying inside the claim ('…says users who read the news…')", () => {
    expect(coreQuestion("my neighbour says people who read the reports will switch, right?")).toBe("is it true that people who read the reports will switch?");
  });

  it("leaves a side's own words as its words, and a claim the asker puts in their own words as the yes/no question it is", () => {
    expect(coreQuestion("Kaspersky said it would appeal, is that true?")).toBe("Kaspersky said it would appeal, is that true?");
    expect(coreQuestion("the ban dates are june 20 and sept 29, right?")).toBe("the ban dates are june 20 and sept 29, right?");
  });
});
