import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { seeds } from "../helpers.js";

describe("the news before the background", () => {
  it("answers 'has kaspersky been banned?' with the 2024 ban, not the 2017 one on federal agencies", () => {
    for (const question of ["has kaspersky been banned?", "is kaspersky being banned in the US?"]) {
      const answer = ask(seeds(), question);
      expect(answer.status, question).toBe("answered");
      expect(answer.answer, question).not.toMatch(/2017/);
    }
  });

  it("still answers with the background when the question asks about earlier times", () => {
    expect(ask(seeds(), "was kaspersky banned before?").answer).toMatch(/2017/);
    expect(ask(seeds(), "when were federal agencies barred from kaspersky?").answer).toMatch(/2017/);
  });
});

describe("earlier times asked in chat shorthand", () => {
  it("reads 'b4 this' as asking about earlier times", () => {
    expect(ask(seeds(), "did kaspersky get banned b4 this").answer).toMatch(/2017/);
  });
});
