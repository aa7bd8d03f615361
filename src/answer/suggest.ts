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
  const asked = answer.question.toLowerCase();
  const readAs = answer.readAs?.toLowerCase();
  const { facts } = index.bank;
  // Each fact's distance to the nearest quote, and how many of its sentences are quoted, found
  // from the sentences in the cited articles alone: a fact in none of them is never near a quote,
  // so only the facts met here are looked at.
  startScratch(facts.length);
  const placed = sentencesBySource(index);
  for (const [sourceId, citations] of bySource(answer.citations)) {
    for (const sentence of placed.get(sourceId) ?? []) {
      let nearest = Infinity;
      for (const citation of citations) nearest = Math.min(nearest, gap(sentence, citation));
      const order = sentence.order;
      if (metStamp[order] !== stamp) {
        metStamp[order] = stamp;
        distances[order] = nearest;
        quotedCounts[order] = 0;
        met.push(order);
      } else distances[order] = Math.min(distances[order], nearest);
      if (nearest === 0) quotedCounts[order]++;
    }
  }
  near.length = 0;
  for (const order of met) {
    const fact = facts[order];
    if (fact.broad || distances[order] > options.nearChars || fact.answer === answer.answer) continue;
    // Every sentence of it is quoted already: the answer has told all it says.
    if (quotedCounts[order] === fact.sentences.length) continue;
    const { lowerCase } = suggestionOf(fact);
    if (lowerCase !== asked && lowerCase !== readAs) near.push(order);
  }
  near.sort(nearerFirst);
  const suggestions: string[] = [];
  for (const order of near) {
    const { question } = suggestionOf(facts[order]);
    if (!suggestions.includes(question)) suggestions.push(question);
    if (suggestions.length === options.count) break;
  }
  return suggestions;
}

/**
 * suggestQuestions' working state by fact (its place in the bank), valid where `metStamp` holds
 * the call's stamp: reused from call to call, since an object and a Map entry per fact met made
 * some 8 KB of garbage an answer (young-generation collections are ask()'s latency tail).
 * `met`: the facts met this call; `near`: those offered, nearest first.
 */
let metStamp = new Int32Array(0);
let distances = new Float64Array(0);
let quotedCounts = new Int32Array(0);
let stamp = 0;
const met: number[] = [];
const near: number[] = [];

function startScratch(factCount: number): void {
  if (metStamp.length < factCount) {
    metStamp = new Int32Array(factCount);
    distances = new Float64Array(factCount);
    quotedCounts = new Int32Array(factCount);
  }
  stamp++;
  met.length = 0;
}

/** Nearer to a quote first, then in the bank's order. */
function nearerFirst(a: number, b: number): number {
  return distances[a] - distances[b] || a - b;
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
