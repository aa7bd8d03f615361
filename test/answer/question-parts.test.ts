import { describe, expect, it } from "vitest";
import { ask, type Trace } from "../../src/answer/ask.js";
import { questionParts } from "../../src/answer/question-parts.js";
import { seeds } from "../helpers.js";

describe("questionParts", () => {
  it.each([
    ["Where is Kaspersky from, and how long has it existed?", ["Where is Kaspersky from", "how long has it existed?"]],
    ["r existing customers screwed? and whats the best thing to do", ["r existing customers screwed?", "whats the best thing to do"]],
    [
      "hi all! when does kaspersky stop getting updates and can i still renew my sub?",
      ["hi all! when does kaspersky stop getting updates", "can i still renew my sub?"],
    ],
  ])("splits a message that asks two things: %s", (message, parts) => {
    expect(questionParts(message)).toEqual(parts);
  });

  it("reads the time between two events as when each one is", () => {
    expect(questionParts("For migration planning, how much time is there between the wind-down start and the update cutoff?")).toEqual([
      "when is the wind-down start?",
      "when is the update cutoff?",
    ]);
    const answer = ask(seeds(), "how much time is there between the wind-down start and the update cutoff?");
    expect(answer.answer).toMatch(/July 20, 2024.*September 29, 2024/s);
  });

  it.each([
    "What's the difference between the 2017 ban and what happened in 2024?",
    "Where and when was Kaspersky founded?",
    "thanks! when do updates stop?",
    "Is this ban really about the product, or about politics?",
  ])("keeps a message that asks one thing whole: %s", (message) => {
    expect(questionParts(message)).toEqual([message]);
  });
});

describe("a message that asks two things", () => {
  it("gets both answers, each with its own quoted, dated citation", () => {
    const answer = ask(seeds(), "anyone know when the new sales block kicked in? also is it the same date as the update cutoff");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/July 20, 2024.*September 29, 2024/s);
    const quotes = answer.citations.filter((c) => c.role === "answer").map((c) => c.quote);
    expect(quotes.some((q) => q.includes("30 days after the initial announcement"))).toBe(true);
    expect(quotes.some((q) => /September 29/.test(q))).toBe(true);
    for (const c of answer.citations) expect(seeds().source(c.sourceId).text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("reads a later part in the light of the one before ('it')", () => {
    const answer = ask(seeds(), "Who made the decision to ban Kaspersky, and when was it first made public?");
    expect(answer.answer).toMatch(/Department of Commerce/);
    expect(answer.answer).toMatch(/June 20, 2024/);
  });

  it("is answered whole when a part names nothing the sources know ('How did we get here?')", () => {
    const trace: Trace = {};
    const answer = ask(seeds(), "How did we get here? Has the US been suspicious of Kaspersky for a long time?", { trace });
    expect(trace.parts).toBeUndefined();
    expect(trace.route).not.toBe("parts");
    expect(answer.status).toBe("answered");
  });
});
