import { z } from "zod";

/**
 * One line of `ask --jsonl`'s input. Fields it does not name are allowed and ignored, so that a
 * line can carry more (a conversation, an id of the caller's) without breaking older readers.
 */
export const QuestionLineSchema = z.object({
  question: z.string(),
  /** Lines that share one are a conversation, in order: a follow-up is read in the light of the line before. */
  conversation: z.string().max(200).optional(),
});
export type QuestionLine = z.infer<typeof QuestionLineSchema>;

/** A line read as a question, or what is wrong with it, in words for the person who wrote it. */
export function readQuestionLine(line: string): { ok: true; value: QuestionLine } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, problem: 'not JSON (each line is {"question": "…"})' };
  }
  const parsed = QuestionLineSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const [issue] = parsed.error.issues;
  const field = issue.path.join(".");
  return {
    ok: false,
    problem: !field || field === "question" ? 'no string "question" (each line is {"question": "…"})' : `field "${field}": ${issue.message}`,
  };
}
