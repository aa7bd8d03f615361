import { describe, expect, it } from "vitest";
import { AnswerCache } from "../../../src/answer/answer-cache.js";
import { renderAnswer } from "../../../src/bots/slack/render-blocks.js";
import { renderedOnce } from "../../../src/bots/slack/rendered-once.js";
import { seeds } from "../../helpers.js";

describe("renderedOnce", () => {
  it("renders an answer the cache hands out again once, and a new answer afresh", () => {
    const answers = new AnswerCache(seeds());
    let renders = 0;
    const render = renderedOnce((answer) => {
      renders++;
      return renderAnswer(answer, { shareable: true });
    });
    const first = render(answers.ask("When do updates stop?"));
    expect(render(answers.ask("When do updates stop?"))).toBe(first);
    expect(renders).toBe(1);
    const other = render(answers.ask("Who was sanctioned?"));
    expect(renders).toBe(2);
    expect(other).not.toEqual(first);
    expect(first).toEqual(renderAnswer(answers.ask("When do updates stop?"), { shareable: true }));
  });
});
