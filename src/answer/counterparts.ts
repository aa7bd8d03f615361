import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { weigh, type Evidence } from "./evidence.js";
import type { Question } from "./question.js";

/**
 * Passages from the other articles that may state the best passage's fact in their own words. The
 * question's words alone often miss them: one article says "operating in the U.S. for close to 20
 * years", another "nearly two decades of presence in America". The best passage's rarest words,
 * searched beside the question's, find them.
 */
export function counterpartCandidates(index: KnowledgeIndex, best: Evidence, question: Question, wordsFromBest: number): Evidence[] {
  const own = distinctiveTerms(index, best)
    .filter((t) => !question.termSet.has(t))
    .sort((a, b) => index.idf(b) - index.idf(a) || (a < b ? -1 : 1))
    .slice(0, wordsFromBest);
  const results = index.candidates([...question.terms.map((t) => t.term), ...own]);
  const top = results[0]?.score ?? 1;
  return results
    .filter((r) => index.passage(r.id).sourceId !== best.passage.sourceId)
    .map((r) => weigh(index, index.passage(r.id), r.score / top, question));
}

/**
 * How much of the best passage another passage holds: the share of its distinctive words (by
 * weight) found in the other. High when two articles tell the same thing in similar words.
 */
export function similarity(index: KnowledgeIndex, best: Evidence, other: Evidence): number {
  let total = 0;
  let held = 0;
  for (const term of distinctiveTerms(index, best)) {
    const weight = index.idf(term);
    total += weight;
    if (other.terms.has(term)) held += weight;
  }
  return total > 0 ? held / total : 0;
}

/**
 * The words that tell a passage's fact from the rest of the corpus: all but the corpus's subject
 * ("kaspersky", "us"). For a number, only the clause that holds it: in "Kaspersky, which has been
 * operating in the US for over two decades, has denied the allegations…" the fact is the operating.
 */
function distinctiveTerms(index: KnowledgeIndex, evidence: Evidence): string[] {
  const { passage, value } = evidence;
  let terms = [...evidence.terms];
  if (value?.kind === "quantity") {
    const { start, end } = clauseAround(passage.text, value.quantity.start, value.quantity.end);
    const local = passage.terms.filter(([, offset]) => offset >= start && offset < end).map(([term]) => term);
    if (local.some((t) => !index.isBackground(t))) terms = [...new Set(local)];
  }
  return terms.filter((t) => !index.isBackground(t));
}

/** The clause of a sentence around a span: between the commas, semicolons, colons or dashes that enclose it. */
function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  const before = text.slice(0, from);
  const start = Math.max(...[",", ";", ":", "—", "–", "("].map((mark) => before.lastIndexOf(mark))) + 1;
  const after = /[,;:—–)]/.exec(text.slice(to));
  return { start, end: after ? to + after.index : text.length };
}

/** Do two passages share a phrase of two distinctive words, side by side in both ("foreign adversary")? */
export function sharesPhrase(index: KnowledgeIndex, a: Evidence, b: Evidence): boolean {
  const pairs = new Set<string>();
  const terms = b.passage.terms;
  for (let i = 1; i < terms.length; i++) pairs.add(`${terms[i - 1][0]} ${terms[i][0]}`);
  const own = a.passage.terms;
  for (let i = 1; i < own.length; i++) {
    const [x, y] = [own[i - 1][0], own[i][0]];
    if (x !== y && !index.isBackground(x) && !index.isBackground(y) && pairs.has(`${x} ${y}`)) return true;
  }
  return false;
}
