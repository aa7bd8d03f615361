import { describe, expect, it } from "vitest";
import { asksPersonName } from "../../src/answer/evidence.js";
import { extractNames } from "../../src/answer/names.js";
import { readQuestion } from "../../src/answer/question.js";
import { seeds } from "../helpers.js";

describe("extractNames: whose name is a person's", () => {
  it("reads two plain words as a person's name only when one is a name or no common word", () => {
    const names = extractNames("The decision follows the Final Determination announced by Gina Raimondo, which Joe Biden backed.");
    expect(names.map((n) => [n.text, n.person])).toEqual([
      ["Final Determination", false],
      ["Gina Raimondo", true],
      ["Joe Biden", true],
    ]);
  });
});

describe("asksPersonName: a role asked for, not a role that describes a thing", () => {
  it.each([
    ["Which official on the US side is behind this decision?", true],
    ["Which CNN reporter first broke the news of the exit?", true],
    ["Which CNN reporter broke the story first?", true],
    ["which executive order underpins the ban", false],
    ["What official Commerce Dept ruling did Kaspersky say triggered its decision?", false],
  ])("%s → %s", (question, person) => {
    expect(asksPersonName(readQuestion(question, seeds()))).toBe(person);
  });
});
