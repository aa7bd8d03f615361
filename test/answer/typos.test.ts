import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { readQuestion } from "../../src/answer/question.js";
import { seeds } from "../helpers.js";

describe("questions typed in a hurry", () => {
  it("reads swapped letters as the word meant: 'wen do kasprsky updaets stop' is about updates", () => {
    expect(ask(seeds(), "wen do kasprsky updaets stop").answer).toMatch(/September 29/);
  });

  it("does not search for a misspelt function word as if the sources lacked it", () => {
    const words = readQuestion("wat hapens to teh licence", seeds()).terms.map((t) => t.word);
    expect(words).not.toContain("hapens");
  });

  it("reads 'still' as going on with something: 'can i still use kaspersky' is about continuing to use it", () => {
    expect(ask(seeds(), "can i still use kaspersky").answer).toMatch(/penali[sz]e|continue/i);
  });
});
