import { describe, expect, it } from "vitest";
import { readQuestionLine } from "../../src/cli/question-line.js";

describe("readQuestionLine", () => {
  it("reads the question of a JSON line", () => {
    expect(readQuestionLine('{"question": "When do updates stop?"}')).toEqual({ ok: true, value: { question: "When do updates stop?" } });
  });

  it("takes a line with fields it does not know, so lines can carry more later", () => {
    expect(readQuestionLine('{"question": "Why?", "conversation": "earlier turns", "id": 7}')).toMatchObject({ ok: true, value: { question: "Why?" } });
  });

  it.each([
    ["not json", "not JSON"],
    ['{"question": "unterminated', "not JSON"],
    ["{}", 'no string "question"'],
    ['{"q": "When do updates stop?"}', 'no string "question"'],
    ['{"question": 42}', 'no string "question"'],
    ['{"question": null}', 'no string "question"'],
    ['"When do updates stop?"', 'no string "question"'],
    ["[]", 'no string "question"'],
  ])("refuses %s: %s", (line, problem) => {
    const read = readQuestionLine(line);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toBe(`${problem} (each line is {"question": "…"})`);
  });
});
