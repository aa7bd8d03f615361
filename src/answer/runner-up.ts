import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer } from "./answer-schema.js";
import { answerFromFact, holdsWhatIsAsked } from "./fact-answer.js";
import type { FactMatch } from "./fact-match.js";
import type { Intent } from "./intent.js";
import { joinAnswers, sentenceKey } from "./join-answers.js";
import { CALENDAR_WORD, type Question } from "./question.js";

export const RUNNER_UP_DEFAULTS = {
  /**
   * The runner-up fact's share of the best fact's score at which a broad question is answered by
   * both: "why did they ban it, did they catch them spying?" is answered by why (national security)
   * and by what the articles say of proof (none was given), two facts that match it about as well.
   * At 0.8 rather than 0.85, "is kaspersky russian spyware?" gets the officials' worry and that no proof was given,
   * and 11 more training questions answer, none fewer. The eval cannot count a second line against an answer, so
   * it rises as the share falls (0.75: +11, 0.7: +17): the mildest step that helps is taken. A helper's review judged
   * the answers it and FACT_MATCH_DEFAULTS.looseIntent changed 22 better and 8 worse, most of those a second line that
   * adds nothing ("is kaspersky owned by the russian government?" also gets who unveiled the ban).
   */
  share: 0.8,
  /**
   * Broad kinds of question: why, what to do, what it all means, whether. A question that asks for
   * a value, a quote or a list has its one answer.
   */
  intents: ["why", "advice", "overview", "yes_no", "what"] as readonly Intent[],
  /** The share of the best fact's score a fact on the alternative the best one leaves out must have ("Biden or Trump"), and the decide stage's floor. */
  alternativeShare: 0.5,
};

/**
 * An answer from one fact (`lead`, the match it came from), with a second fact's line and quote after
 * it: the best line on the alternative the lead leaves out ("Biden or Trump"), or, for a broad question,
 * the next fact when it matches about as well (issue 9: "the two or three most relevant facts, each on
 * its own cited line"). Never after an overview (its own answer) or a disagreement (its sides would claim
 * the other's sources), nor for a question about one article's account; never a fact whose first
 * sentence the lead already quotes. `floor`: the least score a fact added beside the lead may have.
 */
export function withRunnerUp(
  index: KnowledgeIndex,
  question: Question,
  facts: readonly FactMatch[],
  lead: { match: FactMatch; answer: Answer },
  floor: number,
  maxCitations: number,
  options = RUNNER_UP_DEFAULTS,
): { answer: Answer; added: FactMatch | null } {
  const alone = { answer: lead.answer, added: null };
  // "What did THE UBJ report?": a question about one article's account is answered from it alone (see answerFromFact),
  // and another fact's line over that article's sentence would put words in its mouth.
  if (question.sourceIds.length > 0 || lead.match.fact.broad || lead.match.fact.conflict) return alone;
  const quoted = new Set(lead.answer.citations.map(sentenceKey));
  const joined = (match: FactMatch) => {
    if (match.fact === lead.match.fact) return null;
    const answer = answerFromFact(index, question, match, maxCitations);
    if (answer?.status !== "answered" || quoted.has(sentenceKey(answer.citations[0]))) return null;
    const both = joinAnswers(lead.answer.question, [lead.answer, answer], maxCitations);
    return both && { answer: both, added: match };
  };
  for (const match of otherAlternatives(index, question, facts, floor, lead.match, options)) {
    const both = joined(match);
    if (both) return both;
  }
  if (!options.intents.includes(question.intent)) return alone;
  // Looked at lazily: most broad questions find their second fact, or none, among the first few. A plain loop, not a
  // generator left suspended: with one, V8 kept what ask() allocated alive through young-generation collections (over
  // the bench's questions, 3.4 KB promoted to the old generation an ask against 0.26 KB, `node --trace-gc-nvp`), and
  // asks slowed over 1.5 ms by a collection were 38-48 in 9,800 against 11-17.
  for (const match of facts) {
    if (match.score < floor || match.score < facts[0].score * options.share) break;
    if (!closeRunnerUp(index, question, match)) continue;
    const both = joined(match);
    if (both) return both;
  }
  return alone;
}

/** A fact after the best, matching a broad question about as well, that speaks of what it names. */
function closeRunnerUp(index: KnowledgeIndex, question: Question, match: FactMatch): boolean {
  const { fact } = match;
  // Its own line must speak of something the question names, beyond what every article is about, and beyond a
  // date ("what happens on July 20?" is not about "June 20, 2024 ('last month' in the July 2024 articles)").
  return (
    second(index, question, match) && question.terms.some((t) => t.known && !isDateWord(t.word) && !index.isBackground(t.term) && fact.answerTerms.has(t.term))
  );
}

/**
 * "Was the ban a Trump thing or a Biden thing?": when the best fact's line speaks of one of the alternatives
 * the question offers and not the other, the best fact whose line speaks of the other, so that the answer
 * shows what the sources say of each (as alternativesFor does for the passages).
 */
function otherAlternatives(
  index: KnowledgeIndex,
  question: Question,
  facts: readonly FactMatch[],
  floor: number,
  lead: FactMatch,
  options: typeof RUNNER_UP_DEFAULTS,
): FactMatch[] {
  const said = lead.fact.answerTerms;
  const others: FactMatch[] = [];
  for (const [a, b] of question.alternatives) {
    if (said.has(a) === said.has(b)) continue;
    const other = said.has(a) ? b : a;
    const match = facts.find(
      (m) => m.fact.answerTerms.has(other) && m.score >= Math.max(floor, facts[0].score * options.alternativeShare) && second(index, question, m),
    );
    if (match) others.push(match);
  }
  return others;
}

/** A fact that can be a second line at all: no overview, disagreement or background, and what the question asks for. */
function second(index: KnowledgeIndex, question: Question, match: FactMatch): boolean {
  const { fact } = match;
  // The background ("in 2017 agencies were barred") is no second answer to a question about the news.
  return !fact.broad && !fact.conflict && !match.background && holdsWhatIsAsked(index, match, question);
}

/** A number, a month or a day: when, not what. */
function isDateWord(word: string): boolean {
  return /^\d/.test(word) || CALENDAR_WORD.test(word);
}
