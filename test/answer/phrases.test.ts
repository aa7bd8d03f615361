import { describe, expect, it } from "vitest";
import { asAnswerLine, sameItems, sameWords } from "../../src/answer/phrases.js";

describe("sameItems: two accounts of one list", () => {
  it("agrees when the items are the same, however they are titled", () => {
    expect(sameItems("the chief operating officer, chief legal officer", "legal officer and chief operating officer")).toBe(true);
  });

  it("disagrees when the lists share an item but differ", () => {
    expect(
      sameItems(
        "the chief operating officer, chief legal officer, chief of human resources, and chief business development and technology officers",
        "the chief business development officer, chief operating officer, legal officer, and corporate communications chief",
      ),
    ).toBe(false);
  });

  it("cannot compare lists with no item in common", () => {
    expect(sameItems("McAfee and Symantec", "Russia, the United States, and Israel")).toBeNull();
  });
});

describe("sameWords: two quotations of one statement", () => {
  const share = 0.6;
  it("agrees with a part of itself and with reported speech", () => {
    expect(sameWords("sad and difficult decision", "made this sad and difficult decision as business opportunities are no longer viable", share)).toBe(true);
    expect(sameWords("We will continue investing in strategic markets", "continue investing in strategic markets", share)).toBe(true);
  });

  it("disagrees when most words are shared but the wording differs", () => {
    expect(
      sameWords(
        "capacity and… intent to collect and weaponize the personal information of Americans",
        "Russia has shown time and again they have the capability and intent to exploit Russian companies, like Kaspersky Lab, to collect and weaponize sensitive U.S. information",
        share,
      ),
    ).toBe(false);
  });

  it("cannot compare different statements", () => {
    expect(sameWords("all legally available options", "purchase unavailable for U.S. customers", share)).toBeNull();
  });
});

describe("asAnswerLine: a phrase put as an answer line", () => {
  it.each([
    ["Raimondo said last month, “Russia has shown it.”", "Raimondo said last month, “Russia has shown it.”"],
    ['aimed at protecting data from "foreign adversaries."', 'Aimed at protecting data from "foreign adversaries."'],
    ["Kaspersky called it a ‘sad and difficult decision’", "Kaspersky called it a ‘sad and difficult decision’."],
  ])("keeps a pair of quotation marks it holds whole: %s", (phrase, line) => {
    expect(asAnswerLine(phrase)).toBe(line);
  });

  it.each([
    ["“purchase unavailable for U.S. customers.", "Purchase unavailable for U.S. customers."],
    ["sad and difficult decision’", "Sad and difficult decision."],
  ])("drops half a pair cut from its sentence: %s", (phrase, line) => {
    expect(asAnswerLine(phrase)).toBe(line);
  });

  it("keeps a pair at the start when the half pair is inside", () => {
    expect(asAnswerLine('"Kaspersky" said it would "fight the ban')).toBe('"Kaspersky" said it would "fight the ban.');
  });

  it.each([
    ["'Sad' for its users' sake", "'Sad' for its users' sake."],
    ["'90s software", "'90s software."],
    ["the companies' customers", "The companies' customers."],
  ])("does not take an apostrophe for a quotation mark: %s", (phrase, line) => {
    expect(asAnswerLine(phrase)).toBe(line);
  });
});
