import { describe, expect, it } from "vitest";
import { rowSimilarity, vectorRow } from "../../src/index/word-vectors.js";

describe("word vectors (models/word-vectors.*)", () => {
  it("knows common English words and none of the unknown ones", () => {
    expect(vectorRow("penalty")).toBeGreaterThanOrEqual(0);
    expect(vectorRow("qwxzv")).toBe(-1);
    expect(rowSimilarity(vectorRow("qwxzv"), vectorRow("penalty"))).toBe(0);
  });

  it("scores a word as itself 1, and related words above unrelated ones", () => {
    const row = (w: string) => vectorRow(w);
    expect(rowSimilarity(row("fine"), row("fine"))).toBe(1);
    expect(rowSimilarity(row("penalty"), row("fine"))).toBeGreaterThan(rowSimilarity(row("penalty"), row("banana")));
    expect(rowSimilarity(row("spying"), row("espionage"))).toBeGreaterThan(rowSimilarity(row("spying"), row("weather")));
  });
});
