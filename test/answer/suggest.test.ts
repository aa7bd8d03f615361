import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { suggestedQuestion, suggestQuestions } from "../../src/answer/suggest.js";
import { seeds } from "../helpers.js";

describe("suggested next questions", () => {
  it("offers only questions the articles answer: each fact's suggested question is answered from that fact's sentences", () => {
    const index = seeds();
    const offered = index.bank.facts.filter((f) => !f.broad);
    expect(offered.length).toBeGreaterThan(0);
    for (const fact of offered) {
      const answer = ask(index, suggestedQuestion(fact));
      expect(["answered", "conflict"], `${fact.id}: ${suggestedQuestion(fact)}`).toContain(answer.status);
      const fromFact = answer.citations.some((c) => fact.sentences.some((s) => s.source === c.sourceId && s.start < c.end && c.start < s.end));
      expect(fromFact, `${fact.id}: ${suggestedQuestion(fact)} → ${answer.answer}`).toBe(true);
    }
  });

  it("offers two or three other questions after an answer, none of them the one just asked or its answer", () => {
    const index = seeds();
    for (const question of ["When do updates stop?", "How many corporate clients does Kaspersky have?", "Why was Kaspersky banned?"]) {
      const answer = ask(index, question);
      expect(answer.suggestions?.length, question).toBeGreaterThanOrEqual(2);
      expect(answer.suggestions!.length).toBeLessThanOrEqual(3);
      for (const next of answer.suggestions!) {
        expect(next.toLowerCase()).not.toBe(question.toLowerCase());
        expect(ask(index, next).answer, `${question} → ${next}`).not.toBe(answer.answer);
      }
    }
  });

  it("is written as a question: capitalised, with a question mark", () => {
    for (const fact of seeds().bank.facts) expect(suggestedQuestion(fact)).toMatch(/^\p{Lu}.*\?$/u);
  });

  it("offers nothing with help or an off-topic reply, which show their own examples", () => {
    expect(ask(seeds(), "help").suggestions).toBeUndefined();
    expect(ask(seeds(), "write me a poem about the sea").suggestions).toBeUndefined();
    expect(suggestQuestions(seeds(), { status: "not_found", question: "x", answer: "x", citations: [], confidence: 0 })).toEqual([]);
  });
});
