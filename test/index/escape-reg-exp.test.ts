import { describe, expect, it } from "vitest";
import { escapeRegExp, phraseAlternatives } from "../../src/index/escape-reg-exp.js";

describe("phrases as a regular expression", () => {
  it("matches each phrase literally, whatever white space stands between its words", () => {
    const pattern = new RegExp(`^(?:${phraseAlternatives(["tl;dr", "in a nutshell", "u.s."])})$`, "i");
    expect(pattern.test("in  a\tnutshell")).toBe(true);
    expect(pattern.test("u.s.")).toBe(true);
    expect(pattern.test("uxsx")).toBe(false);
  });

  it("tries the longest phrase first, so that a phrase is taken before a shorter one it begins with", () => {
    const match = new RegExp(phraseAlternatives(["big", "big deal"]), "i").exec("what's the big deal");
    expect(match?.[0]).toBe("big deal");
  });

  it("escapes every metacharacter", () => {
    expect(new RegExp(escapeRegExp("$$ (a+b)?")).test("$$ (a+b)?")).toBe(true);
  });
});
