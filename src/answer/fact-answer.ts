import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer, Citation } from "./answer-schema.js";
import { citationOf } from "./citation.js";
import { weigh } from "./evidence.js";
import type { FactMatch } from "./fact-match.js";
import type { Question } from "./question.js";

/**
 * The answer a curated fact gives: its answer line, quoted by its sentences. An overview (a broad
 * fact) cites each of its points as part of the answer; a fact the sources disagree on shows
 * each value with the sources that give it. A question naming an article ("per the UBJ piece")
 * is answered from that article's sentences only; null when the fact has none there.
 */
export function answerFromFact(index: KnowledgeIndex, question: Question, match: FactMatch, maxCitations: number): Answer | null {
  const { fact } = match;
  const inNamed = (id: number) => question.sourceIds.length === 0 || question.sourceIds.includes(index.passage(id).sourceId);
  // The sentence that best answers the question leads, weighed as the passages are (how much of the
  // question it holds, and whether it holds the asked-for date, number or name); ties keep the fact's order.
  const weight = new Map(fact.passageIds.map((id) => [id, weigh(index, index.passage(id), 1, question).score]));
  const passageIds = fact.passageIds.filter(inNamed).sort((a, b) => weight.get(b)! - weight.get(a)!);
  if (passageIds.length === 0) return null;
  const confidence = Math.round(Math.min(1, match.score) * 100) / 100;

  if (fact.conflict && question.sourceIds.length === 0) {
    const sides: { value: string; sourceIds: string[] }[] = [];
    for (const s of fact.sentences) {
      const side = sides.find((x) => x.value === s.value);
      if (side) side.sourceIds.includes(s.source) || side.sourceIds.push(s.source);
      else sides.push({ value: s.value!, sourceIds: [s.source] });
    }
    if (sides.length > 1) {
      return {
        status: "conflict",
        question: question.text,
        answer: `The sources differ: ${sides.map((s) => `${s.value} (${publishers(index, s.sourceIds)})`).join(" vs ")}.`,
        citations: passageIds.slice(0, maxCitations).map((id) => citationOf(index, index.passage(id), "conflict")),
        confidence,
        sides,
      };
    }
  }

  const citations: Citation[] = passageIds
    .slice(0, maxCitations)
    .map((id, i) => citationOf(index, index.passage(id), i === 0 || fact.broad ? "answer" : "support"));
  return { status: "answered", question: question.text, answer: fact.answer, citations, confidence };
}

export function publishers(index: KnowledgeIndex, sourceIds: string[]): string {
  return sourceIds.map((id) => index.source(id).publisher.replace(/\s*\(.*\)$/, "")).join(", ");
}
