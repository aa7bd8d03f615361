import type { Answer, Citation } from "./answer-schema.js";

/**
 * One answer from several answered ones: `lines` one after the other, each answer's first citation
 * first, then the rest of each one's own, then their supporting ones, up to `maxCitations`: no line
 * goes without its quote. Null unless every answer is answered (no disagreement) and each by a
 * sentence of its own.
 */
export function joinAnswers(
  message: string,
  answers: readonly Answer[],
  maxCitations: number,
  lines: readonly string[] = answers.map((a) => a.answer),
): Answer | null {
  if (answers.length < 2 || !answers.every((a) => a.status === "answered")) return null;
  const firsts = answers.map((a) => a.citations[0]);
  if (new Set(firsts.map(sentenceKey)).size < firsts.length) return null;
  const seen = new Set<string>();
  const citations: Citation[] = [];
  const add = (citation: Citation) => {
    const key = sentenceKey(citation);
    if (citations.length >= maxCitations || seen.has(key)) return;
    citations.push(citation);
    seen.add(key);
  };
  firsts.forEach(add);
  for (const answer of answers) answer.citations.filter((c) => c.role !== "support").forEach(add);
  for (const answer of answers) answer.citations.filter((c) => c.role === "support").forEach(add);
  return {
    status: "answered",
    question: message,
    answer: lines.join(" "),
    citations,
    confidence: Math.min(...answers.map((a) => a.confidence)),
  };
}

/** Where a citation's sentence starts, in which article: two citations of one sentence are one. */
export const sentenceKey = (c: Citation) => `${c.sourceId}:${c.start}`;
