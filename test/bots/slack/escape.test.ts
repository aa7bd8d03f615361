import { describe, expect, it } from "vitest";
import { escapeSlack, fitSection } from "../../../src/bots/slack/escape.js";

describe("fitSection: Slack's 3,000-character limit for a section", () => {
  it("leaves text within the limit alone", () => {
    expect(fitSection("a".repeat(3000))).toBe("a".repeat(3000));
  });

  it("cuts longer text to the limit, ending in an ellipsis", () => {
    const cut = fitSection("a".repeat(5000));
    expect(cut).toHaveLength(3000);
    expect(cut.endsWith("a…")).toBe(true);
  });

  it.each([1, 2, 3, 4])("never cuts through an escape (cut %i characters into '&amp;')", (into) => {
    const text = `${"a".repeat(2999 - into)}${escapeSlack("& then more")}`;
    const cut = fitSection(text);
    expect(cut.length).toBeLessThanOrEqual(3000);
    expect(cut).toMatch(/a…$/);
  });
});
