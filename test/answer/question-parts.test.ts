import { describe, expect, it } from "vitest";
import { ask, type Trace } from "../../src/answer/ask.js";
import { questionParts } from "../../src/answer/question-parts.js";
import { seeds } from "../helpers.js";

describe("questionParts", () => {
  it.each([
    ["Where is Kaspersky from, and how old is the company?", ["Where is Kaspersky from", "how old is the company?"]],
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
    // A later part that points back ("she", "it") names nothing of its own to ask about.
    "Who is Gina Raimondo and what did she say about Kaspersky?",
    "what executive orders are behind this? and when were they signed?",
    "What's the difference between when sales end and when do updates end?",
  ])("keeps a message that asks one thing whole: %s", (message) => {
    expect(questionParts(message)).toEqual([message]);
  });
});

describe("a message that asks two things", () => {
  it("gets both answers, each with its own quoted, dated citation", () => {
    const answer = ask(seeds(), "when does the sales ban start and when do updates stop?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/July 20, 2024.*September 29, 2024/s);
    const quotes = answer.citations.filter((c) => c.role === "answer").map((c) => c.quote);
    expect(quotes.some((q) => q.includes("30 days after the initial announcement"))).toBe(true);
    expect(quotes.some((q) => /September 29/.test(q))).toBe(true);
    for (const c of answer.citations) expect(seeds().source(c.sourceId).text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("answers each asker's advice in turn: home users, then businesses", () => {
    const answer = ask(seeds(), "what should home users do and what should businesses do?");
    expect(answer.answer).toMatch(/^Home users .* Businesses should replace Kaspersky/s);
  });

  it("puts each line after its question when one is a bare value, and quotes every part", () => {
    const answer = ask(seeds(), "Where does Kaspersky come from and how old is the company?");
    expect(answer.answer).toMatch(/^Where does Kaspersky come from\? Moscow\. How old is the company\? /);
    // A courtesy or an emoji before a part is not part of its question.
    expect(ask(seeds(), "Hey all, where is kaspersky from? 🤔 and how old is the company?").answer).toMatch(
      /^Where is kaspersky from\? Moscow\. How old is the company\? /,
    );
    const three = ask(seeds(), "what is kaspersky saying about all this? what should home users do? and how many employees are laid off?");
    expect(three.answer).toMatch(/less than 50/i);
    expect(three.citations.some((c) => /less than 50/.test(c.quote))).toBe(true);
  });

  it("is answered whole when a part names nothing the sources know ('How did we get here?')", () => {
    const trace: Trace = {};
    const answer = ask(seeds(), "How did we get here? Has the US been suspicious of Kaspersky for a long time?", { trace });
    expect(trace.parts).toBeUndefined();
    expect(trace.route).not.toBe("parts");
    expect(answer.status).toBe("answered");
  });
});
