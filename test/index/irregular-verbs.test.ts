import { describe, expect, it } from "vitest";
import { irregularVerbBase } from "../../src/index/irregular-verbs.js";

describe("irregularVerbBase: what the stemmer cannot relate", () => {
  it.each([
    ["proven", "prove"],
    ["sold", "sell"],
    ["laid", "lay"],
    ["bought", "buy"],
  ])("gives the base of an irregular form: %s → %s", (form, base) => {
    expect(irregularVerbBase(form)).toBe(base);
  });

  it.each(["prove", "update", "kaspersky"])("gives nothing for a base form or any other word: %s", (word) => {
    expect(irregularVerbBase(word)).toBeNull();
  });
});
