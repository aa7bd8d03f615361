import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { weigh, type Evidence } from "./evidence.js";
import type { Question } from "./question.js";

/**
 * Passages from the other articles that may state the best passage's fact in their own words. The
 * question's words alone often miss them: one article says "operating in the U.S. for close to 20
 * years", another "nearly two decades of presence in America". The best passage's rarest words find them.
 */
export function counterpartCandidates(
  index: KnowledgeIndex,
  best: Evidence,
  question: Question,
  options: { words: number; candidates: number },
  known: ReadonlySet<number>,
): Evidence[] {
  return neighboursOf(index, best, options)
    .filter((id) => !known.has(id))
    .map((id) => weigh(index, index.passage(id), 0, question, { ranking: false }));
}

/**
 * The passages of other articles that share the best passage's fact's rarest words. They depend
 * on the passage and its fact only, not on the question's wording, so they are searched once and kept.
 */
const NEIGHBOURS = new WeakMap<KnowledgeIndex, Map<string, number[]>>();
const MAX_CACHED_NEIGHBOURS = 10_000;

function neighboursOf(index: KnowledgeIndex, best: Evidence, options: { words: number; candidates: number }): number[] {
  let cache = NEIGHBOURS.get(index);
  if (!cache) NEIGHBOURS.set(index, (cache = new Map()));
  const span = factSpan(best);
  const key = `${best.passage.id}:${span?.start ?? ""}-${span?.end ?? ""}`;
  let ids = cache.get(key);
  if (!ids) {
    // Words only the best passage has cannot lead to another.
    const own = profileOf(index, best)
      .weights.filter(([t]) => index.passageCount(t) > 1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.words)
      .map(([t]) => t);
    ids =
      own.length === 0
        ? []
        : index
            .candidates(own, options.candidates)
            .map((r) => r.id)
            .filter((id) => index.passage(id).sourceId !== best.passage.sourceId);
    if (cache.size < MAX_CACHED_NEIGHBOURS) cache.set(key, ids);
  }
  return ids;
}

/**
 * How much of the best passage another passage holds: the share of its distinctive words (by
 * weight) found in the other. High when two articles tell the same thing in similar words.
 */
export function similarity(index: KnowledgeIndex, best: Evidence, other: Evidence): number {
  const { weights, total } = profileOf(index, best);
  let held = 0;
  for (const [term, weight] of weights) if (other.terms.has(term)) held += weight;
  return total > 0 ? held / total : 0;
}

/** The best passage's distinctive words with their weights, worked out once per answer. */
const PROFILES = new WeakMap<Evidence, { weights: [string, number][]; total: number }>();

function profileOf(index: KnowledgeIndex, best: Evidence): { weights: [string, number][]; total: number } {
  let profile = PROFILES.get(best);
  if (!profile) {
    const weights = distinctiveTerms(index, best).map((t): [string, number] => [t, index.idf(t)]);
    profile = { weights, total: weights.reduce((sum, [, w]) => sum + w, 0) };
    PROFILES.set(best, profile);
  }
  return profile;
}

/**
 * The words that tell a passage's fact from the rest of the corpus: all but the corpus's subject
 * ("kaspersky", "us"). For a number, only the clause that holds it: in "Kaspersky, which has been
 * operating in the US for over two decades, has denied the allegations…" the fact is the operating.
 * For a quotation or a list, only its own words.
 */
function distinctiveTerms(index: KnowledgeIndex, evidence: Evidence): string[] {
  const { passage } = evidence;
  let terms = [...evidence.terms];
  const span = factSpan(evidence);
  if (span) {
    const { start, end } = span;
    const local = passage.terms.filter(([, offset]) => offset >= start && offset < end).map(([term]) => term);
    if (local.some((t) => !index.isBackground(t))) terms = [...new Set(local)];
  }
  return terms.filter((t) => !index.isBackground(t));
}

/** Where in its passage a value's fact stands: a number's clause, a quotation's or a list's own words (not the sentence that introduces it). */
function factSpan({ passage, value }: Evidence): { start: number; end: number } | null {
  if (value?.kind === "quantity") return clauseAround(passage.text, value.quantity.start, value.quantity.end);
  if (value?.kind === "phrase" && (value.form === "quote" || value.form === "list")) return value.phrase;
  return null;
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
