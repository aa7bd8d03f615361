import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { EvalCaseSchema, judge } from "../../src/eval/eval-case.js";
import { seeds } from "../helpers.js";

const DEV_SET = "../shared/eval/dev.jsonl";
const cases = readFileSync(DEV_SET, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => EvalCaseSchema.parse(JSON.parse(l)));

describe("the dev set, scored as `npm run eval` scores it", () => {
  const verdicts = cases.map((c) => ({ c, answer: ask(seeds(), c.question) }));

  it("passes at least 27 of 28 cases", () => {
    const failures = verdicts.map(({ c, answer }) => ({ id: c.id, ...judge(c, answer, seeds()) })).filter((v) => !v.pass);
    expect(cases.length).toBe(28);
    expect(failures.length, JSON.stringify(failures)).toBeLessThanOrEqual(1);
  });

  it("never quotes a passage that is not verbatim in its source, and never cites without a date", () => {
    for (const { answer } of verdicts) {
      for (const c of answer.citations) {
        expect(seeds().source(c.sourceId).text.slice(c.start, c.end)).toBe(c.quote);
        expect(c.published).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      }
    }
  });
});

describe("judge", () => {
  const index = seeds();
  const answerable = EvalCaseSchema.parse({
    id: "x",
    question: "When do updates stop?",
    kind: "answerable",
    expect_any: ["September 29"],
    expect_sources: ["000"],
  });

  it("fails an answer whose quote was edited", () => {
    const answer = ask(index, answerable.question);
    const edited = { ...answer, citations: [{ ...answer.citations[0], quote: `${answer.citations[0].quote} (edited)` }] };
    expect(judge(answerable, edited, index)).toMatchObject({ pass: false, reason: expect.stringMatching(/not verbatim/) });
  });

  it("fails an answer from the wrong source", () => {
    const answer = ask(index, answerable.question);
    expect(judge({ ...answerable, expect_sources: ["004"] }, answer, index).pass).toBe(false);
  });
});
