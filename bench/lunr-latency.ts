import lunr from "lunr";
import { measureLatency, type Latency } from "./stats.js";

/**
 * Plain lunr, the baseline issue 11 measures ask() against: an index of the same passages,
 * searched with the same questions in the same process, warmed up the same way. A search alone,
 * with no reading, ranking of answers or citations: the floor of what a question can cost.
 */
export function measureLunr(passages: readonly string[], questions: readonly string[]): Latency {
  const index = lunr(function () {
    this.ref("id");
    this.field("text");
    passages.forEach((text, id) => {
      this.add({ id: String(id), text });
    });
  });
  // lunr reads "+", "-", "~", "^" and ":" in a query as operators: a question is searched as words.
  const search = (q: string) => index.search(q.replace(/[+\-~^:*]/g, " "));
  return measureLatency(questions, 50, search);
}
