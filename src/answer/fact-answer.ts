import type { Fact } from "../index/fact-bank.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer, Citation } from "./answer-schema.js";
import { citationOf } from "./citation.js";
import { askedRole, namedThingAsked, namesIn, namesWhatIsAsked, RANKING, weigh, weightiestPassageTerm } from "./evidence.js";
import { FACT_MATCH_DEFAULTS, intentOf, intentsOf, type FactMatch } from "./fact-match.js";
import { intentClass } from "./decide-weights.js";
import { holdsAnswerToQuestion } from "./fact-readers.js";
import { opensWithQuestionWord } from "./intent.js";
import type { Question } from "./question.js";

/**
 * The best-matching fact that holds what the question needs, among those above the floor, as an
 * Answer; null when none does.
 */
export function bestFactAnswer(index: KnowledgeIndex, question: Question, facts: readonly FactMatch[], floor: number, maxCitations: number): Answer | null {
  return bestFact(index, question, facts, floor, maxCitations)?.answer ?? null;
}

/** bestFactAnswer's answer, with the match it comes from. */
export function bestFact(
  index: KnowledgeIndex,
  question: Question,
  facts: readonly FactMatch[],
  floor: number,
  maxCitations: number,
): { match: FactMatch; answer: Answer } | null {
  // For a date, a number or a name, a fact on one point answers before an overview that holds one ("when does the
  // licensing ban start?" is September 29, not the list of key dates); the overview answers when no such fact does.
  const passes = intentClass(question.intent) === "open" ? [null] : [false, true];
  for (const overviews of passes) {
    for (const match of facts) {
      // A fact far below the best one is about something else, even if it holds the asked-for kind of value.
      if (match.score < floor || match.score < facts[0].score * FACT_MATCH_DEFAULTS.runnerUp) break;
      if (overviews !== null && match.fact.broad !== overviews) continue;
      if (!holdsWhatIsAsked(index, match, question)) continue;
      const answer = answerFromFact(index, question, match, maxCitations);
      if (answer) return { match, answer };
    }
  }
  return null;
}

/**
 * Whether a fact can answer what the question needs: the kind of value its intent asks for (a
 * number for "how many", a date for "when"), a product for "which antivirus", a person for
 * "what's the name of".
 */
export function holdsWhatIsAsked(
  index: KnowledgeIndex,
  { fact, phrasing, closeness }: Pick<FactMatch, "fact" | "phrasing" | "closeness">,
  question: Question,
): boolean {
  // An overview answers a broad question, and one that asks for a date, a number or a name only when its phrasings ask
  // that kind of question and it holds that kind of value ("the key dates" answers "what's the hard date we must migrate by?").
  // A fact on one point holds that kind of value, or is asked for it in nearly so many words (FACT_MATCH_DEFAULTS.closeAsked).
  const valueAsked = intentClass(question.intent) !== "open";
  const askedAlike = closeness >= FACT_MATCH_DEFAULTS.closeAsked && intentOf(phrasing) === question.intent;
  if (
    fact.broad
      ? valueAsked && !(intentsOf(fact).has(question.intent) && holdsAnswerToQuestion(question, fact, index))
      : !askedAlike && !holdsAnswerToQuestion(question, fact, index)
  )
    return false;
  // "What antivirus should we buy?": a choice is answered by advice that names one, not by a sentence that names a rival.
  if (question.intent === "advice" && namedThingAsked(question) !== null && !intentsOf(fact).has("advice")) return false;
  const passages = fact.passageIds.map((id) => index.passage(id));
  if (!passages.some((p) => namesWhatIsAsked(index, p, question))) return false;
  const role = askedRole(index, question);
  if (!role) return true;
  return passages.some((p) => role.qualifiers.every((t) => p.terms.some(([term]) => term === t)) && namesIn(p).some((n) => n.person));
}

/**
 * The answer a curated fact gives: its answer line, quoted by its sentences. An overview (a broad
 * fact) cites each of its points as part of the answer; a fact the sources disagree on shows
 * each value with the sources that give it. A question naming an article ("per the UBJ piece")
 * is answered from that article's sentences only; null when the fact has none there.
 */
export function answerFromFact(
  index: KnowledgeIndex,
  question: Question,
  { fact, score }: Pick<FactMatch, "fact" | "score">,
  maxCitations: number,
): Answer | null {
  const inNamed = (id: number) => question.sourceIds.length === 0 || question.sourceIds.includes(index.passage(id).sourceId);
  // The sentence that best states the answer leads: weighed as the passages are (how much of the
  // question it holds, whether it holds the asked-for date, number or name), then how much of the
  // answer line's own words it holds ("less than 50" is cited by the sentence that says it). An
  // overview keeps its curated order of points. Ties keep the fact's order.
  const weight = new Map(fact.broad ? fact.passageIds.map((id, i) => [id, -i]) : sentenceWeights(index, question, fact));
  const passageIds = fact.passageIds.filter(inNamed).sort((a, b) => weight.get(b)! - weight.get(a)!);
  if (passageIds.length === 0) return null;
  const confidence = Math.round(Math.min(1, score) * 100) / 100;

  if (fact.conflict) {
    // Each value with the sources that give it, among the sources cited.
    const cited = new Set(passageIds.map((id) => index.passage(id).sourceId));
    const sides: { value: string; sourceIds: string[] }[] = [];
    for (const s of fact.sentences) {
      if (!cited.has(s.source)) continue;
      const side = sides.find((x) => x.value === s.value);
      if (side) side.sourceIds.includes(s.source) || side.sourceIds.push(s.source);
      else sides.push({ value: s.value!, sourceIds: [s.source] });
    }
    // "Per the ema.cam piece": that article's own value, not the line on how the articles differ.
    if (sides.length === 1) {
      const [side] = sides;
      return {
        status: "answered",
        question: question.text,
        answer: `${side.value} (${publishers(index, side.sourceIds)}).`,
        citations: passageIds.slice(0, maxCitations).map((id, i) => citationOf(index, index.passage(id), i === 0 ? "answer" : "support")),
        confidence,
      };
    }
    if (sides.length > 1) {
      return {
        status: "conflict",
        question: question.text,
        answer: differLine(index, sides),
        citations: passageIds.slice(0, maxCitations).map((id) => citationOf(index, index.passage(id), "conflict")),
        confidence,
        sides,
      };
    }
  }

  // One citation a source ("also reported by" counts sources), except for an overview's points.
  const cited = fact.broad
    ? passageIds
    : passageIds.filter((id, i) => passageIds.findIndex((other) => index.passage(other).sourceId === index.passage(id).sourceId) === i);
  const citations: Citation[] = cited.slice(0, maxCitations).map((id, i) => citationOf(index, index.passage(id), i === 0 || fact.broad ? "answer" : "support"));
  return { status: "answered", question: question.text, answer: asReplyTo(question, fact.answer), citations, confidence };
}

/** "In the US, yes: Kaspersky is ceasing…": a curated line's reply to a yes/no question, with its scope. */
const REPLY = /^(?:[^:,]{1,30},\s*)?(?:yes|no)\s*:\s*(?=\p{Lu})/u;

/**
 * A fact's line as a reply to this question: the yes or no of a line written for a yes/no question
 * is left out for a question that opens with a question word ("what's going on with Kaspersky in
 * the US?" is not answered "yes"). Chat puts yes/no questions in many shapes ("kaspersky us
 * done?", "explain: is it gone?"): those keep it.
 */
function asReplyTo(question: Question, line: string): string {
  return opensWithQuestionWord(question.asked) ? line.replace(REPLY, "") : line;
}

/**
 * How much the answer line's words count beside the question's when ordering a fact's sentences.
 * The question's come first, but a sentence that only echoes them ("the security risks posed by
 * Russia's influence") should not lead one that says the answer ("a significant risk to US
 * infrastructure and services"). Refitted on the training sets of round 19 (2,615 questions): 0.5 and 0.6
 * answered 9 more and 5 fewer than 0.3 did, 0.4 4 more and 2 fewer, 0.7 9 and 7, 1.0 12 and 14. (On round 9's
 * 1,329, 0.3 had gained two over 0.1 and lost none, and 0.5 five more and two fewer.)
 */
const ANSWER_SHARE = 0.5;

/**
 * How well each of a fact's sentences states its answer to the question: weighed as a passage,
 * plus its share of the answer line's words. When some of them name what the question is most
 * about ("the initial announcement"), those lead the ones that don't.
 */
function sentenceWeights(index: KnowledgeIndex, question: Question, fact: Fact): [number, number][] {
  const weighed = fact.passageIds.map((id) => weigh(index, index.passage(id), 1, question, { ofOneFact: true }));
  const weightiest = weightiestPassageTerm(index, question);
  const named = weightiest !== null && weighed.some((e) => e.terms.has(weightiest)) ? weightiest : null;
  // A date or a number the answer line gives is cited by a sentence that writes it ("on June 20") before one that only
  // dates it ("last month"), whatever was asked: "is my kaspersky gonna stop working?" is answered "with no updates after
  // September 29…", and its quote should show that date, not only the decline it leads to.
  const figures = !fact.conflict ? figuresIn(fact.answer) : [];
  return weighed.map((e) => [
    e.passage.id,
    figuresIn(e.passage.text).filter((f) => figures.includes(f)).length +
      e.score * (named !== null && !e.terms.has(named) ? RANKING.valueOfAnother : 1) +
      ANSWER_SHARE * answerShare(fact, e.terms),
  ]);
}

/** The figures written in a text, years aside: "June 20, 2024" → ["20"], "less than 50" → ["50"]. */
function figuresIn(text: string): string[] {
  return (text.match(/\d[\d,.]*\d|\d/g) ?? []).filter((f) => !/^(19|20)\d\d$/.test(f));
}

/**
 * The share of the answer line's index terms a sentence holds. `held`: the sentence's distinct
 * terms, as weigh() keeps them for the passage, rather than a new Set of them each question.
 */
function answerShare(fact: Fact, held: ReadonlySet<string>): number {
  if (fact.answerTerms.size === 0) return 0;
  let shared = 0;
  for (const t of fact.answerTerms) if (held.has(t)) shared++;
  return shared / fact.answerTerms.size;
}

/** "The sources differ: 240,000 corporate clients (BTimes, NewsBytes) vs 270,000 corporate clients (ema.cam)." */
export function differLine(index: KnowledgeIndex, sides: readonly { value: string; sourceIds: string[] }[]): string {
  return `The sources differ: ${sides.map((s) => `${s.value} (${publishers(index, s.sourceIds)})`).join(" vs ")}.`;
}

function publishers(index: KnowledgeIndex, sourceIds: string[]): string {
  return sourceIds.map((id) => index.source(id).publisher.replace(/\s*\(.*\)$/, "")).join(", ");
}
