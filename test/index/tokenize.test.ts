import { describe, expect, it } from "vitest";
import { termsOf } from "../../src/index/tokenize.js";

describe("numbers as people type them", () => {
  it("reads '270k' as the number the articles print in full", () => {
    expect(termsOf("270k clients")).toEqual(termsOf("270000 clients"));
  });
});
