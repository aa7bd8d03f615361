import { describe, expect, it } from "vitest";
import { correctQuestionWords, editKind, questionWordFor } from "../../src/answer/typos.js";
import { readQuestion } from "../../src/answer/question.js";
import { seeds } from "../helpers.js";

describe("misspelt question words", () => {
  it("reads a question word typed without its vowels as meant", () => {
    expect(questionWordFor("whn")).toBe("when");
    expect(questionWordFor("whr")).toBe("where");
    expect(questionWordFor("wht")).toBe("what");
    expect(questionWordFor("mny")).toBe("many");
  });

  it("reads a question word one slip of the keyboard away as meant: a letter left out, swapped, changed or doubled", () => {
    expect(questionWordFor("hw")).toBe("how");
    expect(questionWordFor("lnog")).toBe("long");
    expect(questionWordFor("waht")).toBe("what");
    expect(questionWordFor("wehn")).toBe("when");
    expect(questionWordFor("whens")).toBe("when");
  });

  it("prefers a letter left out to one changed ('hav' is 'have', not 'has')", () => {
    expect(editKind("hav", "have")).toBeLessThan(editKind("hav", "has"));
    expect(questionWordFor("hav")).toBe("have");
  });

  it("makes no guess between two question words equally near ('hwo': 'how' or 'who'), nor for a short word that could be anything", () => {
    expect(questionWordFor("hwo")).toBeNull();
    expect(questionWordFor("ho")).toBeNull();
    expect(questionWordFor("te")).toBeNull();
  });

  it("leaves every real word alone, however near a question word it is", () => {
    const realWords = new Set(["dose", "wit", "hat"]);
    expect(correctQuestionWords("what dose of hat wit", (w) => realWords.has(w) || w === "what" || w === "of")).toBe("what dose of hat wit");
  });

  it("tells the kind of question from the words as meant", () => {
    const index = seeds();
    expect(readQuestion("whn does the ban start", index).intent).toBe("when");
    expect(readQuestion("how mnay users does kaspersky have", index).intent).toBe("how_many");
    expect(readQuestion("how lnog has kaspersky been in the us", index).intent).toBe("how_long");
    expect(readQuestion("wy was kaspersky banned", index).intent).toBe("why");
    // What is shown as asked stays as typed.
    expect(readQuestion("whn does the ban start", index).text).toBe("whn does the ban start");
  });
});
