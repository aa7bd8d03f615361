import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { extractDates, formatDate, yearsIn } from "../index/dates.js";
import { termsOf, tokenize } from "../index/tokenize.js";
import type { Answer, Citation } from "./answer-schema.js";
import { citationOf } from "./citation.js";
import { counterpartCandidates, sharesPhrase, similarity } from "./counterparts.js";
import { alignValue, asksOrganisation, asksPersonName, describe, namesWhatIsAsked, sameFact, TYPED_INTENTS, weigh, type Evidence } from "./evidence.js";
import { distinctiveWords } from "./names.js";
import { asAnswerLine, focusClause } from "./phrases.js";
import { cleanText, latestArticleYear, monthNumber, namesNothing, newestPublished, readQuestion, SCOPES, type Question } from "./question.js";
import { readInContext, turnAfter, type ReadInContext, type Turn } from "./follow-up.js";
import { answerTogether, questionParts } from "./question-parts.js";
import { suggestQuestions } from "./suggest.js";
import { cannedAnswer, isHelpRequest } from "./canned-answers.js";
import { isCourtesyOnly } from "./core-question.js";
import { opensWithoutSubject } from "./entities.js";
import { bestFact, bestFactAnswer, differLine } from "./fact-answer.js";
import { withRunnerUp } from "./runner-up.js";
import { DECIDE_WEIGHTS, intentClass, type DecideWeights } from "./decide-weights.js";
import { ASKED_ONLY } from "./intent.js";
import { matchFacts, otherSpan, passageSpan, type FactMatch } from "./fact-match.js";
import type { Span } from "./tense.js";
import { holdsNeededValues, neededValues } from "./needed-values.js";
import { COUNT_WORDS, saysHowLong } from "./quantities.js";
import { speakersIn, speakersOf, wordsBeforeSpeech } from "./speakers.js";
import { namesTheStoryIn } from "./story-names.js";
import { broadAnswer, storyOverview } from "./story-overview.js";

/** Every threshold of the answer engine in one place, with why it is where it is. */
export const ANSWER_DEFAULTS = {
  /**
   * Below this share of the question's weight, the best passage does not answer it: the question
   * asks about something the sources do not mention ("the fine for selling after the deadline").
   */
  minCoverage: 0.5,
  /**
   * A passage that gives advice ("should closely monitor…", "strongly advise…") answers a request
   * for advice while it holds this share: an asker says much about themselves that the advice never
   * repeats ("we manage a few hundred endpoints running Kaspersky. What approach…").
   */
  adviceCoverage: 0.3,
  /** A passage with the asked-for kind of fact is preferred while it holds this share of the top passage's coverage. */
  valueCoverage: 0.6,
  /** A passage holding this share of the question answers it in its own words, even without the asked-for date or number. */
  fullCoverage: 0.95,
  /** Another source that holds this share of the best passage's coverage speaks to the same point. */
  supportCoverage: 0.75,
  /** A disagreeing source must cover the question almost as well as the best one to count as a conflict. */
  conflictCoverage: 0.85,
  /**
   * Another source's passage that gives a comparable value (a number of the same thing, the same
   * list, the same quotation) states the same fact when it holds this share of the best passage's
   * distinctive words, even if it holds less of the question.
   */
  restatementSimilarity: 0.25,
  /** An untyped answer: another source retells its point when it holds this share of the best passage's distinctive words… */
  retellingSimilarity: 0.2,
  /** …and this share of the best passage's coverage of the question. */
  retellingCoverage: 0.5,
  /** The best passage's rarest words searched beside the question's to find other sources' statements of its fact. */
  counterpartWords: 4,
  /** How many passages those words fetch. */
  counterpartCandidates: 8,
  /** A shorter quotation is the same statement as a longer one when this share of its words is in it. */
  sameStatementShare: 0.6,
  /** Two numbers of the same thing further apart than this factor count different things ("nearly a month", "two decades"). */
  sameOrder: 3,
  /** Two sentences with different dates speak of one event, and so disagree, when they share this much vocabulary (see sameEvent). */
  sameEventOverlap: 0.25,
  /** Untyped answers: another source says the same when their sentences share this much vocabulary. */
  supportOverlap: 0.25,
  /** A person named for an organisation need only be loosely on the question ("…'s declaration in June"). */
  officialCoverage: 0.4,
  /** "Biden or Trump": a passage on the alternative the answer leaves out must hold this share of its coverage. */
  alternativeCoverage: 0.4,
  maxCitations: 5,
  relatedCitations: 3,
  /** See clearLead(): how far the best fact must lead the next for a valued question. */
  valuedLead: 0.05,
} as const;

/** What each stage decided for one question: filled in when `ask()` is given one (`--explain`). */
export type Trace = {
  /** The message as read in its conversation: itself, or the question it completes. */
  reading?: ReadInContext;
  question?: Question;
  facts?: FactMatch[];
  ranked?: Evidence[];
  /** Which way the answer came: a curated fact, the passages, a fact where the passages found none, the story's overview for a question that names nothing, each of a message's questions, or none. */
  route?: "canned" | "fact" | "passages" | "fact-rescue" | "story-overview" | "parts" | "not_found";
  /** The fact whose line follows the best one's, for a broad question both match about as well (see withRunnerUp). */
  runnerUp?: string;
  /** A message's questions, when each was answered on its own. */
  parts?: string[];
};

export type AskOptions = {
  /** Filled in with what each stage decided (`--explain`). */
  trace?: Trace;
  /** The decide stage's thresholds; `npm run train` tries others. */
  decide?: DecideWeights;
  /** The conversation's turn before this one: an elliptical follow-up ("and resales?") is read in its light. */
  previous?: Turn | null;
};

/** Answers a question from the index: always a schema-valid Answer, never an exception for any input. */
export function ask(index: KnowledgeIndex, raw: string, { trace = {}, decide = DECIDE_WEIGHTS, previous }: AskOptions = {}): Answer {
  const reading = (trace.reading = readInContext(raw, previous, index));
  const found = answerParts(index, reading.question, trace, decide) ?? answerQuestion(index, reading.question, trace, decide);
  const answer = reading.completedBy ? { ...found, question: cleanText(raw), readAs: reading.question } : found;
  const suggestions = suggestQuestions(index, answer);
  return suggestions.length > 0 ? { ...answer, suggestions } : answer;
}

/**
 * A message that asks two or three things ("where does Kaspersky come from and how old is the
 * company?"), each answered on its own, a later part read as a follow-up of the one before ("is
 * that the same date?"); null when it asks one thing, or when not every part names something the
 * sources know and is answered (see answerTogether).
 */
function answerParts(index: KnowledgeIndex, message: string, trace: Trace, decide: DecideWeights): Answer | null {
  const parts = questionParts(message);
  if (parts.length < 2) return null;
  const answers: Answer[] = [];
  for (const part of parts) {
    const partTrace: Trace = {};
    const previous = answers.length > 0 ? turnAfter(answers[answers.length - 1]) : null;
    const answer = answerQuestion(index, readInContext(part, previous, index).question, partTrace, decide);
    // Only answers to every part are joined (joinAnswers): a part not answered settles it, without reading the rest.
    if (!partTrace.question?.terms.some((t) => t.known) || answer.status !== "answered") return null;
    answers.push(answer);
  }
  const together = answerTogether(cleanText(message), parts, answers, ANSWER_DEFAULTS.maxCitations);
  if (together) {
    trace.parts = parts;
    trace.route = "parts";
  }
  return together;
}

function answerQuestion(index: KnowledgeIndex, raw: string, trace: Trace, decide: DecideWeights): Answer {
  const question = (trace.question = readQuestion(raw, index));
  trace.route = "canned";
  if (question.text === "" || isHelpRequest(question.text)) return cannedAnswer("help", question.text, index);
  // "Thanks!", "never mind": nothing is asked of the story (not its overview, for "mind"); chatter a thread's bot stays out of.
  if (isCourtesyOnly(question.text)) return cannedAnswer("out_of_scope", question.text, index);
  // "What should we do?", "catch me up": a broad question that names nothing is asked of this bot, so about its story.
  if (namesNothing(question)) {
    const answer = storyOverview(index, question, ANSWER_DEFAULTS.maxCitations);
    if (answer) {
      trace.route = "story-overview";
      return answer;
    }
  }
  // "What happened in October 2024?" asks of this story a time after its articles (see laterTime), with no other word;
  // "what do the articles say about refunds?" asks the articles.
  if (!question.terms.some((t) => t.known) && question.laterTime === null && !question.citesArticles) return cannedAnswer("out_of_scope", question.text, index);

  // The passages are weighed only when an answer needs them: a question a curated fact answers costs no passage ranking.
  let weighed: Evidence[] | undefined;
  const ranked = () => (weighed ??= trace.ranked = rank(index, question));
  trace.route = "not_found";
  // "How did the Russian government react?": the articles report no word of that side.
  // "How did China react?": the articles name China, but report no word of it.
  const silentSide =
    (question.speaker !== null && !sidesHeard(index).has(question.speaker)) ||
    (question.otherSpeaker !== null && !namesHeard(index).has(question.otherSpeaker));
  if (question.unknownAction || question.unknownEntities.length > 0 || silentSide) return notFound(index, question, ranked());
  const facts = (trace.facts = matchFacts(index, question, decide.fact));
  const fromFact = (floor: number) => bestFactAnswer(index, question, facts, floor, ANSWER_DEFAULTS.maxCitations);
  const thresholds = decide[intentClass(question.intent)];
  // The best fact, with the match it came from, when it clearly leads (see clearLead) and clears the threshold.
  const leadingFact = () => (clearLead(facts, question) ? bestFact(index, question, facts, thresholds.factAnswer, ANSWER_DEFAULTS.maxCitations) : null);
  const fromLeadingFact = () => leadingFact()?.answer ?? null;
  if (question.laterYear !== null) {
    // "Did updates stop in 2025?": a fact that clearly answers the question and dates it in an earlier year corrects
    // the question's year. Otherwise what happened in a year after every article is what no article could report.
    const dated = fromLeadingFact();
    if (dated && yearsIn(dated.answer).some((year) => year < question.laterYear!)) {
      trace.route = "fact";
      return dated;
    }
    return notFound(index, question, ranked());
  }
  if (question.laterTime !== null) {
    // "Was the ban announced in August?", "did updates stop in september?", "were updates still coming in august?": whether
    // something happened in a month, which a fact that clearly answers the question and dates it corrects, confirms or
    // sets against its schedule (June 20; from September 29). What happened after every article ("what happened to users
    // in October 2024?"), or a claim no dated fact speaks to, is what none could report: the related passages, searched
    // with the month, show what the articles scheduled for it.
    const { month } = question.laterTime;
    const dated = month !== null && !question.laterTime.reality && !ASKS_WHAT_HAPPENED.test(question.asked) ? fromLeadingFact() : null;
    if (dated && monthsIn(index, dated).length > 0) {
      trace.route = "fact";
      return dated;
    }
    return notFound(index, question, month === null ? ranked() : rank(index, withLaterTimeSearched(index, question)));
  }
  // "How do I uninstall it from a Mac?": the steps of a task, which only a fact asked that way gives. The articles give
  // none, and no phrasing in today's bank asks for steps: such a question is not found until a fact that gives them is added.
  if (ASKED_ONLY.has(question.intent) && !facts.some((m) => m.intentFit === 1)) return notFound(index, question, ranked());
  const needed = neededValues(question);
  // What answers is the answer's own sentences: another source's "also reported" may hold a number of something else.
  const holdsNeeded = (answer: Answer) =>
    holdsNeededValues(
      needed,
      answer.citations.filter((c) => c.role !== "support").map((c) => c.quote),
    );
  let runnerUp: string | undefined;
  const routes: [NonNullable<Trace["route"]>, () => Answer | null][] = [
    // A broad question gets the next fact too when it matches about as well (see withRunnerUp), and at least as well
    // as a fact that rescues a question alone: beside a lead that clears factAnswer, a second line needs no more.
    // (With factAnswer as its floor, the training sets answered 3 fewer, none more.)
    [
      "fact",
      () => {
        const lead = leadingFact();
        // The best fact must hold what the question needs on its own: a second line is no substitute.
        if (!lead || !holdsNeeded(lead.answer)) return null;
        const { answer, added } = withRunnerUp(index, question, facts, lead, thresholds.factRescue, ANSWER_DEFAULTS.maxCitations);
        runnerUp = added?.fact.id;
        return answer;
      },
    ],
    ["passages", () => fromPassages(index, question, question.span ? runningAsAsked(index, question.span, ranked()) : ranked())],
    ["fact-rescue", () => fromFact(thresholds.factRescue)],
  ];
  // "Can someone explain the kaspersky situation?", "we run it on every PC, what should we do?": a broad question gets an
  // overview, and a request for advice the articles' advice, never a refusal.
  routes.push(["fact-rescue", () => broadAnswer(index, question, facts, ANSWER_DEFAULTS.maxCitations)]);
  // "We're a small shop that relies on Kaspersky. What should we be doing now?": when the context names nothing that
  // answers, the question itself is the broad one that names nothing, and gets the overview it would get alone.
  // The whole message: "we manage a few hundred endpoints running Kaspersky. What approach…" names it before its question.
  if (question.searchedContext && namesTheStoryIn(index, question.text))
    routes.push(["story-overview", () => storyOverview(index, question, ANSWER_DEFAULTS.maxCitations)]);
  for (const [route, attempt] of routes) {
    const answer = attempt();
    if (answer && holdsNeeded(answer)) {
      trace.route = route;
      if (route === "fact" && runnerUp) trace.runnerUp = runnerUp;
      return answer;
    }
  }
  return notFound(index, question, ranked());
}

const NAMES_HEARD = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();
/** The words some passage has a word of speech follow within the window: the names whose words it may report, once per index. */
function namesHeard(index: KnowledgeIndex): ReadonlySet<string> {
  let names = NAMES_HEARD.get(index);
  if (!names) NAMES_HEARD.set(index, (names = new Set(index.passages.flatMap((p) => [...wordsBeforeSpeech(p.text)]))));
  return names;
}

/** The sides whose words some passage reports (see speakers.ts). */
function sidesHeard(index: KnowledgeIndex): ReadonlySet<string> {
  return speakersOf(index, () => new Set(index.passages.flatMap((p) => [...speakersOf(p, () => speakersIn(p.text))])));
}

/**
 * A question that asks for a value (a date, a number, a name) is answered from a fact before the
 * passages only when that fact leads the next one by ANSWER_DEFAULTS.valuedLead: when two match
 * about as well ("the agency that banned it": the Biden administration, the Commerce
 * Department), the passages' typed readers choose, and the fact can still rescue a not found.
 */
function clearLead(facts: readonly FactMatch[], question: Question): boolean {
  if (intentClass(question.intent) !== "valued" || facts.length < 2) return true;
  return facts[0].score - facts[1].score >= ANSWER_DEFAULTS.valuedLead;
}

/**
 * "How long until they're completely out of the US?": the passages but those whose durations run the other way from
 * now (see passageSpan: "has been operating in the US for over two decades" runs behind), which answer another question.
 */
function runningAsAsked(index: KnowledgeIndex, span: Span, ranked: Evidence[]): Evidence[] {
  return ranked.filter((e) => passageSpan(index, e.passage.id) !== otherSpan(span));
}

/** The answer the passages give on their own, or null when none answers the question. */
function fromPassages(index: KnowledgeIndex, question: Question, ranked: Evidence[]): Answer | null {
  const best = choose(ranked, question);
  const answerable =
    best &&
    best.coverage >=
      (question.intent === "advice" && best.value?.kind === "phrase" && namesTheStoryIn(index, question.text)
        ? ANSWER_DEFAULTS.adviceCoverage
        : ANSWER_DEFAULTS.minCoverage) &&
    (answersWithValue(best) || !needsValue(question, best)) &&
    scopeFits(question, best) &&
    ((best.value?.kind === "phrase" && question.intent === "list") || namesWhatIsAsked(index, best.passage, question));
  if (!answerable) return null;

  const { supports, opposers } = compare(index, best, ranked, question);
  if (opposers.length > 0 && best.value) {
    // Opposers that agree with each other ("240,000 corporate clients", "240,000 companies") are one side.
    const groups = [{ value: best.value, sourceIds: [best, ...supports].map((e) => e.passage.sourceId) }];
    for (const e of opposers) {
      const group = groups.slice(1).find((g) => sameFact(g.value, e.value!, ANSWER_DEFAULTS) === true);
      if (group) group.sourceIds.push(e.passage.sourceId);
      else groups.push({ value: e.value!, sourceIds: [e.passage.sourceId] });
    }
    const sides = groups.map((g) => ({ value: describe(g.value), sourceIds: g.sourceIds }));
    const citations = [
      citationOf(index, best.passage, "conflict"),
      ...opposers.map((e) => citationOf(index, e.passage, "conflict")),
      ...supports.map((e) => citationOf(index, e.passage, "support")),
    ].slice(0, ANSWER_DEFAULTS.maxCitations);
    return {
      status: "conflict",
      question: question.text,
      answer: differLine(index, sides),
      citations,
      confidence: round(best.coverage * 0.8),
      sides,
    };
  }

  // "Which agency…" asks for the organisation: its secretary does not lead.
  const official = question.intent === "who" && !asksOrganisation(question) ? officialOf(best, ranked) : null;
  // A named official leads: the person is the more direct answer to "who", the organisation supports it.
  const lead = official ?? best;
  const citations: Citation[] = [
    citationOf(index, lead.passage, "answer"),
    ...(official ? [citationOf(index, best.passage, "support")] : []),
    ...supports.filter((e) => e !== official).map((e) => citationOf(index, e.passage, "support")),
  ].slice(0, ANSWER_DEFAULTS.maxCitations);
  for (const e of alternativesFor(question, lead, ranked)) {
    if (!citations.some((c) => c.start === e.passage.start && c.sourceId === e.passage.sourceId)) citations.push(citationOf(index, e.passage, "support"));
  }
  citations.splice(ANSWER_DEFAULTS.maxCitations);
  const line = official ? `${describe(official.value!)}, for the ${describe(best.value!)}.` : answerLine(best, question);
  return {
    status: "answered",
    question: question.text,
    answer: line,
    citations,
    confidence: round(0.6 * best.coverage + 0.2 * best.fit + 0.2 * Math.min(1, supports.length / 2)),
  };
}

/** Candidates from the index, weighed against the question, best first. */
function rank(index: KnowledgeIndex, question: Question): Evidence[] {
  const results = index.candidates(question.terms.map((t) => t.term));
  const top = results[0]?.score ?? 1;
  const ranked = results
    .map((r) => weigh(index, index.passage(r.id), r.score / top, question))
    .sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  // "Per the UBJ piece": only that article answers, when it has anything on the question.
  const named = ranked.filter((e) => question.sourceIds.includes(e.passage.sourceId));
  return named.length > 0 ? named : ranked;
}

/**
 * The passage to answer from. For a question that wants a date, number, name, reason, list or
 * quotation, a passage that holds one beats a slightly closer match that doesn't.
 */
function choose(ranked: Evidence[], question: Question): Evidence | undefined {
  const top = ranked[0];
  if (!top || !TYPED_INTENTS.has(question.intent)) return top;
  const floor = Math.max(ANSWER_DEFAULTS.minCoverage, top.coverage * ANSWER_DEFAULTS.valueCoverage);
  const eligible = ranked.filter((e) => e.value && e.coverage >= floor);
  // A number of the asked thing ("corporate clients") beats a number of something else.
  const fitting = eligible.find((e) => e.value?.kind !== "quantity" || e.fit === 1);
  if (fitting) return fitting;
  // No number of the asked thing: the sources' own words on the whole question ("the exact number
  // of U.S. customers affected … has not been disclosed") beat a number of something else.
  return top.coverage >= ANSWER_DEFAULTS.fullCoverage ? top : (eligible[0] ?? top);
}

/**
 * "When", "how many", "how long" and "who" are answered by a passage that holds a date, number or
 * name, or by one that holds the whole question ("the exact number of U.S. customers affected …
 * has not been disclosed"): then the source's own words are the answer.
 */
function needsValue(question: Question, best: Evidence): boolean {
  if (asksPersonName(question)) return true;
  if (!["when", "how_many", "how_long", "who", "where"].includes(question.intent)) return false;
  // For "how many", the source's own words answer only when they speak of a number ("the exact
  // number … has not been disclosed", "30 days after"); "our customers in any country" holds the
  // words but no count.
  if (question.intent === "how_many" && !COUNT_WORDS.test(best.passage.text) && !/\d/.test(best.passage.text)) return true;
  // Nor does a sentence that says no span of time answer "how long" ("had initially said it would … fight the ban").
  if (question.intent === "how_long" && !saysHowLong(best.passage.text)) return true;
  // Nor "when" a sentence that holds no time at all ("reports … were first circulated by CNN"): it says that, not when.
  // A span from another event is a time ("nearly a month after the Biden administration unveiled…").
  if (question.intent === "when" && best.fit === 0 && !saysHowLong(best.passage.text)) return true;
  return best.coverage < ANSWER_DEFAULTS.fullCoverage;
}

/**
 * A number counts as the answer to "how many" only if it counts the asked thing: "how many
 * government contracts" is not answered by "3% of antivirus users".
 */
function answersWithValue(best: Evidence): boolean {
  return best.value !== null && (best.value.kind !== "quantity" || best.fit === 1);
}

/**
 * "Was it Biden or Trump?": when the answer speaks of one alternative only, the sources' best
 * passage on the other is shown too, so the reader sees what each article says of both.
 */
function alternativesFor(question: Question, lead: Evidence, ranked: Evidence[]): Evidence[] {
  const found: Evidence[] = [];
  for (const pair of question.alternatives) {
    const missing = pair.filter((t) => !lead.terms.has(t));
    if (missing.length !== 1) continue;
    const other = ranked.find((e) => e !== lead && e.terms.has(missing[0]) && e.coverage >= lead.coverage * ANSWER_DEFAULTS.alternativeCoverage);
    if (other) found.push(other);
  }
  return found;
}

/**
 * "How many employees worldwide" is not answered by the number of US staff, nor "how many US
 * users" by a worldwide count: a number counted in the other scope, and not in the asked one,
 * answers a different question.
 */
function scopeFits(question: Question, best: Evidence): boolean {
  // "How many employees are in Russia?": a count in that place, not in the US beside a "Russian firm".
  if (question.placeAsked !== null) return best.terms.has(question.placeAsked) && !best.terms.has("us");
  if (question.intent !== "how_many") return true;
  const asked = question.scopes;
  if (asked.length !== 1) return true;
  const other = SCOPES.find((s) => s !== asked[0])!;
  return best.terms.has(asked[0]) || !best.terms.has(other);
}

/**
 * Other sources' passages on the best passage's point, one per source, split into those that say
 * the same and those that disagree. A passage stating a value comparable with the best one (a
 * number of the same thing, the same list, the same quotation) speaks to the same fact even in
 * other words; otherwise a passage must cover the question nearly as well and share its words.
 */
function compare(index: KnowledgeIndex, best: Evidence, ranked: Evidence[], question: Question): { supports: Evidence[]; opposers: Evidence[] } {
  const supports: Evidence[] = [];
  const opposers: Evidence[] = [];
  // Dates are left to the question's own candidates: two dates in two articles more often mark two
  // events ("released Monday", "starting July 20") than one event dated twice.
  const restates = best.value !== null && best.value.kind !== "date";
  const judge = (candidates: Evidence[]): boolean => {
    const restated = restates ? restatement(index, best, candidates) : null;
    if (restated) {
      (restated.same ? supports : opposers).push(restated.evidence);
      return true;
    }
    // Ranked order: the source's passage closest to the question.
    const e = candidates.find((c) => ranked.includes(c) && c.coverage >= best.coverage * ANSWER_DEFAULTS.supportCoverage && (!best.value || c.value));
    const same = e && best.value && e.value ? sameFact(best.value, e.value, ANSWER_DEFAULTS) : null;
    if (e && same === true) supports.push(e);
    else if (e && same === false && e.coverage >= best.coverage * ANSWER_DEFAULTS.conflictCoverage && (restates || sameEvent(best, e))) opposers.push(e);
    else if (e && same === null && overlap(best.terms, e.terms) >= ANSWER_DEFAULTS.supportOverlap) supports.push(e);
    else {
      const retold = best.value ? null : retelling(index, best, candidates);
      if (!retold) return false;
      supports.push(retold);
    }
    return true;
  };

  // First from the question's own candidates; the sources still silent then get a second look,
  // through the best passage's own words (found only when needed: it is a second search).
  const pool = bySource(ranked, best);
  const heard = new Set([...pool].filter(([, candidates]) => judge(candidates)).map(([id]) => id));
  // Only numbers, lists and quotations can be restated comparably, and only an answer in the
  // source's own words is retold; names, reasons and advice gain nothing from a second look.
  const comparable = best.value?.kind === "quantity" || (best.value?.kind === "phrase" && (best.value.form === "list" || best.value.form === "quote"));
  if (heard.size === index.sources.size - 1 || (best.value && !comparable)) return { supports, opposers };
  const options = { words: ANSWER_DEFAULTS.counterpartWords, candidates: ANSWER_DEFAULTS.counterpartCandidates };
  const more = bySource(counterpartCandidates(index, best, question, options, new Set(ranked.map((e) => e.passage.id))), best);
  for (const [id, candidates] of more) if (!heard.has(id)) judge([...(pool.get(id) ?? []), ...candidates]);
  return { supports, opposers };
}

/**
 * Whether two sentences that give different dates speak of one event: they share much of their
 * vocabulary ("the Commerce Department announced the ban on June 20" and "…announced on June 21").
 * "Starting from July 20, Kaspersky will wind down" and "new business is blocked 30 days after the
 * announcement on June 20" are two events, not two sources disagreeing on one.
 */
function sameEvent(best: Evidence, other: Evidence): boolean {
  return overlap(best.terms, other.terms) >= ANSWER_DEFAULTS.sameEventOverlap;
}

/** Candidates grouped by source, in rank order, without the best passage's own source. */
function bySource(candidates: Evidence[], best: Evidence): Map<string, Evidence[]> {
  const groups = new Map<string, Evidence[]>();
  for (const e of candidates) {
    if (e.passage.sourceId === best.passage.sourceId) continue;
    const group = groups.get(e.passage.sourceId);
    if (group) group.push(e);
    else groups.set(e.passage.sourceId, [e]);
  }
  return groups;
}

/**
 * For an answer in the source's own words: another source's passage that tells the same point in
 * its words, holding much of the best passage's distinctive words and enough of the question
 * ("powers created by the Trump administration" beside "legal authorities … derived from executive
 * orders"), and at least one of its two-word phrases ("foreign adversary"). Shown as also
 * reported, so a reader sees how each article puts it.
 */
function retelling(index: KnowledgeIndex, best: Evidence, candidates: Evidence[]): Evidence | null {
  let found: { evidence: Evidence; closeness: number } | null = null;
  for (const e of candidates) {
    if (e.coverage < best.coverage * ANSWER_DEFAULTS.retellingCoverage) continue;
    const sim = similarity(index, best, e);
    if (sim < ANSWER_DEFAULTS.retellingSimilarity || !sharesPhrase(index, best, e)) continue;
    const closeness = e.coverage + sim;
    if (!found || closeness > found.closeness) found = { evidence: e, closeness };
  }
  return found?.evidence ?? null;
}

/**
 * A source's statement of the best passage's fact: of its passages that give a comparable value
 * and are on the point (they hold most of the question, or much of the best passage's words), the
 * closest; with whether it says the same.
 */
function restatement(index: KnowledgeIndex, best: Evidence, candidates: Evidence[]): { evidence: Evidence; same: boolean } | null {
  let found: { evidence: Evidence; same: boolean; closeness: number } | null = null;
  for (const e of candidates) {
    if (!e.value) continue;
    const same = sameFact(best.value!, e.value, ANSWER_DEFAULTS);
    if (same === null) continue;
    // A shared list item or most of a quotation's words already say it is the same fact; a number
    // of the same kind of thing must also stand in a passage on the same point.
    const sim = similarity(index, best, e);
    const onPoint = e.value.kind === "phrase" || e.coverage >= best.coverage * ANSWER_DEFAULTS.supportCoverage || sim >= ANSWER_DEFAULTS.restatementSimilarity;
    if (!onPoint) continue;
    const closeness = e.coverage + sim;
    if (!found || closeness > found.closeness) found = { evidence: { ...e, value: alignValue(best.value!, e.value, ANSWER_DEFAULTS) }, same, closeness };
  }
  return found && { evidence: found.evidence, same: found.same };
}

/**
 * "Who announced the ban?" is best answered with the organisation and the person who spoke for it:
 * a person among the candidates whose name shares the organisation's distinctive word
 * ("Commerce Secretary Gina Raimondo" for "Department of Commerce").
 */
function officialOf(best: Evidence, ranked: Evidence[]): Evidence | null {
  if (best.value?.kind !== "name" || best.value.name.person) return null;
  const words = new Set(distinctiveWords(best.value.name));
  if (words.size === 0) return null;
  return (
    ranked.find(
      (e) =>
        e.value?.kind === "name" &&
        e.value.name.person &&
        e.coverage >= best.coverage * ANSWER_DEFAULTS.officialCoverage &&
        distinctiveWords(e.value.name).some((w) => words.has(w)),
    ) ?? null
  );
}

function answerLine(best: Evidence, question: Question): string {
  if (best.value?.kind === "phrase" && best.value.quoted) return describe(best.value);
  const weights = new Map(question.terms.map((t) => [t.term, t.weight]));
  const line = best.value ? describe(best.value) : focusClause(best.passage.text, best.passage.terms, weights).text;
  // A clause cut from its subject ("Has been a prominent player…", "Citing the ban as the reason.") does not read
  // as an answer: the sentence it was cut from does. Advice may be put as an imperative ("Replace it…").
  // The clause is judged as it would be shown: "but has now decided…" opens with its subject cut off once "but" goes.
  const advice = best.value?.kind === "phrase" && best.value.form === "advice";
  const shown = asAnswerLine(line);
  return line !== best.passage.text && opensWithoutSubject(shown, { imperative: advice }) ? asAnswerLine(best.passage.text) : shown;
}

function notFound(index: KnowledgeIndex, question: Question, ranked: Evidence[]): Answer {
  const related: Evidence[] = [];
  for (const e of ranked) {
    if (e.coverage > 0 && !related.some((r) => r.passage.sourceId === e.passage.sourceId)) related.push(e);
    if (related.length === ANSWER_DEFAULTS.relatedCitations) break;
  }
  const best = ranked[0];
  // "What happened in 2025?": say why, since the asker may not know when the articles were written.
  const why =
    question.laterYear !== null
      ? `: the articles were published in ${latestArticleYear(index)}, before ${question.laterYear}.`
      : question.laterTime !== null
        ? `: the newest article is from ${newestArticleLabel(index)}, and reports nothing after it.`
        : ".";
  return {
    status: "not_found",
    question: question.text,
    answer: `The sources don't say${why}${related.length ? " The closest passages are below, but they don't answer the question." : ""}`,
    citations: related.map((e) => citationOf(index, e.passage, "related")),
    confidence: round(1 - (best?.coverage ?? 0) / 2),
  };
}

/** "What happened…", "which…", "what was due in September?": asks what took place then, not whether a thing did. */
const ASKS_WHAT_HAPPENED = /^\W*(what|which|who|how|why|where)\b/i;

/** The question with its later month searched too, for the passages that say what the articles scheduled for it. */
function withLaterTimeSearched(index: KnowledgeIndex, question: Question): Question {
  const words = tokenize(question.laterTime?.said ?? "").filter((w) => !/^\d/.test(w));
  const added = words.flatMap((word) => termsOf(word).map((term) => ({ term, known: index.knows(term), weight: index.idf(term), word, minor: false })));
  const terms = [...question.terms, ...added.filter((t) => t.known && !question.termSet.has(t.term))];
  return { ...question, terms, termSet: new Set(terms.map((t) => t.term)) };
}

/**
 * The months an answer dates, as monthNumber counts them: its line's dates, read as of the newest article, and
 * those of the sentence it quotes first, read as of its own article ("last month" in a July article is June).
 */
function monthsIn(index: KnowledgeIndex, answer: Answer): number[] {
  const isos = [...extractDates(answer.answer, newestArticleIso(index)).map((d) => d.iso), ...(answer.citations[0]?.dates.map((d) => d.iso) ?? [])];
  return isos.filter((iso) => iso.length >= 7).map(monthNumber);
}

/** "July 2024": the month of the newest article, as a reader would write it. */
function newestArticleLabel(index: KnowledgeIndex): string {
  return formatDate(newestArticleIso(index));
}

/** "2024-07": the month of the newest article, as an ISO date at that precision. */
function newestArticleIso(index: KnowledgeIndex): string {
  return newestPublished(index).slice(0, 7);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
