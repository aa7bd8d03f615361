import type { FactBank } from "../index/fact-bank.js";
import type { FactMatch } from "./fact-match.js";
import type { Question } from "./question.js";

/**
 * "Why did Kaspersky lay everyone off?", "why can't Americans buy it anymore?": a "why" question that matches a fact
 * stating an event, a fact its phrasings never ask "why" of, asks for that event's reason. The facts the bank gives
 * as its reason (facts.json, `because`) take the event's match, and the event weighs once more as a fact of another
 * kind of question; a reason the question matches better on its own keeps its own match. Otherwise the event,
 * stated again, would be the answer.
 */
export function withReasons(matches: FactMatch[], question: Question, bank: FactBank): FactMatch[] {
  if (question.intent !== "why" || !matches.some(givesReasonElsewhere)) return matches;
  const byFact = new Map(matches.map((m) => [m.fact.id, m]));
  for (const match of matches) {
    if (!givesReasonElsewhere(match)) continue;
    // Just ahead of the event, which may follow it as the answer's second line (see withRunnerUp).
    const score = match.score * (1 + REASON_LEAD);
    for (const id of match.fact.because) {
      const own = byFact.get(id);
      if (own && own.score >= score) continue;
      const fact = own?.fact ?? bank.facts.find((f) => f.id === id);
      if (fact) byFact.set(id, { ...match, fact, score, intentFit: 1 });
    }
  }
  return [...byFact.values()].sort((a, b) => b.score - a.score);
}

/** A match with a fact that is not asked "why" of, and whose reason is another fact. */
function givesReasonElsewhere(match: FactMatch): boolean {
  return match.intentFit < 1 && match.fact.because.length > 0;
}
/** How far a reason leads the event it explains: enough to go first, not to pass another fact. */
const REASON_LEAD = 1e-6;
