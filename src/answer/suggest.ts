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
  const { facts } = index.bank;
  // Each fact's distance to the nearest quote, and how many of its sentences are quoted, found
  // from the sentences in the cited articles alone: a fact in none of them is never near a quote,
  // so only the facts met here are looked at.
  const nearby = new Map<number, { distance: number; quoted: number }>();
  const placed = sentencesBySource(index);
  for (const [sourceId, citations] of bySource(answer.citations)) {
    for (const sentence of placed.get(sourceId) ?? []) {
      let nearest = Infinity;
      for (const citation of citations) nearest = Math.min(nearest, gap(sentence, citation));
      const known = nearby.get(sentence.order);
      if (known) known.distance = Math.min(known.distance, nearest);
      else nearby.set(sentence.order, { distance: nearest, quoted: 0 });
      if (nearest === 0) nearby.get(sentence.order)!.quoted++;
    }
  }
  const near: { question: string; distance: number; order: number }[] = [];
  for (const [order, { distance, quoted }] of nearby) {
    const fact = facts[order];
    if (fact.broad || distance > options.nearChars || fact.answer === answer.answer) continue;
    // Every sentence of it is quoted already: the answer has told all it says.
    if (quoted === fact.sentences.length) continue;
    const { question, lowerCase } = suggestionOf(fact);
    if (!asked.has(lowerCase)) near.push({ question, distance, order });
  }
  near.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return [...new Set(near.map((n) => n.question))].slice(0, options.count);
}

/** A fact's sentence as placed in its article, with the fact's place in the bank. */
type PlacedSentence = { order: number; start: number; end: number };

/** The bank's facts' sentences by article, worked out once per index. */
function sentencesBySource(index: KnowledgeIndex): ReadonlyMap<string, readonly PlacedSentence[]> {
  let placed = SENTENCES_BY_SOURCE.get(index);
  if (!placed) {
    const bySourceId = new Map<string, PlacedSentence[]>();
    index.bank.facts.forEach((fact, order) => {
      for (const { source, start, end } of fact.sentences) {
        const list = bySourceId.get(source);
        if (list) list.push({ order, start, end });
        else bySourceId.set(source, [{ order, start, end }]);
      }
    });
    SENTENCES_BY_SOURCE.set(index, (placed = bySourceId));
  }
  return placed;
}
const SENTENCES_BY_SOURCE = new WeakMap<KnowledgeIndex, ReadonlyMap<string, readonly PlacedSentence[]>>();

function bySource(citations: readonly Citation[]): Map<string, Citation[]> {
  const groups = new Map<string, Citation[]>();
  for (const c of citations) {
    const group = groups.get(c.sourceId);
    if (group) group.push(c);
    else groups.set(c.sourceId, [c]);
  }
  return groups;
}

/** How a fact is offered: its first phrasing written as a question ("When do updates stop?"), else its first, made one. */
export function suggestedQuestion(fact: Fact): string {
  return suggestionOf(fact).question;
}

/** The fact's suggested question, and in lower case (to tell it from the question asked), kept as long as the fact. */
function suggestionOf(fact: Fact): { question: string; lowerCase: string } {
  let suggestion = SUGGESTED.get(fact);
  if (suggestion === undefined) {
    const question = phrasedAsQuestion(fact);
    SUGGESTED.set(fact, (suggestion = { question, lowerCase: question.toLowerCase() }));
  }
  return suggestion;
}
const SUGGESTED = new WeakMap<Fact, { question: string; lowerCase: string }>();

function phrasedAsQuestion(fact: Fact): string {
  const wellFormed = fact.questions.find((q) => /^\p{Lu}/u.test(q) && q.trim().endsWith("?"));
  if (wellFormed) return wellFormed.trim();
  const first = fact.questions[0].trim().replace(/[?.!\s]+$/u, "");
  return `${first[0].toUpperCase()}${first.slice(1)}?`;
}

/** Characters between a fact's sentence and a quote in the same article: 0 when they overlap. */
function gap(sentence: { start: number; end: number }, citation: Citation): number {
  return Math.max(0, sentence.start - citation.end, citation.start - sentence.end);
}
