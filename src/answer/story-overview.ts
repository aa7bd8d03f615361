import type { Fact } from "../index/fact-bank.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer } from "./answer-schema.js";
import { DECIDE_WEIGHTS } from "./decide-weights.js";
import { answerFromFact, bestFactAnswer } from "./fact-answer.js";
import type { FactMatch } from "./fact-match.js";
import { detectIntent, type Intent } from "./intent.js";
import type { Question } from "./question.js";

/*
 * Answers to broad questions ("what's the deal with kaspersky?", "what should we do?"): an
 * overview, or the articles' advice, never a refusal.
 */

/** Kinds of question that ask about the story as a whole: an overview, or what to do. */
const BROAD: ReadonlySet<Intent> = new Set(["overview", "advice"]);

/**
 * The answer to a broad question that names nothing ("what should we do?", "catch me up"): the
 * overview (a broad fact) most often asked that kind of question in the question bank, or null
 * when the bank has none. Its confidence is the rescue threshold's: no words of the question chose it.
 */
export function storyOverview(index: KnowledgeIndex, question: Question, maxCitations: number): Answer | null {
  if (!BROAD.has(question.intent)) return null;
  const fact = overviewFor(index, question.intent);
  return fact && answerFromFact(index, question, { fact, score: DECIDE_WEIGHTS.open.factRescue }, maxCitations);
}

/**
 * The best-matching overview (for advice, the best fact asked for as advice, or an overview),
 * however weakly it matches: what a broad question with little else in it asks for.
 */
export function broadAnswer(index: KnowledgeIndex, question: Question, facts: readonly FactMatch[], maxCitations: number): Answer | null {
  if (!BROAD.has(question.intent)) return null;
  // Only about the story itself ("…every PC has Kaspersky on it"): "can u recommend a cheap laptop" asks for advice too.
  // Any word every article uses will do here, a looser test than namesTheStoryIn's (story-names.ts), which the newer routes use.
  if (!question.terms.some((t) => index.isBackground(t.term))) return null;
  const best = facts.find((m) => m.fact.broad || (question.intent === "advice" && m.intentFit === 1));
  return best ? bestFactAnswer(index, question, [best], 0, maxCitations) : null;
}

/** Kept per index and kind of question: it depends on the bank alone, and reading every phrasing's kind costs about a millisecond. */
const OVERVIEWS = new WeakMap<KnowledgeIndex, Map<Intent, Fact | null>>();

function overviewFor(index: KnowledgeIndex, intent: Intent): Fact | null {
  let byIntent = OVERVIEWS.get(index);
  if (!byIntent) OVERVIEWS.set(index, (byIntent = new Map()));
  let found = byIntent.get(intent);
  if (found === undefined) {
    let most = 0;
    found = null;
    for (const fact of index.bank.facts) {
      if (!fact.broad) continue;
      const asked = fact.questions.filter((q) => detectIntent(q) === intent).length;
      if (asked > most) [found, most] = [fact, asked];
    }
    byIntent.set(intent, found);
  }
  return found;
}
