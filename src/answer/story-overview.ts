import type { Fact, Phrasing } from "../index/fact-bank.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer } from "./answer-schema.js";
import { DECIDE_WEIGHTS } from "./decide-weights.js";
import { bestFactAnswer } from "./fact-answer.js";
import type { FactMatch } from "./fact-match.js";
import { detectIntent, type Intent } from "./intent.js";
import type { Question } from "./question.js";

/** Kinds of question that ask about the story as a whole: an overview, or what to do. */
const BROAD: ReadonlySet<Intent> = new Set(["overview", "advice"]);

/**
 * The answer to a broad question that names nothing ("what should we do?", "catch me up"): the
 * overview (a broad fact) most often asked that kind of question in the question bank, or null
 * when the bank has none. Its confidence is the rescue threshold's: no words of the question chose it.
 */
export function storyOverview(index: KnowledgeIndex, question: Question, maxCitations: number): Answer | null {
  if (!BROAD.has(question.intent)) return null;
  let best: { fact: Fact; asked: Phrasing[] } | null = null;
  for (const fact of index.bank.facts) {
    if (!fact.broad) continue;
    const asked = index.bank.phrasings.filter((p) => p.fact === fact && detectIntent(p.text) === question.intent);
    if (asked.length > (best?.asked.length ?? 0)) best = { fact, asked };
  }
  if (!best) return null;
  const score = DECIDE_WEIGHTS.open.factRescue;
  const match: FactMatch = {
    fact: best.fact,
    phrasing: best.asked[0],
    score,
    features: [],
    closeness: 0,
    coverage: 0,
    intentFit: 1,
    scopeFit: 1,
    focusFit: 1,
    claimFit: 1,
  };
  return bestFactAnswer(index, question, [match], 0, maxCitations);
}
