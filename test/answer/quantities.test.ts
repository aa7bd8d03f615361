import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { extractQuantities, saysHowLong } from "../../src/answer/quantities.js";
import { seeds } from "../helpers.js";

describe("numbers in a sentence", () => {
  it("reads 'millions of endpoints' as a count known only by its order", () => {
    const [count] = extractQuantities("This leaves millions of endpoints vulnerable.");
    expect(count).toMatchObject({ text: "millions of endpoints", kind: "count", low: 2e6, high: 1e9, unit: ["endpoints"] });
  });

  it("does not read a number twice ('400 million people' is one count)", () => {
    expect(extractQuantities("used by over 400 million people").map((q) => q.text)).toEqual(["over 400 million people"]);
  });

  it("answers 'how many endpoints will be left exposed' with the articles' order of magnitude", () => {
    const answer = ask(seeds(), "how many endpoints are left exposed once updates end?");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0].quote).toMatch(/millions of endpoints/);
  });
});

describe("years are not counts", () => {
  it.each(["In 2017 the US government banned Kaspersky from federal agencies.", "before the 2017 ban", "founded in 1997"])(
    "reads a year as no count: %s",
    (text) => {
      expect(extractQuantities(text)).toEqual([]);
    },
  );

  it("still counts people with a number that could be a year: '2000 employees'", () => {
    expect(extractQuantities("2000 employees").map((q) => q.value)).toEqual([2000]);
  });
});

describe("how long something lasted", () => {
  it.each(["over nearly two decades", "follows years of escalating tension", "for decades", "a process of several months"])("'%s' says how long", (text) => {
    expect(saysHowLong(text)).toBe(true);
  });

  it.each(["in 2017", "more than 200 countries", "the yearly report"])("'%s' does not", (text) => {
    expect(saysHowLong(text)).toBe(false);
  });

  it("answers 'how long has it been building' with a span put without a number", () => {
    const answer = ask(seeds(), "For how long has tension been building between Kaspersky and Washington?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/years/);
  });

  it("does not answer 'how long' with a sentence that says no span of time", () => {
    const answer = ask(seeds(), "How long had Kaspersky been operating in the US before deciding to leave?");
    // The passage that shares most of its words is Kaspersky's plan to fight the ban, which says nothing of how long.
    expect(answer.status === "answered" && /legally available options/.test(answer.citations[0].quote)).toBe(false);
  });
});

describe("how a number is qualified", () => {
  it.each([
    ["less than 20 years", "less than"],
    ["nearly two decades", "nearly"],
    ["400 million users", ""],
  ])("keeps the qualifier of %s", (text, qualifier) => {
    expect(extractQuantities(text)[0].qualifier).toBe(qualifier);
  });
});
