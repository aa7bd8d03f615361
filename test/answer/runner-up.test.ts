import { describe, expect, it } from "vitest";
import { ANSWER_DEFAULTS, ask, type Trace } from "../../src/answer/ask.js";
import { bestFact } from "../../src/answer/fact-answer.js";
import { matchFacts } from "../../src/answer/fact-match.js";
import { readQuestion } from "../../src/answer/question.js";
import { RUNNER_UP_DEFAULTS, withRunnerUp } from "../../src/answer/runner-up.js";
import { seeds } from "../helpers.js";

/** Broad questions two facts of the bank match about as well. */
const BROAD = [
  "why did govt ban it tho, did they actually catch them spying or",
  "how does the new ban compare with the 2017 one on agencies",
  "is kaspersky basically russian spyware?",
];
/** Questions for a date, a number, a name: each has its one answer. */
const ONE_ANSWER = ["When do updates stop?", "How many employees did Kaspersky have in the US?", "Which department issued the ban?"];

function traced(question: string) {
  const trace: Trace = {};
  return { answer: ask(seeds(), question, { trace }), trace };
}

describe("a broad question that two facts match about as well", () => {
  it.each(BROAD)("is answered by both, each line with its own quote first: %s", (question) => {
    const { answer, trace } = traced(question);
    expect(trace.route).toBe("fact");
    const facts = trace.facts!;
    const lead = facts.find((m) => answer.answer.startsWith(m.fact.answer))!;
    const runnerUp = facts.find((m) => m.fact.id === trace.runnerUp)!;
    expect(lead, "the answer opens with a fact's line").toBeDefined();
    expect(runnerUp, "the trace names the fact added").toBeDefined();
    expect(answer.answer).toBe(`${lead.fact.answer} ${runnerUp.fact.answer}`);
    expect(runnerUp.score).toBeGreaterThanOrEqual(RUNNER_UP_DEFAULTS.share * facts[0].score);
    // The first two quotes are the two facts' own sentences, each quoted as an answer, verbatim.
    const [first, second] = answer.citations;
    for (const [citation, match] of [
      [first, lead],
      [second, runnerUp],
    ] as const) {
      expect(citation.role).toBe("answer");
      expect(match.fact.sentences.some((s) => s.source === citation.sourceId && s.start >= citation.start && s.end <= citation.end)).toBe(true);
      expect(seeds().source(citation.sourceId).text.slice(citation.start, citation.end)).toBe(citation.quote);
    }
    expect(answer.citations.length).toBeLessThanOrEqual(ANSWER_DEFAULTS.maxCitations);
  });

  it("is answered by its best fact alone when the next one is further behind than the share", () => {
    const index = seeds();
    const question = readQuestion(BROAD[0], index);
    const facts = matchFacts(index, question);
    const lead = bestFact(index, question, facts, 0, 5)!;
    const strict = withRunnerUp(index, question, facts, lead, 0, 5, { ...RUNNER_UP_DEFAULTS, share: 1.01 });
    expect(strict.added).toBeNull();
    expect(strict.answer).toBe(lead.answer);
    expect(withRunnerUp(index, question, facts, lead, 0, 5).added).not.toBeNull();
  });
});

describe("a broad question the next fact only seems to match", () => {
  it("gets no second line from a fact that shares only a date with it ('what happens on July 20?' is not about June 20)", () => {
    const { trace } = traced("What happens on July 20?");
    expect(trace.runnerUp).toBeUndefined();
  });

  it("gets no second line when it asks what one article says: another fact's line would be put over that article's sentence", () => {
    for (const question of ["in the Cyber Express article, what should businesses do?"]) {
      const { answer, trace } = traced(question);
      expect(trace.question!.sourceIds.length, question).toBe(1);
      expect(trace.route, question).toBe("fact");
      expect(trace.runnerUp, question).toBeUndefined();
      expect(answer.citations.filter((c) => c.role === "answer").length, question).toBeLessThanOrEqual(1);
    }
  });
});

describe("a question offering alternatives ('Biden or Trump')", () => {
  it("shows what the sources say of the one the best fact's line leaves out", () => {
    const { answer, trace } = traced("wait was the kaspersky ban a trump thing or a biden thing");
    expect(trace.runnerUp).toBeDefined();
    expect(answer.answer).toMatch(/Biden/);
    expect(answer.answer).toMatch(/Trump/);
    expect(answer.citations.filter((c) => c.role === "answer").length).toBe(2);
  });
});

describe("a question with one answer", () => {
  it.each(ONE_ANSWER)("gets no second line: %s", (question) => {
    const { answer, trace } = traced(question);
    expect(answer.status).toBe("answered");
    expect(trace.runnerUp).toBeUndefined();
    expect(answer.citations.filter((c) => c.role === "answer").length).toBeLessThanOrEqual(1);
  });
});
