import type { Fact, Phrasing } from "../index/fact-bank.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { detectIntent, type Intent } from "./intent.js";
import type { Question } from "./question.js";

/** How a question is matched against the question bank's phrasings. */
export const FACT_MATCH_DEFAULTS = {
  /** Phrasings fetched from the bank's search before they are scored. */
  candidates: 40,
  /** A question word found in the fact's sentences rather than in the phrasing counts this much. */
  sentenceShare: 0.6,
  /** How much of a match depends on the phrasing being mostly in the question (0 = not at all). */
  precisionExponent: 0.5,
  /** The phrasing asks another kind of question ("why" for "when"). */
  otherIntent: 0.7,
  /** One side asks no particular kind of answer ("what", yes/no). */
  looseIntent: 0.9,
} as const;

/** The best phrasing of one fact for a question, and how well it matches. */
export type FactMatch = {
  fact: Fact;
  phrasing: Phrasing;
  /** 0..1: coverage × precision^e × intent fit. */
  score: number;
  /** Share of the question's weight the phrasing (or, at a discount, the fact's sentences) holds. */
  coverage: number;
  /** Share of the phrasing's weight the question holds. */
  precision: number;
  intentFit: number;
};

const LOOSE: ReadonlySet<Intent> = new Set(["what", "yes_no"]);
const PHRASING_INTENT = new WeakMap<Phrasing, Intent>();

function intentOf(p: Phrasing): Intent {
  let intent = PHRASING_INTENT.get(p);
  if (!intent) PHRASING_INTENT.set(p, (intent = detectIntent(p.text)));
  return intent;
}

/** The question bank's facts for a question, best first, each by its best-matching phrasing. */
export function matchFacts(index: KnowledgeIndex, question: Question, options = FACT_MATCH_DEFAULTS): FactMatch[] {
  const weights = new Map(question.terms.map((t) => [t.term, t.weight]));
  const total = question.terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return [];
  const best = new Map<Fact, FactMatch>();
  for (const phrasing of index.bank.candidates([...weights.keys()], options.candidates)) {
    const own = new Set(phrasing.terms);
    let held = 0;
    for (const [term, weight] of weights) {
      held += own.has(term) ? weight : phrasing.fact.sentenceTerms.has(term) ? weight * options.sentenceShare : 0;
    }
    let size = 0;
    let shared = 0;
    for (const term of own) {
      const idf = index.idf(term);
      size += idf;
      if (weights.has(term)) shared += idf;
    }
    const coverage = held / total;
    const precision = size > 0 ? shared / size : 0;
    const asked = intentOf(phrasing);
    const intentFit = asked === question.intent ? 1 : LOOSE.has(asked) || LOOSE.has(question.intent) ? options.looseIntent : options.otherIntent;
    const score = coverage * precision ** options.precisionExponent * intentFit;
    const previous = best.get(phrasing.fact);
    if (!previous || score > previous.score) best.set(phrasing.fact, { fact: phrasing.fact, phrasing, score, coverage, precision, intentFit });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
