import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
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

  it("leaves every real word alone, however near a question word it is, and acronyms and markup too", () => {
    const index = seeds();
    expect(readQuestion("is a dose of kaspersky a problem", index).terms.map((t) => t.word)).toContain("dose");
    // However rare: "hrs", "docs", "dis" are in the word vectors' vocabulary among chat's slips ("wil"), and as far down it;
    // only a question word with a letter left out, chat's commonest slip, is read as the question word there.
    expect(readQuestion("wil kaspersky keep getting updates", index).intent).toBe("yes_no");
    expect(readQuestion("wat is the last day for updates", index).intent).toBe("when");
    expect(readQuestion("how many hrs until the ban?", index).asked).toContain("hrs");
    expect(readQuestion("for our docs, when do updates stop?", index).asked).not.toContain("does");
    // "WAF" is one slip from "was", but in capitals it is an acronym: a name the articles never print.
    expect(readQuestion("does the ban affect our WAF", index).unknownEntities).toEqual(["WAF"]);
    expect(correctQuestionWords("<@UWHN> whn", () => false)).toBe("<@UWHN> when");
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

describe("questions typed in a hurry", () => {
  it("reads swapped letters as the word meant: 'wen do kasprsky updaets stop' is about updates", () => {
    expect(ask(seeds(), "wen do kasprsky updaets stop").answer).toMatch(/September 29/);
  });

  it("reads a letter typed twice in a short word as the word meant: 'why did the us bann kaspersky' asks why it was banned", () => {
    expect(ask(seeds(), "why did the us bann kaspersky").status).toBe("answered");
    const terms = (question: string) => readQuestion(question, seeds()).terms.map((t) => t.term);
    expect(terms("why the bann")).toEqual(terms("why the ban"));
    // An English word is no typo ("rolling" is not "role"), and a word less a letter is not corrected further ("scanning" is not "scaling").
    expect(terms("is my license rolling over")).not.toContain(terms("role")[0]);
    expect(terms("scanning engines")).not.toEqual(terms("scaling engines"));
  });

  it("does not search for a misspelt function word as if the sources lacked it", () => {
    const words = readQuestion("wat hapens to teh licence", seeds()).terms.map((t) => t.word);
    expect(words).not.toContain("hapens");
  });

  it("reads 'still' as going on with something: 'can i still use kaspersky' is about continuing to use it", () => {
    expect(ask(seeds(), "can i still use kaspersky").answer).toMatch(/penali[sz]e|continue/i);
  });

  it("spells out chat shorthand before reading the question: 'abt' is 'about', not a thing the sources lack", () => {
    const question = readQuestion("kasperky statment said what abt leaving??", seeds());
    expect(question.unknownEntities).toEqual([]);
    expect(ask(seeds(), "kasperky statment said what abt leaving??").answer).toMatch(/sad and difficult/);
  });
});
