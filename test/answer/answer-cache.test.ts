import { describe, expect, it } from "vitest";
import { AnswerCache } from "../../src/answer/answer-cache.js";
import { ask } from "../../src/answer/ask.js";
import { seeds } from "../helpers.js";

describe("AnswerCache", () => {
  it("answers exactly as ask() does, for a first question and a repeat with other spacing", () => {
    const cache = new AnswerCache(seeds());
    expect(cache.ask("When do updates stop?")).toEqual(ask(seeds(), "When do updates stop?"));
    expect(cache.ask("  When do updates   stop?  ")).toEqual(ask(seeds(), "When do updates stop?"));
  });

  it("keeps questions that differ in case apart, since a capitalised word is read as a name", () => {
    const cache = new AnswerCache(seeds());
    for (const q of ["does kaspersky compete with crowdstrike?", "Does Kaspersky compete with CrowdStrike?"]) {
      expect(cache.ask(q)).toEqual(ask(seeds(), q));
    }
  });

  it("keeps at most its capacity, dropping the least recently asked question", () => {
    const cache = new AnswerCache(seeds(), 2);
    const first = cache.ask("When was Kaspersky founded?");
    cache.ask("Who announced the ban?");
    expect(cache.ask("When was Kaspersky founded?")).toBe(first); // still cached, now most recent
    cache.ask("When do updates stop?"); // evicts "Who announced the ban?"
    expect(cache.ask("When was Kaspersky founded?")).toBe(first);
  });
});
