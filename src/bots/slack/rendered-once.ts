import type { Answer } from "../../answer/answer-schema.js";

/**
 * `render`, run once per answer: the answer cache hands out the same Answer object for a question
 * asked again, and rendering one (escaping each quote, building the buttons' values) cost a
 * /kaspersky more than all of its asking. The rendering is kept beside the answer (a WeakMap)
 * and goes when the answer leaves the cache. Like the answers, renderings are shared: read-only.
 */
export function renderedOnce<T>(render: (answer: Answer) => T): (answer: Answer) => T {
  const rendered = new WeakMap<Answer, T>();
  return (answer) => {
    let message = rendered.get(answer);
    if (message === undefined) {
      message = render(answer);
      rendered.set(answer, message);
    }
    return message;
  };
}
