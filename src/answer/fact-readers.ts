import type { Fact } from "../index/fact-bank.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { tokenize } from "../index/tokenize.js";
import type { Intent } from "./intent.js";
import type { Question } from "./question.js";
import { namedEntities } from "./entities.js";
import { extractNames, placeLike } from "./names.js";
import { COUNT_WORDS, extractQuantities, saysHowLong } from "./quantities.js";

/**
 * The read stage for curated facts: one reader per kind of question, saying whether a fact holds
 * the kind of value that kind of question asks for. An intent without a reader ("why", "what",
 * yes/no) takes any fact. A new intent's reader is one more entry.
 */
type FactReader = (fact: Fact, index: KnowledgeIndex) => boolean;

/** A number, or words on the number itself ("the exact number … has not been disclosed"); a span of time ("more than a year") is how long, not how many. */
const counts = (text: string) => COUNT_WORDS.test(text) || extractQuantities(text).some((q) => q.kind !== "duration" && !/^an?\b/i.test(q.text));

/** Whether a name is more than what every article is about ("Kaspersky", "US"). */
const distinctive = (name: string, index: KnowledgeIndex) => tokenize(name).some((w) => !index.isBackgroundWord(w));

/** Places named in the answer line, as compromise reads them: "Moscow", not the adjective "Russian". */
function answerPlaces(fact: Fact, index: KnowledgeIndex): string[] {
  return entitiesOf(fact).places.filter((n) => distinctive(n, index));
}

/** People and organisations named in the answer line: the engine's own name reader, and compromise's (it knows sentence-initial names). */
function answerAgents(fact: Fact, index: KnowledgeIndex): string[] {
  const own = extractNames(fact.answer)
    .filter((n) => !placeLike(n, fact.answer))
    .map((n) => n.text);
  return [...own, ...entitiesOf(fact).agents].filter((n) => distinctive(n, index));
}

const ENTITIES = new WeakMap<Fact, { places: string[]; agents: string[] }>();
/** One parse of a fact's answer line, kept as long as the fact. */
function entitiesOf(fact: Fact): { places: string[]; agents: string[] } {
  let entities = ENTITIES.get(fact);
  if (!entities)
    ENTITIES.set(fact, (entities = { places: namedEntities(fact.answer, ["places"]), agents: namedEntities(fact.answer, ["people", "organizations"]) }));
  return entities;
}

export const FACT_READERS: Partial<Record<Intent, FactReader>> = {
  /** A date in one of its sentences. */
  when: (fact, index) => fact.passageIds.some((id) => index.passage(id).dates.length > 0),
  /**
   * A number in its answer: "how many" is not answered by "all of its US-based positions". Where the sources
   * disagree, on a number or on a list to count, but not on a span of time: "how much is it a year" is not
   * answered by "nearly two decades".
   */
  how_many: (fact) => (fact.conflict ? conflictValues(fact).some((v) => !saysHowLong(v)) : counts(fact.answer)),
  /** A span of time in its answer, counted or not ("nearly two decades", "years of tension"), or in the values the sources disagree on. */
  how_long: (fact) => (fact.conflict ? conflictValues(fact).some(saysHowLong) : saysHowLong(fact.answer)),
  /** A place named in its answer ("Moscow"), not "more than 200 countries". */
  where: (fact, index) => answerPlaces(fact, index).length > 0,
  /** A person or organisation named in its answer. */
  who: (fact, index) => answerAgents(fact, index).length > 0,
};

/** The values the sources give for a fact they disagree on. */
function conflictValues(fact: Fact): string[] {
  return fact.sentences.flatMap((s) => (s.value ? [s.value] : []));
}

const READ = new WeakMap<Fact, Map<Intent, boolean>>();

/** Whether the fact holds what the intent asks for (memoised: facts live as long as the index). */
export function holdsAnswerTo(intent: Intent, fact: Fact, index: KnowledgeIndex): boolean {
  const reader = FACT_READERS[intent];
  if (!reader) return true;
  let read = READ.get(fact);
  if (!read) READ.set(fact, (read = new Map()));
  let holds = read.get(intent);
  if (holds === undefined) read.set(intent, (holds = reader(fact, index)));
  return holds;
}

/**
 * Whether the fact holds what the question asks for: what its intent asks, or for "how long till updates
 * stop?" (a span ahead of now, Question.span) the date it runs to, as "how long do we have before…" asks.
 */
export function holdsAnswerToQuestion(question: Question, fact: Fact, index: KnowledgeIndex): boolean {
  if (holdsAnswerTo(question.intent, fact, index)) return true;
  return question.span === "ahead" && holdsAnswerTo("when", fact, index);
}
