import { z } from "zod";
import type { Answer } from "../answer/answer-schema.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";

export const EvalCaseSchema = z.object({
  id: z.string(),
  question: z.string(),
  kind: z.enum(["answerable", "conflict", "unanswerable", "out_of_scope"]),
  expect_any: z.array(z.string()),
  expect_sources: z.array(z.string()),
  note: z.string().optional(),
});
export type EvalCase = z.infer<typeof EvalCaseSchema>;

export type Verdict = { pass: boolean; reason: string };

const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Scores one answer by the rules in docs/design.md ("Eval files"). */
export function judge(c: EvalCase, answer: Answer, index: KnowledgeIndex): Verdict {
  for (const citation of answer.citations) {
    if (index.source(citation.sourceId).text.slice(citation.start, citation.end) !== citation.quote) {
      return { pass: false, reason: `quote not verbatim in ${citation.sourceId}` };
    }
    if (!citation.published) return { pass: false, reason: `citation of ${citation.sourceId} has no date` };
  }
  const answered = answer.status === "answered" || answer.status === "conflict";
  switch (c.kind) {
    case "unanswerable":
    case "out_of_scope":
      return answered ? { pass: false, reason: `expected no answer, got ${answer.status}` } : { pass: true, reason: answer.status };
    case "answerable": {
      if (!answered) return { pass: false, reason: `expected an answer, got ${answer.status}` };
      const first = answer.citations[0];
      const haystack = fold(`${answer.answer}\n${first.quote}`);
      if (!c.expect_any.some((e) => haystack.includes(fold(e))))
        return { pass: false, reason: `none of ${JSON.stringify(c.expect_any)} in answer or first quote` };
      if (!c.expect_sources.includes(first.sourceId))
        return { pass: false, reason: `first citation is ${first.sourceId}, expected one of ${c.expect_sources}` };
      return { pass: true, reason: answer.status };
    }
    case "conflict": {
      if (!answered) return { pass: false, reason: `expected an answer, got ${answer.status}` };
      const haystack = fold([answer.answer, ...answer.citations.map((x) => x.quote)].join("\n"));
      const found = c.expect_any.filter((e) => haystack.includes(fold(e)));
      return found.length >= 2
        ? { pass: true, reason: answer.status }
        : { pass: false, reason: `only ${JSON.stringify(found)} of ${JSON.stringify(c.expect_any)} shown` };
    }
  }
}
