import { withReasons } from "./fact-reasons.js";
import type { Fact, Phrasing } from "../index/fact-bank.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { yearsIn } from "../index/dates.js";
import { FACT_READERS, holdsAnswerToQuestion } from "./fact-readers.js";
import { ASKED_ONLY, detectIntent, INTENT_WORDS, intentClass, type Intent } from "./intent.js";
import { termsOf } from "../index/tokenize.js";
import { rowSimilarity, vectorRow } from "../index/word-vectors.js";
import { phrasingProfile, type PhrasingProfile, type PhrasingWord } from "./phrasing-profile.js";
import { extractQuantities } from "./quantities.js";
import { SCOPES, type Question } from "./question.js";
import { speakersIn, speakersOf } from "./speakers.js";
import { spanOf, type Span } from "./tense.js";
import questionWords from "./question-words.json" with { type: "json" };

/** How a question is matched against the question bank's facts. */
export const FACT_MATCH_DEFAULTS = {
  /** Phrasings fetched from the bank's search before they are scored. */
  candidates: 25,
  /** A question word found only in the fact's sentences, not in a way of asking for it, counts this much. */
  sentenceShare: 0.6,
  /**
   * How much of a match rests on everything the fact is asked with (its phrasings together, its
   * answer and sentences) rather than on its one closest phrasing. The closest phrasing alone
   * favours short generic ones ("how international is kaspersky"); all together, long facts.
   */
  factShare: 0.5,
  /**
   * How much of a phrasing's closeness comes from word vectors (the idf-weighted best alignment of
   * each word with the other side's most similar word) rather than from shared index terms.
   */
  vectorShare: 0.35,
  /** The closeness of a phrasing that asks another kind of question than the question's. */
  otherPhrasingIntent: 0.95,
  /**
   * The closeness of a "how long" phrasing whose span runs the other way from now ("how long has
   * kaspersky been in the us" for "how long till kaspersky is gone from the us"): with "till" and
   * "been" stopwords, the two otherwise read alike. At 0.9, "how long b4 they're totally gone from the us?" (whose only
   * searched word is "us") had the two facts within ANSWER_DEFAULTS.valuedLead, and the passages answered with the two
   * decades of presence; 0.8, 0.7 and 0.5 answer the training sets alike.
   */
  otherSpan: 0.8,
  /**
   * The closeness of a phrasing asked in the first person ("does the ban affect me at home?") to a
   * broad question asked that way ("how does this affect me?", "what should I do?"), as a factor:
   * the asker speaking for themselves is an individual, whom such phrasings are about, not a
   * company or an industry.
   * (A close match can so pass 1; lowering every other phrasing instead cost answers.)
   */
  samePerson: 1.1,
  /** No phrasing of the fact asks the question's kind of question ("why" for "when"). */
  otherIntent: 0.7,
  /**
   * A request for advice against a fact only ever asked for a value: "what should a small business that relies on
   * Kaspersky do now?" is not answered by how many firms rely on it, however many of its words that phrasing shares.
   * On the training sets (3,193 questions) 0.5 and 0.3 answered 3 more, none fewer; at 0.3 it no longer rescues a
   * question no other fact matches ("what should a small firm that relies on kaspersky do?"), which then gets advice.
   */
  valuedForAdvice: 0.3,
  /** No phrasing asks the question's kind of question, but the fact holds its kind of value (a date for "when"). */
  readIntent: 0.85,
  /**
   * The question asks no particular kind of answer ("what", yes/no), and no phrasing of the fact asks that way either.
   * On the training sets (4,005 questions) 0.85, 0.8 and 0.75 answered 6, 10 and 8 more than 0.9, and 0.7 4 fewer; at 0.8
   * the older and the newer half of the sets both gain (+5 and +4): broad questions ("what does it mean for American
   * businesses?") are answered from facts asked broadly rather than from facts that merely share their words.
   */
  looseIntent: 0.8,
  /** The question counts in one scope (the US, the world) and the fact in the other. */
  otherScope: 0.3,
  /** The share of a match kept when the fact's answer does not count what "how many" asks about ("how many employees" against a count of countries). */
  offFocus: 0.4,
  /**
   * An overview is asked with many words, so it holds much of most questions: it answers only
   * where no fact on the point matches as well, by this margin.
   */
  broad: 0.85,
  /**
   * …unless it is a close match (this closeness or more, through a phrasing that asks the question's kind of question:
   * "so what, kaspersky is leaving" is not "is kaspersky leaving?") and closer than any fact on one point by more than broadLead.
   */
  closeBroad: 0.8,
  broadLead: 0.05,
  /**
   * A fact on one point whose answer holds no value of the kind the question's intent asks for (no place for "where")
   * still answers a question this close to one of its phrasings that asks that kind of question: its curator wrote
   * that it answers it ("where will kaspersky focus now?": the markets it will invest in).
   */
  closeAsked: 0.8,
  /**
   * When the best fact lacks what the question needs (a number for "how many"), the next ones
   * are tried while they score at least this share of it.
   */
  runnerUp: 0.85,
  /** A claimed number ("270k clients, right?") that no number of the fact's is of the order of. */
  otherClaim: 0.7,
  /** Two numbers further apart than this factor count different things (as ANSWER_DEFAULTS.sameOrder). */
  sameOrder: 3,
  /**
   * A fact whose answer is dated years before its articles ("in 2017 agencies were barred") answers a
   * question about now this much less well than one on the news (as RANKING.historyFactor does
   * for passages): "has kaspersky been banned?" is about the 2024 ban.
   */
  background: 0.9,
  /** …unless it is a close match (this closeness or more) and closer than any fact on the news by more than backgroundLead. */
  closeBackground: 0.75,
  backgroundLead: 0.1,
  /** A fact stating another side's words, for a question asking what one side says ("according to Kaspersky…"), as RANKING.otherSpeaker. */
  otherSpeaker: 0.7,
  /** A fact stating nobody's words, for such a question. */
  silentSpeaker: 0.9,
  /**
   * A fact that mentions none of the names the question is about (Question.named: "what role did the Treasury
   * play?" against "what role did the Trump administration play"): the rest of the wording alike, it is about someone else.
   * (Not a feature of the fitted model, FACT_FEATURES, which the trained decide weights leave unused today: a model
   * chosen by `npm run train` would weigh matches without it, as without the speaker fit.)
   */
  unnamed: 0.7,
} as const;

/**
 * What the decide stage knows of a match, as numbers: a fitted logistic model (`npm run train`)
 * weighs them into the match's score; without one, the hand-set product of FACT_MATCH_DEFAULTS
 * stands. Logarithms, so that the model can recover the product's shape.
 */
export const FACT_FEATURES = [
  "bias",
  "logCloseness",
  "logCoverage",
  "logIntentFit",
  "phrasingAsksIntent",
  "holdsAskedValue",
  "otherScope",
  "logFocusFit",
  "otherClaim",
  "broadFact",
  "broadForOverview",
  "unknownShare",
  "valuedIntent",
  "background",
] as const;

/** A fitted model: one coefficient per feature, in FACT_FEATURES' order. */
export type FactModel = { features: readonly string[]; coefficients: readonly number[] };

/** How well one fact matches a question, through its closest phrasing. */
export type FactMatch = {
  fact: Fact;
  phrasing: Phrasing;
  /** 0..1: the fitted model's probability that the fact answers, or the hand-set product. */
  score: number;
  features: number[];
  /** Cosine-like closeness of the question and the phrasing: √(coverage × precision), times samePerson where it applies. */
  closeness: number;
  /** Share of the question's weight the fact's phrasings together (or, at a discount, its sentences) hold. */
  coverage: number;
  intentFit: number;
  scopeFit: number;
  focusFit: number;
  claimFit: number;
  /** Dated years before the news, for a question about now: discounted by options.background. */
  background: boolean;
  /** The event whose match this reason took, for a "why" question (see withReasons); its phrasing is the event's. */
  reasonOf?: Fact;
};

const LOOSE: ReadonlySet<Intent> = new Set(["what", "yes_no"]);
/** Kinds of question whose answer is always in a scope: a count, a place. */
const SCOPED: ReadonlySet<Intent> = new Set(["how_many", "where"]);

const FACT_NUMBERS = new WeakMap<Fact, number[]>();
/** Whether a number the question claims is of the order of one the fact states. */
function claimsMatch(question: Question, fact: Fact, order: number): boolean {
  let numbers = FACT_NUMBERS.get(fact);
  // The numbers the fact states (its answer, each source's value), not every number in its sentences:
  // "270,000 corporate clients in over 200 countries" also states the count of countries.
  if (!numbers)
    FACT_NUMBERS.set(
      fact,
      (numbers = [fact.answer, ...fact.sentences.map((s) => s.value ?? "")].flatMap((text) => extractQuantities(text).map((q) => q.value))),
    );
  return question.claimed.some((c) => numbers.some((n) => n > 0 && c.value > 0 && Math.max(n, c.value) / Math.min(n, c.value) <= order));
}

/**
 * Every phrasing of the fact that asks a particular kind of question asks for a date, a number, a
 * name or a place: it answers no "why" or "what should we do". Loose phrasings ("doc kaspersky
 * ban", "was it commerce…?") ask no kind of answer and say nothing either way.
 */
function onlyValued(fact: Fact): boolean {
  let valued = false;
  for (const intent of intentsOf(fact)) {
    if (LOOSE.has(intent)) continue;
    if (intentClass(intent) !== "valued") return false;
    valued = true;
  }
  return valued;
}

/** The bank's phrasings that ask for advice, kept per index: the bank is fixed once the index is built. */
function advicePhrasings(index: KnowledgeIndex): readonly Phrasing[] {
  let found = ADVICE_PHRASINGS.get(index);
  if (!found) ADVICE_PHRASINGS.set(index, (found = index.bank.phrasings.filter((p) => intentOf(p) === "advice")));
  return found;
}
const ADVICE_PHRASINGS = new WeakMap<KnowledgeIndex, readonly Phrasing[]>();

const PHRASING_INTENTS = new WeakMap<Phrasing, Intent>();
/** The kind of question a phrasing asks (memoised: phrasings live as long as the index). */
export function intentOf(phrasing: Phrasing): Intent {
  let intent = PHRASING_INTENTS.get(phrasing);
  if (!intent) PHRASING_INTENTS.set(phrasing, (intent = detectIntent(phrasing.text)));
  return intent;
}

const PHRASING_SPANS = new WeakMap<Phrasing, Span | null>();
/** The way a "how long" phrasing's span runs (memoised: phrasings live as long as the index). */
function spanOfPhrasing(phrasing: Phrasing): Span | null {
  let span = PHRASING_SPANS.get(phrasing);
  if (span === undefined) PHRASING_SPANS.set(phrasing, (span = spanOf(phrasing.text)));
  return span;
}
export const otherSpan = (span: Span): Span => (span === "ahead" ? "behind" : "ahead");

const PASSAGE_SPANS = new WeakMap<KnowledgeIndex, ReadonlyMap<number, Span | null>>();
/**
 * The way the durations a passage states run, as the bank's facts that cite it are asked ("how long has kaspersky been
 * in the us" runs behind: "has been operating in the US for over two decades"); undefined when no fact's phrasings say,
 * or facts disagree. Worked out once per index.
 */
export function passageSpan(index: KnowledgeIndex, passageId: number): Span | undefined {
  let spans = PASSAGE_SPANS.get(index);
  if (!spans) {
    // null: facts citing the passage are asked both ways.
    const found = new Map<number, Span | null>();
    for (const fact of index.bank.facts) {
      const factSpans = new Set(fact.questions.map(spanOf).filter((s) => s !== null));
      if (factSpans.size !== 1) continue;
      const [span] = factSpans;
      for (const id of fact.passageIds) found.set(id, found.has(id) && found.get(id) !== span ? null : span);
    }
    PASSAGE_SPANS.set(index, (spans = found));
  }
  return spans.get(passageId) ?? undefined;
}

/** The asker speaking for themselves (question-words.json, firstPerson). */
const FIRST_PERSON = new RegExp(`\\b(${questionWords.firstPerson.join("|")})\\b`, "i");
const PHRASINGS_IN_FIRST_PERSON = new WeakMap<Phrasing, boolean>();
/** Whether a phrasing is asked in the first person (memoised: phrasings live as long as the index). */
function inFirstPerson(phrasing: Phrasing): boolean {
  let first = PHRASINGS_IN_FIRST_PERSON.get(phrasing);
  if (first === undefined) PHRASINGS_IN_FIRST_PERSON.set(phrasing, (first = FIRST_PERSON.test(phrasing.text)));
  return first;
}

const FACT_INTENTS = new WeakMap<Fact, ReadonlySet<Intent>>();
/** The kinds of question the fact's phrasings ask. */
export function intentsOf(fact: Fact): ReadonlySet<Intent> {
  let intents = FACT_INTENTS.get(fact);
  if (!intents) FACT_INTENTS.set(fact, (intents = new Set(fact.questions.map(detectIntent))));
  return intents;
}

/** The question bank's facts for a question, best first. */
export function matchFacts(index: KnowledgeIndex, question: Question, model: FactModel | null = null, options = FACT_MATCH_DEFAULTS): FactMatch[] {
  const weights = new Map(question.terms.map((t) => [t.term, t.weight]));
  const total = question.terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return [];
  // The same terms and weights as plain arrays, in the Map's order: iterating a Map's entries makes
  // a [term, weight] pair each time, and this runs once per candidate phrasing and per fact.
  const weighted: WeightedTerms = { terms: [...weights.keys()], weights: [...weights.values()] };
  // Closest phrasing of each fact.
  const closest = new Map<Fact, { phrasing: Phrasing; closeness: number }>();
  // "What's the deadline?": when the words that say what kind of answer is wanted are all the question has, phrasings are compared on them too.
  const kindWords = intentTerms(question.intent);
  const skip = question.intent !== "overview" && question.terms.length > 0 && question.terms.every((t) => kindWords.has(t.term)) ? NO_TERMS : kindWords;
  const asked = question.terms.map((t) => ({ term: t.term, row: vectorRow(t.word), weight: t.weight }));
  let askedTotal = 0;
  for (const q of asked) askedTotal += q.weight;
  // The same few words recur across the candidate phrasings: each one's similarity to every
  // question word is worked out once a question (bank words are shared objects, see phrasingProfile).
  startColumns(index, asked);
  const bestOfAsked = new Float64Array(asked.length);
  // Only a broad question: "how does this affect me?" is about an individual, while "can i still resell it?" is about reselling, whoever asks.
  const firstPerson = (question.intent === "overview" || question.intent === "advice") && FIRST_PERSON.test(question.text);
  // As for passages: the corpus's subject ("kaspersky") is in most phrasings, so it is searched only when the question has no other word.
  // A word the sources and the bank lack ("waiting") finds no phrasing: it does not stand for the question. Nor does one
  // that hands its meaning on ("why does it matter so much that it is Russian?" is about its being Russian).
  const focused = question.terms.filter((t) => t.known && !t.minor && !index.isBackground(t.term)).map((t) => t.term);
  const consider = (phrasing: Phrasing) => {
    const profile = phrasingProfile(index, phrasing, skip);
    // A phrasing that asks another kind of question ("why was it banned?" for "was it banned before?") says a little less the same.
    const closeness =
      ((1 - options.vectorShare) * closenessOf(profile, weights, weighted, total) +
        options.vectorShare * alignmentOf(profile, asked, askedTotal, bestOfAsked)) *
      (intentOf(phrasing) === question.intent ? 1 : options.otherPhrasingIntent) *
      (question.span !== null && spanOfPhrasing(phrasing) === otherSpan(question.span) ? options.otherSpan : 1) *
      (firstPerson && inFirstPerson(phrasing) ? options.samePerson : 1);
    const known = closest.get(phrasing.fact);
    if (!known || closeness > known.closeness) closest.set(phrasing.fact, { phrasing, closeness });
  };
  for (const phrasing of index.bank.candidates(focused.length > 0 ? focused : [...weights.keys()], options.candidates)) consider(phrasing);
  // "What should a small firm that relies on Kaspersky do?": a request for advice is compared with the advice the bank
  // holds, whichever of its words the question's words found ("firms rely on kaspersky" asks how many). Not one that
  // names nothing itself, searched with what the asker said before it: the story's overview answers that (ask.ts).
  if (question.intent === "advice" && !question.searchedContext)
    for (const phrasing of advicePhrasings(index)) if (!closest.has(phrasing.fact)) consider(phrasing);
  const scope = question.scopes;
  const other = scope.length === 1 ? SCOPES.find((s) => s !== scope[0])! : null;
  // What "how many" counts must be what the fact's answer counts; elsewhere the focus is only the topic.
  const { terms: focus, people } = question.intent === "how_many" ? countedTerms(question) : { terms: [], people: false };
  // A question about the past ("banned before?", "b4 this?", "in 2017?") is answered by the background as well as by
  // the news: read in its words as asked and as spelt out. "When was it banned?" is about the news: a "when" alone is not.
  const asksPast = question.namesYear || PAST.test(question.text) || PAST.test(question.asked);
  const unknownShare = question.terms.reduce((sum, t) => sum + (t.known ? 0 : t.weight), 0) / total;
  // How close the closest fact on one point is: an overview asked for in so many words is closer.
  let narrowCloseness = 0;
  for (const [fact, { closeness }] of closest) if (!fact.broad && closeness > narrowCloseness) narrowCloseness = closeness;
  // The news answers before the background only where it is asked about as closely: "when was kaspersky started?" is
  // about its founding, which no news fact is as close to, and "when was it banned?" about the 2024 ban, which is.
  let newsCloseness = 0;
  if (!asksPast) for (const [fact, { closeness }] of closest) if (closeness > newsCloseness && !isBackground(index, fact)) newsCloseness = closeness;
  const matches: FactMatch[] = [];
  for (const [fact, { phrasing, closeness }] of closest) {
    let held = 0;
    for (let i = 0; i < weighted.terms.length; i++) {
      const term = weighted.terms[i];
      const weight = weighted.weights[i];
      held += fact.askedTerms.has(term) ? weight : fact.sentenceTerms.has(term) ? weight * options.sentenceShare : 0;
    }
    const coverage = held / total;
    // A fact answers a kind of question its phrasings ask, or whose kind of value it holds (a date, a number, a name).
    // An overview is what a broad question asks for, however its phrasings put it.
    const asksIt = intentsOf(fact).has(question.intent) || (fact.broad && (question.intent === "overview" || question.intent === "list"));
    const holdsIt = FACT_READERS[question.intent] !== undefined && holdsAnswerToQuestion(question, fact, index);
    const intentFit = asksIt
      ? 1
      : ASKED_ONLY.has(question.intent)
        ? options.otherIntent
        : holdsIt
          ? options.readIntent
          : // No reader can tell whether a fact holds a reason: such a question is taken as loosely as "what", unless the
            // fact is only ever asked for a value ("how many…", "when…"), which no open question wants. Advice is what
            // a fact's phrasings ask for or not: "what should businesses do?" is not "is kaspersky going out of business?".
            LOOSE.has(question.intent) || (!FACT_READERS[question.intent] && question.intent !== "advice" && !onlyValued(fact))
            ? options.looseIntent
            : question.intent === "advice" && onlyValued(fact)
              ? options.valuedForAdvice
              : options.otherIntent;
    // A scoped question is answered in its scope: "how many employees worldwide" not by the US
    // headcount, "where is its US office" not by the Moscow headquarters; "how many customers in
    // Europe" only by a fact asked about Europe.
    const scopeFit =
      other && !fact.answerTerms.has(scope[0]) && (fact.answerTerms.has(other) || (SCOPED.has(question.intent) && !inScope(fact, scope[0])))
        ? options.otherScope
        : question.placeAsked !== null && !fact.askedTerms.has(question.placeAsked) && !fact.answerTerms.has(question.placeAsked)
          ? options.otherScope
          : 1;
    // A claim to check ("270k clients, right?") is about a fact that states a number of its order.
    const claimFit = question.claimed.length === 0 || claimsMatch(question, fact, options.sameOrder) ? 1 : options.otherClaim;
    // "How many people": a number the answer puts on people ("400 million users"), not one beside them ("clients in 200 countries").
    const counted = people ? countedNouns(fact) : fact.answerTerms;
    const focusFit = focus.length === 0 || fact.conflict || focus.some((t) => counted.has(t)) ? 1 : options.offFocus;
    // …unless an overview is asked for in so many words ("how big is kaspersky", "is it pulling out completely?").
    const broadFit =
      fact.broad &&
      question.intent !== "overview" &&
      !(closeness >= options.closeBroad && closeness - narrowCloseness > options.broadLead && intentOf(phrasing) === question.intent)
        ? options.broad
        : 1;
    const background = !asksPast && isBackground(index, fact) && !(closeness >= options.closeBackground && closeness - newsCloseness > options.backgroundLead);
    const speakerFit = question.speaker ? speakerFitOf(fact, question.speaker, options) : 1;
    const unnamed = question.named.length > 0 && !question.named.some((t) => fact.askedTerms.has(t) || fact.sentenceTerms.has(t) || fact.answerTerms.has(t));
    const product =
      closeness ** (1 - options.factShare) *
      coverage ** options.factShare *
      intentFit *
      scopeFit *
      focusFit *
      claimFit *
      broadFit *
      speakerFit *
      (background ? options.background : 1) *
      (unnamed ? options.unnamed : 1);
    const features = [
      1,
      log(closeness),
      log(coverage),
      log(intentFit),
      asksIt ? 1 : 0,
      holdsIt ? 1 : 0,
      scopeFit < 1 ? 1 : 0,
      log(focusFit),
      claimFit < 1 ? 1 : 0,
      fact.broad ? 1 : 0,
      fact.broad && question.intent === "overview" ? 1 : 0,
      unknownShare,
      intentClass(question.intent) === "valued" ? 1 : 0,
      background ? 1 : 0,
    ];
    const score = model ? sigmoid(features.reduce((sum, x, i) => sum + x * model.coefficients[i], 0)) : product;
    matches.push({ fact, phrasing, score, features, closeness, coverage, intentFit, scopeFit, focusFit, claimFit, background });
  }
  return withReasons(
    matches.sort((a, b) => b.score - a.score),
    question,
    index.bank,
  );
}

/** Whether the fact's answer line reports the asked side's words, another side's, or nobody's. */
function speakerFitOf(fact: Fact, side: string, options: typeof FACT_MATCH_DEFAULTS): number {
  // The answer line says whose words the fact is: its sentences may quote both sides ("…, though Kaspersky has denied it").
  const sides = speakersOf(fact, () => speakersIn(fact.answer));
  return sides.has(side) ? 1 : sides.size > 0 ? options.otherSpeaker : options.silentSpeaker;
}

/** The question's distinct terms and their weights, side by side. */
type WeightedTerms = { terms: readonly string[]; weights: readonly number[] };

/**
 * √(share of the question's weight the phrasing holds × share of the phrasing's weight the
 * question holds): high only when they say much the same. The words that only say what kind of
 * answer is wanted were left out of the question ("how many people…"), and of the profile.
 */
function closenessOf(profile: PhrasingProfile, weights: ReadonlyMap<string, number>, weighted: WeightedTerms, total: number): number {
  let held = 0;
  for (let i = 0; i < weighted.terms.length; i++) held += profile.termSet.has(weighted.terms[i]) ? weighted.weights[i] : 0;
  let shared = 0;
  const { terms, termIdfs, size } = profile;
  for (let i = 0; i < terms.length; i++) if (weights.has(terms[i])) shared += termIdfs[i];
  return size > 0 ? Math.sqrt((held / total) * (shared / size)) : 0;
}

/** A question word: its index term, its row in the word vectors, its weight. */
type AskedWord = { term: string; row: number; weight: number };

/**
 * Each question word's similarity (cosine of word-vector rows) to each bank word, by the question
 * word's row and the bank word's id, NaN where not yet worked out: a question word meets some fifty
 * bank words a question, each a 100-dimension dot product, and the same question words come back
 * (a word, not a question, is the key). An array per question word, read by index: a Map per
 * question word looked up for every pair was ~4% of ask(). Kept per index, as a bank word's id is
 * its index's (phrasing-profile.ts). Up to MAX_SIMILARITY_ROWS question words an index, 8 bytes a
 * slot, a row growing to twice the bank's words at most (the seeds' 890: about 3.6 MB at most); emptied
 * when full.
 */
const SIMILARITY_ROWS = new WeakMap<KnowledgeIndex, Map<number, Float64Array>>();
const MAX_SIMILARITY_ROWS = 256;

/** The similarities of the question word in vector row `row`, with a slot for bank words up to `id`. */
function similarityRow(rows: Map<number, Float64Array>, row: number, id: number): Float64Array {
  let sims = rows.get(row);
  if (!sims || id >= sims.length) {
    const more = new Float64Array(Math.max(256, 2 * (sims?.length ?? 0), id + 1)).fill(Number.NaN);
    if (sims) more.set(sims);
    else if (rows.size >= MAX_SIMILARITY_ROWS) rows.clear();
    rows.set(row, (sims = more));
  }
  return sims;
}

/** The `i`th question word's similarity to the bank word; 0 when either has no vector row. */
function similarityTo(asked: AskedWord, i: number, word: PhrasingWord): number {
  if (asked.row < 0 || word.row < 0) return 0;
  let sims = askedSimilarities[i];
  if (word.id >= sims.length) askedSimilarities[i] = sims = similarityRow(similarityRows, asked.row, word.id);
  let sim = sims[word.id];
  if (Number.isNaN(sim)) sims[word.id] = sim = rowSimilarity(asked.row, word.row);
  return sim;
}

/**
 * One question's similarities of bank words to its words, a column of `columnHeight` (the question's
 * word count) per bank word met, side by side in one reused array: a column per word in a Map of
 * Float64Arrays made some 10 KB of garbage a question, and the young-generation collections it
 * brought on are the ask() latency's tail. A word's column is at `columnSlot[word.id]` while
 * `columnStamp[word.id]` is this question's stamp. Module state: matchFacts runs to its end
 * before another question starts.
 */
let columns = new Float64Array(1024);
let columnSlot: Int32Array = new Int32Array(256);
let columnStamp: Int32Array = new Int32Array(256);
let stamp = 0;
let columnsUsed = 0;
let columnHeight = 0;

/** Each question word's similarities to bank words (see similarityRow), this question's words in order, and the index's rows they are in. */
let askedSimilarities: Float64Array[] = [];
let similarityRows = new Map<number, Float64Array>();
const NO_SIMILARITIES = new Float64Array(0);

/** A new question with these words, matched against this index's bank: every column from the last one is stale. */
function startColumns(index: KnowledgeIndex, asked: readonly AskedWord[]): void {
  stamp++;
  columnsUsed = 0;
  columnHeight = asked.length;
  let rows = SIMILARITY_ROWS.get(index);
  if (!rows) SIMILARITY_ROWS.set(index, (rows = new Map()));
  similarityRows = rows;
  askedSimilarities = asked.map((a) => (a.row >= 0 ? similarityRow(rows, a.row, 0) : NO_SIMILARITIES));
}

/** Where in `columns` the word's similarity to each question word starts, worked out on its first use this question. */
function columnOf(word: PhrasingWord, asked: readonly AskedWord[]): number {
  if (word.id >= columnStamp.length) {
    const size = Math.max(2 * columnStamp.length, word.id + 1);
    columnSlot = grown(columnSlot, size);
    columnStamp = grown(columnStamp, size);
  }
  if (columnStamp[word.id] === stamp) return columnSlot[word.id] * columnHeight;
  const slot = columnsUsed++;
  if ((slot + 1) * columnHeight > columns.length) {
    const more = new Float64Array(Math.max(2 * columns.length, (slot + 1) * columnHeight));
    more.set(columns);
    columns = more;
  }
  columnStamp[word.id] = stamp;
  columnSlot[word.id] = slot;
  const start = slot * columnHeight;
  for (let i = 0; i < asked.length; i++) columns[start + i] = asked[i].term === word.term ? 1 : similarityTo(asked[i], i, word);
  return start;
}

function grown(array: Int32Array, size: number): Int32Array {
  const more = new Int32Array(size);
  more.set(array);
  return more;
}

/**
 * How well the question's words and the phrasing's align through word vectors: each word's
 * best match on the other side (1 for the same index term, the vectors' cosine otherwise),
 * weighted by its weight, averaged over both directions. `askedTotal`: the question words'
 * weights summed; `bestOfAsked`: scratch, one slot per question word. Each phrasing word's
 * similarities to the question's words are read from `columns` (see columnOf).
 */
function alignmentOf(profile: PhrasingProfile, asked: readonly AskedWord[], askedTotal: number, bestOfAsked: Float64Array): number {
  const own = profile.words;
  if (own.length === 0 || asked.length === 0) return 0;
  // Each pair's similarity once, for both directions: each side's best match is a row's or a column's maximum.
  bestOfAsked.fill(0);
  let backward = 0;
  for (const word of own) {
    const start = columnOf(word, asked);
    let bestOfOwn = 0;
    for (let i = 0; i < asked.length; i++) {
      const s = columns[start + i];
      if (s > bestOfAsked[i]) bestOfAsked[i] = s;
      if (s > bestOfOwn) bestOfOwn = s;
    }
    backward += word.idf * bestOfOwn;
  }
  let forward = 0;
  for (let i = 0; i < asked.length; i++) forward += asked[i].weight * bestOfAsked[i];
  return (forward / askedTotal + backward / profile.wordIdfTotal) / 2;
}

/**
 * The noun "how many" counts, as index terms: the first word after it ("how many employees…"),
 * unless that word is generic ("how many people…"), when the rest of the question says what is
 * counted; `people` when it counts people of some kind, read from what a fact's numbers count.
 */
function countedTerms(question: Question): { terms: string[]; people: boolean } {
  const [first] = question.focus;
  if (first && PEOPLE.has(first) && GENERIC_COUNTS.has(first)) {
    // "How many people does it employ": the question's own word for the people says which ("employ" is the staff's).
    const named = question.terms.filter((t) => PEOPLE_TERMS.includes(t.term)).map((t) => t.term);
    return { terms: named.length > 0 ? named : PEOPLE_TERMS, people: true };
  }
  // "How much money…": the measure of an amount, which a share or a sum of anything answers (question-words.json, amountNouns).
  if (!first || GENERIC_COUNTS.has(first) || AMOUNT_NOUNS.has(first)) return { terms: [], people: false };
  return { terms: termsOf(first), people: false };
}
const COUNTED_NOUNS = new WeakMap<Fact, ReadonlySet<string>>();
/**
 * The index terms of what the numbers in a fact's answer line count ("users" in "400 million
 * users"); an answer without a number ("the exact number of US customers … has not been
 * disclosed") speaks of what its words name.
 */
function countedNouns(fact: Fact): ReadonlySet<string> {
  let nouns = COUNTED_NOUNS.get(fact);
  if (!nouns) {
    const quantities = extractQuantities(fact.answer);
    COUNTED_NOUNS.set(fact, (nouns = quantities.length > 0 ? new Set(quantities.flatMap((q) => q.terms)) : fact.answerTerms));
  }
  return nouns;
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** "How many people…" counts people of any kind (question-words.json). */
const PEOPLE: ReadonlySet<string> = new Set(questionWords.people);
const PEOPLE_TERMS: string[] = [...new Set(questionWords.people.flatMap((w) => termsOf(w)))];
const GENERIC_COUNTS: ReadonlySet<string> = new Set(INTENT_WORDS.how_many);
const AMOUNT_NOUNS: ReadonlySet<string> = new Set(questionWords.amountNouns);

/** Whether the fact's answer line or sentences hold the term. */
function inScope(fact: Fact, term: string): boolean {
  return fact.answerTerms.has(term) || fact.sentenceTerms.has(term);
}

/** A feature's logarithm, floored so that a zero does not make it infinite. */
function log(x: number): number {
  return Math.log(Math.max(x, 1e-3));
}

const BACKGROUND = new WeakMap<Fact, boolean>();
/** A fact whose answer dates it years before the articles it cites were written ("In 2017 the US government…"); kept as long as the fact. */
function isBackground(index: KnowledgeIndex, fact: Fact): boolean {
  let background = BACKGROUND.get(fact);
  if (background === undefined) {
    const years = yearsIn(fact.answer);
    const written = Math.min(...fact.sentences.map((s) => Number(index.source(s.source).published?.slice(0, 4) ?? Infinity)));
    BACKGROUND.set(fact, (background = years.length > 0 && years.every((y) => y < written - 1)));
  }
  return background;
}

/** Words that ask about earlier times: "before", "previously", "in the past", "history". */
const PAST = /\b(before|previously|earlier|prior|formerly|in the past|history|historically|ago|used to|first time|ever)\b/i;

const INTENT_TERMS = new Map<Intent, ReadonlySet<string>>();
/** The index terms of an intent's words ("people" for "how many"). */
function intentTerms(intent: Intent): ReadonlySet<string> {
  let terms = INTENT_TERMS.get(intent);
  if (!terms) INTENT_TERMS.set(intent, (terms = new Set(INTENT_WORDS[intent].flatMap((w) => termsOf(w)))));
  return terms;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
