import type { FactBank } from "../index/fact-bank.js";
import { FACT_FEATURES, type FactMatch } from "./fact-match.js";
import type { Question } from "./question.js";

/**
 * "Why did Kaspersky lay everyone off?": a "why" question that matches a fact stating an event, a fact its phrasings
 * never ask "why" of, asks for that event's reason. The facts the bank gives as its reason (facts.json, `because`)
 * take the event's match, just ahead of it and in the bank's order, so that the event may follow as the answer's
 * second line (see withRunnerUp); a reason the question matches better on its own keeps its own match. Otherwise
 * the event, stated again, would be the answer.
 */
export function withReasons(matches: FactMatch[], question: Question, bank: FactBank): FactMatch[] {
  if (question.intent !== "why" || !matches.some(givesReasonElsewhere)) return matches;
  const byFact = new Map(matches.map((m) => [m.fact.id, m]));
  for (const match of matches) {
    if (!givesReasonElsewhere(match)) continue;
    const { because } = match.fact;
    because.forEach((id, k) => {
      const score = match.score * (1 + REASON_LEAD * (because.length - k));
      const own = byFact.get(id);
      if (own && own.score >= score) return;
      const fact = own?.fact ?? bank.facts.find((f) => f.id === id);
      // Its features are the event's as a fact asked "why" of would have them: a fitted model (npm run train) then
      // weighs it as it weighs a reason asked for.
      const features = match.features.map((x, i) => (FACT_FEATURES[i] === "logIntentFit" ? 0 : FACT_FEATURES[i] === "phrasingAsksIntent" ? 1 : x));
      if (fact) byFact.set(id, { ...match, fact, score, features, intentFit: 1, reasonOf: match.fact });
    });
  }
  return [...byFact.values()].sort((a, b) => b.score - a.score);
}

/** A match with a fact that is not asked "why" of, and whose reason is another fact. */
function givesReasonElsewhere(match: FactMatch): boolean {
  return match.intentFit < 1 && match.fact.because.length > 0;
}

/**
 * How far a reason leads the event it explains, per place it comes before the last of the event's reasons: enough
 * to go first, and to keep the bank's order; it passes another fact only one within a millionth of the event's score.
 */
const REASON_LEAD = 1e-6;
