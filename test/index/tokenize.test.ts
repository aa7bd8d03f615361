import { describe, expect, it } from "vitest";
import { termsOf } from "../../src/index/tokenize.js";

describe("numbers as people type them", () => {
  it("reads '270k' as the number the articles print in full", () => {
    expect(termsOf("270k clients")).toEqual(termsOf("270000 clients"));
  });

  it("reads an ordinal day ('before the 29th') as the day the articles date ('September 29')", () => {
    expect(termsOf("before the 29th")).toEqual(["29"]);
    expect(termsOf("the 1st, 2nd and 3rd")).toEqual(["1", "2", "3"]);
  });
});
