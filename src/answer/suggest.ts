import type { Fact } from "../index/fact-bank.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer, Citation } from "./answer-schema.js";

export const SUGGEST_DEFAULTS = {
  /** Questions offered after an answer. */
  count: 3,
  /** A fact whose sentence is this many characters or fewer from a quoted one is "near" it; nearer ones come first. */
  nearChars: 1_500,
};

/**
 * Next questions to offer after an answer: the questions of curated facts stated near the
 * sentences it quotes (the same sentence first, then its neighbours), never a fact whose every
 * sentence it quotes already, and never an overview. Each is the fact's first well-formed phrasing, a question the
 * articles answer (test/answer/suggest.test.ts asks every one of them).
 */
export function suggestQuestions(index: KnowledgeIndex, answer: Answer, options: typeof SUGGEST_DEFAULTS = SUGGEST_DEFAULTS): string[] {
  if (answer.citations.length === 0 || answer.status === "help" || answer.status === "out_of_scope") return [];
  const asked = new Set([answer.question, answer.readAs].filter(Boolean).map((q) => q!.toLowerCase()));
  const near: { question: string; distance: number; order: number }[] = [];
  index.bank.facts.forEach((fact, order) => {
    if (fact.broad || fact.answer === answer.answer) return;
    let distance = Infinity;
    let quoted = true;
    for (const sentence of fact.sentences) {
      let nearest = Infinity;
      for (const citation of answer.citations) nearest = Math.min(nearest, gap(sentence, citation));
      distance = Math.min(distance, nearest);
      quoted &&= nearest === 0;
    }
    // Every sentence of it is quoted already: the answer has told all it says.
    if (quoted || distance > options.nearChars) return;
    const question = suggestedQuestion(fact);
    if (!asked.has(question.toLowerCase())) near.push({ question, distance, order });
  });
  near.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return [...new Set(near.map((n) => n.question))].slice(0, options.count);
}

/** How a fact is offered: its first phrasing written as a question ("When do updates stop?"), else its first, made one. */
export function suggestedQuestion(fact: Fact): string {
  let question = SUGGESTED.get(fact);
  if (question === undefined) SUGGESTED.set(fact, (question = phrasedAsQuestion(fact)));
  return question;
}
const SUGGESTED = new WeakMap<Fact, string>();

function phrasedAsQuestion(fact: Fact): string {
  const wellFormed = fact.questions.find((q) => /^\p{Lu}/u.test(q) && q.trim().endsWith("?"));
  if (wellFormed) return wellFormed.trim();
  const first = fact.questions[0].trim().replace(/[?.!\s]+$/u, "");
  return `${first[0].toUpperCase()}${first.slice(1)}?`;
}

/** Characters between a fact's sentence and a quote: 0 when they overlap, Infinity in another article. */
function gap(sentence: { source: string; start: number; end: number }, citation: Citation): number {
  if (sentence.source !== citation.sourceId) return Infinity;
  return Math.max(0, sentence.start - citation.end, citation.start - sentence.end);
}
