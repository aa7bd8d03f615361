import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { expandNumber, expandShorthand, isShorthand, processTerm, termsOf, tokenize } from "../index/tokenize.js";
import { detectIntent, GUIDE_ME, INTENT_WORDS, opensWithQuestionWord, REQUEST_OPENING, type Intent } from "./intent.js";
import { namedSources } from "./named-sources.js";
import { coreQuestion, statedContext, withoutPurposes } from "./core-question.js";
import { extractQuantities, type Quantity } from "./quantities.js";
import { asksWhatHappened, spanOf, tenseOf, type Span, type Tense } from "./tense.js";
import { askedOtherSpeaker, askedSpeaker } from "./speakers.js";
import { correctQuestionWords, isQuestionWordLessALetter } from "./typos.js";
import { correctSpelling } from "./english-spelling.js";
import { spellChatNumerals, spellDigitSyllables } from "./chat-numerals.js";
import { neverDone, neverNamed, printedCapitalised } from "./never-mentioned.js";
import { resolveWord } from "./known-words.js";
import { isAdjectiveWord, isInterjection, isPlaceWord, isRoleWord } from "./entities.js";
import { MARKUP } from "./markup.js";
import { CITES_ARTICLES, sourceReference } from "./source-references.js";
import { vectorRow } from "../index/word-vectors.js";
import { STOPWORDS } from "../index/stopwords.js";
import { escapeRegExp, phraseAlternatives } from "../index/escape-reg-exp.js";
import questionWords from "./question-words.json" with { type: "json" };

/** The two scopes the articles count in, as index terms: the whole world and the US. */
export const SCOPES = ["worldwide", "us"] as const;
export type Scope = (typeof SCOPES)[number];

/** How a question's words are weighed. */
export const QUESTION_DEFAULTS = {
  /**
   * How far down the word vectors' vocabulary (in order of frequency) a question word with a letter left out is read as
   * that slip rather than as a word: below it are "hen" (21,810), "wat" (25,521), "wil" (36,154); above it "muh",
   * "doe", "wee".
   */
  rareWordRow: 20_000,
  /**
   * The share of its weight a verb keeps when it hands its meaning on ("decide to ban"): searched
   * at full weight, "why did Washington decide to ban it?" matched why Kaspersky decided to leave.
   */
  catenativeWeight: 0.25,
  /**
   * The share of its weight a word of significance keeps before the clause it frames ("why does it matter so much that
   * Kaspersky is Russian?"; question-words.json, framingWords): the clause is what the question is about. More than a
   * catenative keeps, since what matters about it is asked too: at 0.25 "why does it matter that Kaspersky is leaving?"
   * got the exit's cause, not why it matters; at 0.45 "…that Kaspersky is a Russian company?" got why the story matters.
   */
  framingWeight: 0.4,
  /**
   * The share of its weight a noun for people or things in general keeps (question-words.json, genericNouns): "did
   * kaspersky spy on ppl?" matched the US headcount ("how many people does it employ") as well as the spying. On the
   * training sets (2,381 questions) 0.3 answered 7 more and none fewer; 0.5 and 0.7, 5 and 3 more; 0.15 and 0.01, 7 more and 1 fewer.
   */
  genericWeight: 0.3,
  /**
   * The share of its weight a word the articles lack keeps when it is an adjective before a noun (compromise's lexicon:
   * "private", "wider", "smartest"): it says what kind, the noun it goes with what the question is about ("a wider crackdown on
   * tech from rival countries" is about the crackdown). On the training sets (2,496 questions) 0.7 answered 2 more and
   * none fewer; 0.5, 3 more and 1 fewer; 0.3, 3 more and 4 fewer.
   */
  unknownAdjectiveWeight: 0.7,
  /**
   * The share of its weight an adjective keeps before a word that only says what kind of answer is wanted ("the
   * government's main argument", "a quick rundown"): it describes the answer, not what the question is about. At full
   * weight "main" found "Kaspersky's main priority". Nor is it searched for the question bank's candidates (a minor
   * term): "a quick rundown of kaspersky stuff" found only phrasings with "quick". On the training sets (4,936 questions)
   * 0.3 answered 2 more and 1 fewer; 0.5, 1 more and 1 fewer; near 0, 3 more and 1 fewer, but "what's the last day to
   * buy kaspersky?" lost its "last".
   */
  headlessWeight: 0.3,
  /**
   * The share of its weight a word keeps when only what was not done or chosen uses it (question-words.json,
   * contrastMarkers): "why is Kaspersky leaving instead of staying to fight?" is about the leaving, not the fight. Not
   * in a yes/no question: "is it a ban on sales rather than on use?" asks about both.
   * On the training sets (2,496 questions) 0.3 and 0.5 answered 1 more, 0.1 2 more; none fewer.
   */
  contrastedWeight: 0.3,
  /**
   * The share of its weight a word of the asker's context keeps beside a question that points back at it ("Our endpoints pull
   * definitions from Kaspersky's servers. Will that still work in October?"): the question's own words say most of what
   * is asked. On the training sets (4,702 questions) 0.7 answered 13 more and none fewer; 1, 15 more and 1 fewer; 0.5, 11
   * more.
   */
  contextWeight: 0.7,
  /**
   * The share of its weight a verb of reach keeps before what it reaches (question-words.json, scopeVerbs): "does the ban
   * cover software updates?" asks about the updates, and at full weight "cover" (rare in the articles, so weighty) found
   * "what does the ban cover", the general prohibition. Not at the question's end ("is my laptop covered?"). On the
   * training sets (4,936 questions) 0.6 answered 12 more and 1 fewer; 0.5, 14 and 3; 0.3, 17 and 5; 0.7, 6 and 1.
   */
  scopeVerbWeight: 0.6,
} as const;

const GENERIC_NOUNS: ReadonlySet<string> = new Set(questionWords.genericNouns);
/** Verbs that say what something reaches, before what it reaches ("does the ban cover updates?"; question-words.json, scopeVerbs). */
const SCOPE_VERBS: ReadonlySet<string> = new Set(questionWords.scopeVerbs);
/** Verbs for looking after machines in general ("we manage 40 endpoints"; question-words.json, genericVerbs), weighed as generic nouns are. */
const GENERIC_VERBS: ReadonlySet<string> = new Set(questionWords.genericVerbs);

/**
 * Whether a question names nothing in particular: no words, or only nouns for people or things in general,
 * adjectives the articles lack ("what does this mean for the average person?") and states of worry. A broad one asks
 * about the whole story.
 */
export function namesNothing(question: Question): boolean {
  const askedFor = question.intent === "advice" ? adviceFor(question.asked) : NO_WORDS;
  return question.terms.every(
    (t) => GENERIC_NOUNS.has(t.word) || (!t.known && (isAdjectiveWord(t.word) || CONCERN_STATES.has(t.word) || askedFor.has(t.word))),
  );
}

/**
 * "Any advice for schools?", "what do the articles recommend for a small clinic?": whom advice is asked for, the up to
 * three words after "for" and a determiner, is the asker's kind, not what the advice is about ("recommend a good pizza
 * place" asks about the pizza place).
 */
function adviceFor(asked: string): ReadonlySet<string> {
  let found: Set<string> | null = null;
  for (const match of asked.matchAll(ADVICE_FOR)) for (const word of match[1].toLowerCase().split(/\s+/)) if (word) (found ??= new Set()).add(word);
  return found ?? NO_WORDS;
}
const ADVICE_FOR = /\bfor(?:\s+(?:a|an|the|our|my|your|their))?((?:\s+[\p{L}-]+){1,3})/giu;
/** "We're nervous about this, any advice?": how the asker feels names nothing they ask about (question-words.json, concernStates). */
const CONCERN_STATES: ReadonlySet<string> = new Set(questionWords.concernStates);

/** Questions longer than this are read only this far: no real question needs more. */
export const MAX_QUESTION_CHARS = 500;

/** One searchable word of a question. */
export type QueryTerm = {
  /** The index term, after typo correction ("updtes" → the term of "updates"). */
  term: string;
  weight: number;
  /** Known to the corpus (after correction)? */
  known: boolean;
  /** The word as asked, lower-case: word vectors know words, not stems. */
  word: string;
  /**
   * Hands its meaning on to what follows ("decide to ban", "matter so much that…"): weighed less, and not searched for
   * the question bank's candidates, which the frame's own words ("why does this matter") would otherwise fill.
   */
  minor: boolean;
};

/** A time after every article that a question asks about: as it says it, and as a month (see monthNumber) when it names one. */
export type LaterTime = {
  said: string;
  month: number | null;
  /** Asked what really happened then ("did updates actually stop on September 29?"; question-words.json, realityMarkers), not what was scheduled. */
  reality: boolean;
};

export type Question = {
  /** As asked, trimmed, without control characters, at most MAX_QUESTION_CHARS. */
  text: string;
  /** The question itself, without the asker's context and asides (see coreQuestion): what is searched. */
  asked: string;
  intent: Intent;
  terms: QueryTerm[];
  /** The index terms of `terms`, for membership tests. */
  termSet: ReadonlySet<string>;
  /**
   * The scopes the question counts in (SCOPES), as its terms name them: not the US when it is only the place left
   * ("what will Kaspersky focus on after leaving the US?" asks about elsewhere).
   */
  scopes: readonly Scope[];
  /**
   * A place other than the US that a "how many" question, or one for a share, counts in ("how many employees are in
   * Russia?", "what share of its revenue came from Europe?"), as an index term; null when it names none. The US
   * headcount does not answer it, though the same sentence calls the firm Russian.
   */
  placeAsked: string | null;
  /** Words right after "how many"/"which"/"what", lower-case: what the answer should count or name. */
  focus: string[];
  /** The index terms of `focus` alone: the noun a number should count ("people" in "how many people"). */
  focusTerms: ReadonlySet<string>;
  /** The index terms of `terms` and `focus` together: what a counted quantity should be about. */
  askedTerms: ReadonlySet<string>;
  /** Asks for a share or an amount ("how much", "what percentage"), which a percentage can answer. */
  asksShare: boolean;
  /** Asks for a day of the week ("what day of the week…"): a weekday in the text answers best. */
  asksWeekday: boolean;
  /** Asks for the day ("what exact date…", "which day…"): a date known only to the month answers less well. */
  asksDay: boolean;
  /** For a "when" question, whether it asks about what was to come or what had been when the articles were written. */
  tense: Tense | null;
  /** For a "how long" question, which way its span runs from now ("how long till…" ahead, "how long has it been…" behind). */
  span: Span | null;
  /** Names a year ("in 2017"): background passages are then what is asked about. */
  namesYear: boolean;
  /**
   * The names the question writes capitalised that the articles use, each as its weightiest index term ("What role
   * did the Treasury Department play?": treasury); not what every article names ("Kaspersky"), nor a month or a
   * day. What the question is about: a fact that mentions none of them answers it less well.
   */
  named: string[];
  /** The articles the question names ("per the UBJ piece"); empty when it names none. */
  sourceIds: string[];
  /** Terms offered as alternatives ("Biden or Trump"): an answer should show what the sources say of each. */
  alternatives: [string, string][];
  /**
   * The action a yes/no, when or where question asks about, when the sources never use the word
   * ("Will Kaspersky refund my licence?", "when will it return?"): no passage can say whether,
   * when or where it happens, however many other words it shares.
   */
  unknownAction: string | null;
  /** The side whose words the question asks for ("according to Kaspersky…", "what did officials say…"), or null. */
  speaker: string | null;
  /** A name the question asks to hear from that is no side of the lexicon's ("how did China react?"; see askedOtherSpeaker). */
  otherSpeaker: string | null;
  /** Numbers a claim puts to the bot ("for over 20 years, right?"): the answer's number should be of the same order. */
  claimed: Quantity[];
  /**
   * People, places and organisations the question names that the articles never do ("Eugene
   * Kaspersky", "customers in Germany"): what it asks about is not in the sources.
   */
  unknownEntities: string[];
  /**
   * The question named nothing the corpus knows ("…What should we actually be doing now?"), and the
   * asker's context before it was searched instead ("we're a small shop that relies on Kaspersky").
   */
  searchedContext: boolean;
  /** The question cites the articles ("what do the reports say about refunds?", "per the coverage, …"): it is asked of them, so never off-topic. */
  citesArticles: boolean;
  /**
   * A year after every article that a question about what happened names ("what happened with
   * Kaspersky in 2025?", "did it come back in 2026?"): what the articles could not have reported.
   */
  laterYear: number | null;
  /**
   * What the question asks happened after every article was written, as it says it ("October
   * 2024", "later in the year"): "what happened to users in October 2024?", "were customers
   * switched later in the year?". Null when it asks no such thing.
   */
  laterTime: LaterTime | null;
};

/** Abbreviated months ("Sept 29"): the date the articles spell out. */
const MONTHS: Record<string, string> = {
  jan: "January",
  feb: "February",
  mar: "March",
  apr: "April",
  jun: "June",
  jul: "July",
  aug: "August",
  sep: "September",
  sept: "September",
  oct: "October",
  nov: "November",
  dec: "December",
};

/**
 * How a question's words are written, not what they mean: numbers typed short ("270k"), a
 * month's day written as an ordinal ("sept 29th"), abbreviated months, and "-wise"
 * suffixes ("security-wise" asks about security).
 */
function normalise(text: string): string {
  return (
    text
      // "270k", "1.5m": how people type the numbers the articles print in full.
      .replace(/\b\d+(?:\.\d+)?(?:k|m|bn)\b/gi, (n) => expandNumber(n.toLowerCase()))
      // "Sept 29th": a day after a month, written as an ordinal, is the day the articles print as a number ("3rd party" is no day).
      .replace(ORDINAL_DAY, "$1")
      .replace(/\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+\d{1,2}\b)/gi, (_match, month: string) => MONTHS[month.toLowerCase()])
      // "the sept deadline", "what happens in oct?": alone, an abbreviation that is no other word. Not "jan" (a name) nor "mar" (a verb).
      .replace(/\b(feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/gi, (_match, month: string) => MONTHS[month.toLowerCase()])
      .replace(/(\p{L})-wise\b/giu, "$1")
  );
}

/**
 * "Describe the ban", "can you describe the deadlines?": a request to be told about what follows, as "tell me about…"
 * is, not a question about how someone described it ("how did Kaspersky describe its decision?", a word of saying).
 */
const DESCRIBE_ME = new RegExp(`${REQUEST_OPENING}describe\\b`, "i");

/**
 * "What does the ban say about resales?": what a ban or a rule "says" is what it provides (question-words.json,
 * documentSubjects), so the word of saying is not searched: it would find what the sides said.
 */
const DOCUMENT_SAYS = new RegExp(
  `\\b(${phraseAlternatives(questionWords.documentSubjects)})\\s+(?:${phraseAlternatives(questionWords.documentSaying)})\\b`,
  "gi",
);

/** "tell us", "give us": the pronoun, not the country. */
const PRONOUN_US = /\b(tell|give|show|let|help|send|email|for|to|with) us\b/gi;

/** "Is it true that…", "…, right?", "I heard…", "apparently": how a claim is put to the bot, not what it is about. */
const CLAIM_WORDS =
  /\b(is|isn't|was|wasn't) (it|that|this) (true|correct|right)( that)?\b|\b(true|correct|right)\s*\?+\s*$|\b(i|we) (heard|read|saw)( somewhere)?( that)?\b|\bsome(one|body) (said|says|told me)( that)?\b|\bapparently\b|\brumou?rs? (has it|says)\b/gi;

/**
 * "Could other countries end up doing the same thing?": other countries imitating the US, which
 * the articles call following suit (question-words.json, imitators). Up to three words between.
 */
const DOING_THE_SAME = new RegExp(
  `\\b((?:${questionWords.imitators.join("|")})(?:\\s+[\\p{L}']+){0,3}?)\\s+(?:do|does|did|doing|to do)\\s+the\\s+same(?:\\s+thing)?\\b`,
  "giu",
);

/** Words by which a question points back at the asker's own description of themselves (question-words.json, askerPointers). */
const ASKER_POINTER = new RegExp(
  `\\b(?:(?:${phraseAlternatives(questionWords.askerPointerHeads)})\\s+)?(?:${phraseAlternatives(questionWords.askerPointers)})\\b`,
  "i",
);

/**
 * A pronoun as the subject of a question ("will that still work?", "when does it end?", "how bad is that?"), which points
 * back at what the message said before the question. Not one that begins a clause of its own ("is it true that…", "does
 * it matter that…": a verb follows), nor an object ("what does the ban mean for that?"), which the question's own words
 * already say enough about. Not "they", which after the asker's words about themselves is most often Kaspersky ("we're a
 * 300-person shop… did they explain why they're leaving?"): with it the training sets answered 1 more, and that question not.
 */
const AUXILIARIES = "is|was|are|were|do|does|did|will|would|can|could|should";
const REFERS_BACK = new RegExp(`\\b(?:${AUXILIARIES})\\s+(?:that|this|it)\\b(?!\\s+(?:${AUXILIARIES})\\b)`, "i");

/**
 * The message's words searched beside a question that points back at it: the question's own words as they are, the
 * context's known words at a share of their weight (QUESTION_DEFAULTS.contextWeight). Not the context's words the articles
 * lack, which tell of the asker's world ("a compliance memo for the board"), nor its numbers, which count the asker's own
 * ("a 3-year license", "40 endpoints"): neither is what is asked.
 */
function besideOwnTerms(contextTerms: readonly QueryTerm[], ownTerms: readonly QueryTerm[]): QueryTerm[] {
  const own = new Set(ownTerms.map((t) => t.term));
  return contextTerms
    .filter((t) => own.has(t.term) || (t.known && !/\d/.test(t.word)))
    .map((t) => (own.has(t.term) ? t : { ...t, weight: t.weight * QUESTION_DEFAULTS.contextWeight }));
}

/**
 * Whether a word is English, for reading question words typed in a hurry: one the word vectors hold, unless it is far
 * down their vocabulary (QUESTION_DEFAULTS.rareWordRow) and a question word with a letter left out ("wil", "wat"),
 * chat's commonest slip. Other rare words stay as they are ("hrs" is no "has", "docs" no "does").
 */
function isEnglishNotQuestionWordSlip(word: string): boolean {
  const row = vectorRow(word);
  return row >= 0 && (row < QUESTION_DEFAULTS.rareWordRow || !isQuestionWordLessALetter(word));
}

/** A sum between two numbers ("17 times 23"; question-words.json, arithmetic): asked of a calculator, not of the articles. */
const ARITHMETIC = new RegExp(`\\d+(?:\\.\\d+)?\\s*(?:${questionWords.arithmetic.map(escapeRegExp).join("|")})\\s*\\d+(?:\\.\\d+)?`, "gi");

/** How the answer is to be put ("in two sentences", "briefly", "like I'm five"; question-words.json): not what it is about. */
const ANSWER_FORM = (() => {
  const asPattern = (phrase: string) => escapeRegExp(phrase).replace(/'/g, "['’]?").replace(/ /g, "\\s+");
  const { counts, units, phrases } = questionWords.answerForm;
  const length = `\\bin\\s+(?:${[...counts.map(asPattern), "\\d+"].join("|")})\\s+(?:${units.map(asPattern).join("|")})\\b`;
  return new RegExp(`${length}|\\b(?:${phrases.map(asPattern).join("|")})(?![\\p{L}\\p{N}])`, "giu");
})();

/** The articles named as where the answer is to come from ("what do the reports say…"), left out of the search (source-references.ts). */
const SOURCE_REFERENCE = sourceReference("optional", { global: true });
/** The same, to test for one (a global expression's test() would carry its lastIndex from one question to the next). */
const NAMES_SOURCES = sourceReference("optional");
/** The articles named with a verb of saying after them: "the reports say", "these articles mention". */
const SOURCES_SAYING = sourceReference("required");
/** Kinds of question that ask for no kind of answer in particular, or for someone's words. */
const LOOSE_INTENTS: ReadonlySet<Intent> = new Set(["what", "quote"]);
const NOTHING = /(?!)/;

export function readQuestion(raw: string, index: KnowledgeIndex): Question {
  const text = cleanText(raw);
  // Misspelt English read as meant first ("whats hapening"), then shorthand spelt out, so that it reads as what it
  // asks ("whats the date" asks for a date). Then its misspelt question words ("whn", "hwo many"), which would hide
  // what kind of question it is, and the articles' idiom for others "doing the same", so that the question and its
  // context read it alike.
  const spelt = correctSpelling(spellDigitSyllables(spellChatNumerals(text)), (word) => index.hasWord(word) || isShorthand(word));
  const expanded = correctQuestionWords(expandShorthand(spelt), (word) => index.hasWord(word) || isEnglishNotQuestionWordSlip(word)).replace(
    DOING_THE_SAME,
    "$1 follow suit",
  );
  const asked = withoutPurposes(coreQuestion(expanded));
  // "…wind down start? need the exact date for a memo": an aside can still say what kind of answer is wanted.
  // "Who is Joe Biden?" asks what the articles say of him, not for another name.
  const coreIntent = asksAboutName(asked, index) ? "what" : detectIntent(asked);
  const readIntent = coreIntent === "what" && asked !== expanded ? detectIntent(expanded) : coreIntent;
  // The article may be named anywhere in the message ("per the UBJ piece: …").
  const sources = namedSources(tokenize(text.replace(MARKUP, " ")), index);
  const claimed = readIntent === "how_many" || readIntent === "how_long" ? extractQuantities(normalise(asked)) : [];
  // "More or less than 20 years?": how the claim is put says nothing about what it is of.
  // "Was the ban announced in August?": a month after the articles is the claim to check (see ask()), not what to search for.
  const laterTime = laterTimeAsked(asked, index);
  const checked = [...claimed.flatMap((q) => tokenize(q.qualifier)), ...(laterTime?.month != null ? tokenize(laterTime.said) : [])];
  const skipped = checked.length > 0 ? new Set([...sources.words, ...checked]) : sources.words;
  // "We run it on 200 machines. What now?": a question of scaffolding alone is about its context; so is one that only
  // names the articles ("I need to brief our board on the risk of unsupported installs. What do the sources say?").
  // "I'm a network engineer… What are people in my role advised to do?": a question pointing back at what the asker said of
  // themselves is about it too.
  const pointsBack = ASKER_POINTER.test(asked);
  const ownTerms = searchTerms(asked.replace(ASKER_POINTER, " "), readIntent, skipped, index);
  // "Our endpoints pull definitions from Kaspersky's servers. Will that still work in October?": a question whose subject
  // points back at the statement before it is about that statement too.
  const refersBack = REFERS_BACK.test(asked);
  const searchedContext = asked !== expanded && (pointsBack || refersBack || !ownTerms.some((t) => t.known));
  const contextOf = (context: string) => searchTerms(context.replace(ASKER_POINTER, " "), readIntent, skipped, index);
  const terms = !searchedContext
    ? ownTerms
    : pointsBack || !ownTerms.some((t) => t.known)
      ? contextOf(withoutPurposes(expanded))
      : besideOwnTerms(contextOf(statedContext(expanded)), ownTerms);
  // "What do the articles say?", "tell me what the sources say": what they say of nothing in particular is the whole story
  // (not "did the reports say when?", which asks for a date).
  const intent: Intent = terms.length === 0 && LOOSE_INTENTS.has(readIntent) && SOURCES_SAYING.test(asked) ? "overview" : readIntent;
  const focus = focusWords(asked);
  const focusTerms = focus.flatMap((w) => termsOf(w));
  return {
    text,
    asked,
    intent,
    terms,
    termSet: new Set(terms.map((t) => t.term)),
    scopes: scopesOf(asked, terms),
    placeAsked: intent === "how_many" || ASKS_SHARE.test(asked) ? placeAsked(asked) : null,
    focus,
    focusTerms: new Set(focusTerms),
    askedTerms: new Set([...terms.map((t) => t.term), ...focusTerms]),
    asksShare: ASKS_SHARE.test(asked),
    asksWeekday: /\b(day of the week|weekday)\b/i.test(asked),
    asksDay: /\b(date|day)\b/i.test(asked) && !/\b(day of the week|weekday)\b/i.test(asked),
    namesYear: /\b(1[89]|20)\d\d\b/.test(asked),
    named: namedTerms(asked, terms, index),
    tense: intent === "when" ? tenseOf(asked) : null,
    span: intent === "how_long" ? spanOf(asked) : null,
    sourceIds: sources.sourceIds,
    alternatives: alternativesIn(asked, index),
    unknownAction: neverDone(asked, terms, intent, index, expanded),
    speaker: askedSpeaker(text),
    otherSpeaker: askedOtherSpeaker(text, (word) => printedCapitalised(index, word), sources.words),
    claimed,
    unknownEntities: neverNamed(asked, terms, intent, index, sources.words),
    searchedContext,
    citesArticles: CITES_ARTICLES.test(asked),
    laterYear: laterYearAsked(asked, index),
    laterTime,
  };
}

/** The searchable words of `text`, weighted, without those that only say what kind of answer is wanted. */
function searchTerms(text: string, intent: Intent, sourceWords: ReadonlySet<string>, index: KnowledgeIndex): QueryTerm[] {
  return keptSources(termsSearched(text, intent, sourceWords, index, true), text, intent, sourceWords, index);
}

/**
 * "What are the sources?": a question that names the articles and nothing else keeps them. Not one asking what they say
 * ("what do the articles say?", "summarize what the sources say") nor what they advise ("what recommendations do the
 * articles make?"), which names nothing, and so asks for the whole story or its advice.
 */
function keptSources(terms: QueryTerm[], text: string, intent: Intent, sourceWords: ReadonlySet<string>, index: KnowledgeIndex): QueryTerm[] {
  return terms.length > 0 || intent === "advice" || !NAMES_SOURCES.test(text) || SOURCES_SAYING.test(text)
    ? terms
    : termsSearched(text, intent, sourceWords, index, false);
}

function termsSearched(text: string, intent: Intent, sourceWords: ReadonlySet<string>, index: KnowledgeIndex, withoutSources: boolean): QueryTerm[] {
  const skip = new Set(INTENT_WORDS[intent]);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  // Markup in angle brackets (<!channel>, <@U123>, <b>) is not what was asked about.
  const normalised = normalise(text);
  const words = tokenize(
    normalised
      .replace(MARKUP, " ")
      // "Walk me through…", "can you talk us through…" ask to be told (intent.ts, GUIDE_ME), not about walking.
      .replace(GUIDE_ME, " ")
      .replace(DESCRIBE_ME, " ")
      .replace(PRONOUN_US, "$1")
      .replace(CLAIM_WORDS, " ")
      .replace(DOCUMENT_SAYS, "$1")
      .replace(ANSWER_FORM, " ")
      .replace(withoutSources ? SOURCE_REFERENCE : NOTHING, " ")
      .replace(ARITHMETIC, " "),
  );
  // Words capitalised inside the question: read only when a word the passages lack is weighed.
  let names: ReadonlySet<string> | undefined;
  const handOn = catenativesIn(normalised);
  const framing = framingIn(normalised, intent);
  // "Is it a ban on sales rather than on use?" asks about both sides: only another kind of question is about one.
  const contrasted = intent === "yes_no" ? NO_WORDS : contrastedWords(normalised);
  const skipped: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const written = words[i];
    if (skip.has(written)) skipped.push(written);
    if (skip.has(written) || sourceWords.has(written)) continue;
    // In "Is it true it has 270k clients?" or "in the US for 25 yrs, right?" the number is the claim to check, not a search key:
    // searching for it would rank the one source that agrees above those that don't.
    if ((intent === "how_many" || intent === "how_long") && /^\d/.test(written)) continue;
    const resolved = resolveWord(written, index);
    if (!resolved || seen.has(resolved.term)) continue;
    // "so kaspersky is toast in the us huh", "yikes, are updates stopping?": an interjection the articles lack says how
    // the asker feels, not what they ask (compromise's lexicon knows it only as an expression).
    if (!resolved.known && isInterjection(written)) continue;
    seen.add(resolved.term);
    // A misspelt word weighs, and is compared, as the word meant ("peoplle" as "people", a generic noun).
    const word = resolved.spelled ?? written;
    // A name the sources never mention ("CrowdStrike") means the question is about something else.
    // A word the passages lack weighs as an unknown one, even when the question bank knows it: a
    // passage cannot hold it, and the bank's phrasings are too few to say how rare it is.
    // "The government's main argument": an adjective of the kind of answer wanted (QUESTION_DEFAULTS.headlessWeight).
    const headless = resolved.known && i + 1 < words.length && skip.has(words[i + 1]) && isAdjectiveWord(word);
    const weight =
      (index.passageCount(resolved.term) > 0 ? index.idf(resolved.term) : index.unknownWeight((names ??= namesIn(normalised)).has(written))) *
      (handOn.has(word) ? QUESTION_DEFAULTS.catenativeWeight : 1) *
      (framing.has(word) ? QUESTION_DEFAULTS.framingWeight : 1) *
      (contrasted.has(word) ? QUESTION_DEFAULTS.contrastedWeight : 1) *
      (GENERIC_NOUNS.has(word) || GENERIC_VERBS.has(word) ? QUESTION_DEFAULTS.genericWeight : 1) *
      (SCOPE_VERBS.has(word) && i + 1 < words.length ? QUESTION_DEFAULTS.scopeVerbWeight : 1) *
      (!resolved.known && modifiesNoun(words, i) && isAdjectiveWord(word) ? QUESTION_DEFAULTS.unknownAdjectiveWeight : 1) *
      (headless ? QUESTION_DEFAULTS.headlessWeight : 1);
    // Spelt out rather than spread ({ ...resolved, weight, word }): V8 made the spread's copies straight
    // in the old generation, ~1.4 KB a question that only a full collection frees. Same keys, same order.
    terms.push({ term: resolved.term, known: resolved.known, weight, word, minor: handOn.has(word) || framing.has(word) || headless });
  }
  // "What's the deadline?": when the words that say what kind of answer is wanted are all the question has, they
  // are what it is about ("the deadline for my tax return" has more, which the sources lack). "So what's the story?"
  // is not about a story, nor "what are we expected to do?" about expectations: a broad question that names nothing gets
  // the story's overview (story-overview.ts).
  if (intent !== "overview" && intent !== "advice" && terms.length === 0)
    for (const word of skipped) {
      const resolved = resolveWord(word, index);
      if (!resolved?.known || seen.has(resolved.term)) continue;
      seen.add(resolved.term);
      terms.push({
        term: resolved.term,
        known: true,
        weight: index.passageCount(resolved.term) > 0 ? index.idf(resolved.term) : index.unknownWeight(false),
        word,
        minor: false,
      });
    }
  return terms;
}

/** See Question.named: one term per name, its weightiest ("Treasury Department": treasury), the names in order. */
function namedTerms(asked: string, terms: readonly QueryTerm[], index: KnowledgeIndex): string[] {
  const runs = asked.match(CAPITALISED_RUN);
  if (!runs) return [];
  const byWord = new Map(terms.map((t) => [t.word, t]));
  const named: string[] = [];
  for (const run of runs) {
    let key: QueryTerm | undefined;
    let ofTheStory = false;
    for (const word of tokenize(run)) {
      const t = byWord.get(word);
      // A name with a word every article uses is the story's own ("the Commerce Department", "Kaspersky Password
      // Manager"), which facts name as often by other words ("the US government", "its products").
      if (t && index.isBackground(t.term)) ofTheStory = true;
      // Only a word read as itself: "Manager" is read as the lexicon's "executive", which names no one.
      // Nor a title ("Secretary Raimondo", "Commerce Secretary Gina Raimondo"): the person is the name.
      if (
        !t?.known ||
        t.term !== processTerm(word) ||
        isRoleWord(word) ||
        CALENDAR_WORD.test(word) ||
        index.isBackground(t.term) ||
        index.passageCount(t.term) === 0
      )
        continue;
      if (!key || t.weight > key.weight) key = t;
    }
    if (key && !ofTheStory && !named.includes(key.term)) named.push(key.term);
  }
  return named;
}

/** Capitalised words after the first, run together: one name each ("the Treasury Department", "Raimondo … China"). */
const CAPITALISED_RUN = /(?<=\S\s+)\p{Lu}[\p{L}\p{N}]+(?:\s+\p{Lu}[\p{L}\p{N}]+)*/gu;

/** Months and days, which are written capitalised but name no one. */
export const CALENDAR_WORD =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|(mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/** Words written capitalised after the first ("what does OFAC say"): names, which weigh in full when unknown. */
function namesIn(text: string): ReadonlySet<string> {
  return new Set(tokenize((text.match(CAPITALISED_RUN) ?? []).join(" ")));
}

const CATENATIVES: ReadonlySet<string> = new Set(questionWords.catenatives);

/** "decide to ban", "plans to leave": the verbs that hand their meaning on to the verb after "to" (question-words.json). */
function catenativesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/([\p{L}]+)\s+to\s+[\p{L}]/giu)) {
    const word = match[1].toLowerCase();
    if (CATENATIVES.has(word)) found.add(word);
  }
  return found;
}

/**
 * The words of significance that frame a clause in the question ("why does it matter so much that…", "what's the big
 * deal about…"; see FRAMING): in a "why" question, or a phrase that frames in any.
 */
function framingIn(text: string, intent: Intent): ReadonlySet<string> {
  let found: Set<string> | null = null;
  for (const match of text.matchAll(intent === "why" ? FRAMING_IN_WHY : FRAMING))
    for (const word of (match[1] ?? match[2]).toLowerCase().split(/\s+/)) (found ??= new Set()).add(word);
  return found ?? NO_WORDS;
}
/** A word or phrase of significance (question-words.json, framingWords) before the clause it frames, "so much" or "at all" between. */
const framingPattern = (words: readonly string[], joiners: string) =>
  new RegExp(`\\b(${phraseAlternatives(words)})\\s+(?:so much\\s+|that much\\s+|at all\\s+)?(?:${joiners})\\s+[\\p{L}]`, "giu");
const FRAMING = framingPattern(questionWords.framingWords.any, "that|about|with|w|for");
const FRAMING_IN_WHY = new RegExp(`${FRAMING.source}|${framingPattern(questionWords.framingWords.why, "that").source}`, "giu");

/** Whether the `i`th word stands before another content word ("a wider crackdown"), not as what is said of something ("is the ban permanent?"). */
function modifiesNoun(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && !STOPWORDS.has(next);
}

/**
 * "Why is Kaspersky leaving instead of staying to fight?": the words of what was not done (question-words.json,
 * contrastMarkers), when the rest of the question does not use them too.
 */
function contrastedWords(text: string): Set<string> {
  if (!CONTRAST_MARKER.test(text)) return NO_WORDS;
  const words = new Set<string>();
  const rest = text.replace(CONTRASTED, (clause) => {
    for (const word of tokenize(clause)) words.add(word);
    return " ";
  });
  for (const word of tokenize(rest)) words.delete(word);
  return words;
}
const CONTRAST_MARKERS = phraseAlternatives(questionWords.contrastMarkers);
const CONTRAST_MARKER = new RegExp(`\\b(?:${CONTRAST_MARKERS})\\b`, "i");
const CONTRASTED = new RegExp(`\\b(?:${CONTRAST_MARKERS})\\s+[^?.!,;:]*`, "gi");
const NO_WORDS: Set<string> = new Set();

/** The latest year named in a question about what happened, when it is after every article's year; else null. */
function laterYearAsked(asked: string, index: KnowledgeIndex): number | null {
  // "By 2025" is a deadline, which the articles' dates may answer; "in 2025" is when something happened.
  const years = [...asked.matchAll(/\b(?:in|during|since|throughout)\s+((?:19|20)\d\d)\b/gi)].map((m) => Number(m[1]));
  if (years.length === 0 || !asksWhatHappened(asked)) return null;
  const year = Math.max(...years);
  return year > latestArticleYear(index) ? year : null;
}

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month's name or its abbreviation, whole: "December", "Dec.", not the "dec" of "decision" nor the "mar" of "marketing". */
const MONTH_WORD =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
/** "Sept 29th", "July 20th": a month's day written as an ordinal. */
const ORDINAL_DAY = new RegExp(`\\b(${MONTH_WORD}\\s+\\d{1,2})(?:st|nd|rd|th)\\b`, "gi");
/**
 * "in October", "during September 2024": a month as when something happened. Not "on September 29",
 * "from September 29" or "by September", which as often say when the ban has something start ("did
 * the ban prohibit updates from September 29?").
 */
const MONTH_ASKED = new RegExp(`\\b(?:in|during|throughout)\\s+(${MONTH_WORD})(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, "gi");
/**
 * "after September 29, 2024", "since September", "after the September deadline passed": a time after a day or a month,
 * which when it is after the newest article's date is a time after every article (a question about what happened then).
 * "Since July" or "after July 15" are not, when the newest article is of July 16.
 */
const AFTER_MONTH = new RegExp(
  `\\b(?:after|since|following)\\s+(?:the\\s+)?((${MONTH_WORD})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+((?:19|20)\\d\\d)\\b)?)`,
  "gi",
);
/**
 * "on September 29", "on Sept 29th": a day on which something may have happened, and a time the question asks about
 * when it asks whether that really happened (question-words.json, realityMarkers; see asksWhether). Not "by" or "as
 * of" a day, a deadline what the articles report may already have met ("was Kaspersky actually banned by the end of
 * 2024?": in June).
 */
const ON_DAY = new RegExp(`\\bon\\s+(?:the\\s+)?((${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?)`, "gi");
/**
 * Whether a question about the past asks whether something happened: put as a yes/no question, whatever opens the
 * message ("did…", "hey did…", "kaspersky: did it…"), or asking what happened. Not another question word's ("what was
 * actually prohibited on September 29?" asks what the rule says).
 */
function asksWhether(asked: string): boolean {
  return !opensWithQuestionWord(asked) || /\bhappen(?:ed|s)?\b/i.test(asked);
}
/** Whether the question asks what was said, reported or planned (question-words.json: speech, reportingWords, plannedWords). */
function reportsOrPlans(asked: string): boolean {
  return (asked.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((word) => REPORTED_OR_PLANNED.has(word));
}
const REPORTED_OR_PLANNED: ReadonlySet<string> = new Set([...questionWords.speech, ...questionWords.reportingWords, ...questionWords.plannedWords]);
const REALITY = new RegExp(`\\b(?:${phraseAlternatives(questionWords.realityMarkers)})\\b`, "i");
const LATER = new RegExp(`\\b(?:${phraseAlternatives(questionWords.laterMarkers)})\\b`, "i");

/** What the question asks happened after every article was written (see Question.laterTime). */
function laterTimeAsked(asked: string, index: KnowledgeIndex): LaterTime | null {
  if (!asksWhatHappened(asked)) return null;
  const reality = REALITY.test(asked) && asksWhether(asked) && !reportsOrPlans(asked);
  const published = newestPublished(index);
  const newest = monthNumber(published);
  for (const m of asked.matchAll(MONTH_ASKED)) {
    const month = monthAsked(m[1], m[2], newest);
    if (month > newest) return { said: m[0].replace(/^\S+\s+/, ""), month, reality };
  }
  const newestDay = Number(published.slice(8, 10)) || 31;
  for (const m of asked.matchAll(AFTER_MONTH)) {
    const month = monthAsked(m[2], m[4], newest);
    if (month > newest || (month === newest && m[3] !== undefined && Number(m[3]) >= newestDay)) return { said: m[1].trim(), month, reality };
  }
  if (reality)
    for (const m of asked.matchAll(ON_DAY)) {
      const month = monthAsked(m[2], m[4], newest);
      if (month > newest || (month === newest && Number(m[3]) > newestDay)) return { said: m[1].trim(), month, reality };
    }
  // "What did Raimondo say about using it after the deadline?": what was said or planned for then, the articles report.
  const later = reportsOrPlans(asked) ? null : LATER.exec(asked);
  return later ? { said: later[0], month: null, reality } : null;
}

/** A month asked by name ("sept", "October") and perhaps year, as monthNumber counts; without a year, in the year of the month `newest`. */
function monthAsked(name: string, year: string | undefined, newest: number): number {
  return (year ? Number(year) : Math.floor(newest / 12)) * 12 + MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase());
}

/** The month of an ISO date of a month's precision or finer ("2024-07-16") as one number, comparable across years: 12 × year + month (0-11). */
export function monthNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** The newest article's date, as sources.json gives it ("2024-07-16"). */
export function newestPublished(index: KnowledgeIndex): string {
  return (
    [...index.sources.values()]
      .map((a) => a.published ?? "")
      .sort()
      .at(-1) ?? ""
  );
}

/** The year of the newest article. */
export function latestArticleYear(index: KnowledgeIndex): number {
  return Number(newestPublished(index).slice(0, 4));
}

/**
 * "Biden or Trump", "sales or just distribution", "a trump thing or a biden thing", "Biden's or Trump's":
 * on each side of an "or" (up to three words each way), the known, distinctive word nearest it that
 * the other side does not share: the word beside "or" is often a head both sides share ("thing") or a
 * possessive's remains, and the alternative is the word that differs.
 */
function alternativesIn(text: string, index: KnowledgeIndex): [string, string][] {
  const pairs: [string, string][] = [];
  // Each "or" with up to three words either side, found by the word itself: a pattern for the
  // words around it was tried at every position of every question.
  for (const or of text.matchAll(/\sor\s/gi)) {
    // "home users, or business customers": a comma before the "or" still sets the sides apart.
    const before = text
      .slice(Math.max(0, or.index - 80), or.index)
      .replace(/[,;]+$/, "")
      .match(/(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+$/u)?.[0];
    const after = text.slice(or.index + or[0].length, or.index + or[0].length + 80).match(/^(?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+/u)?.[0];
    if (!before || !after) continue;
    const [left, right] = [before, after].map((side) =>
      tokenize(side)
        .map((w) => processTerm(w))
        .filter((t): t is string => t !== null && index.knows(t) && !index.isBackground(t)),
    );
    const a = left.filter((t) => !right.includes(t)).at(-1);
    const b = right.find((t) => !left.includes(t));
    if (a && b && a !== b) pairs.push([a, b]);
  }
  return pairs;
}

/** Control characters become spaces, white space folds, and the length is capped. */
export function cleanText(raw: string): string {
  const text = String(raw ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > MAX_QUESTION_CHARS ? `${text.slice(0, MAX_QUESTION_CHARS).trimEnd()}…` : text;
}

/** A place named after "in", "from" or "across" (compromise's lexicon knows it as a place), other than a scope's (see Question.placeAsked). */
function placeAsked(asked: string): string | null {
  for (const [, word] of asked.matchAll(PLACE_AFTER_IN)) {
    const term = isPlaceWord(word) ? processTerm(word.toLowerCase()) : null;
    if (term && !(SCOPES as readonly string[]).includes(term)) return term;
  }
  return null;
}
const PLACE_AFTER_IN = /\b(?:in|inside|across|within|throughout|from)\s+(?:the\s+)?(\p{L}+)/giu;
/** A share or an amount asked for ("what percentage…", "its market share"): a count of a kind. */
const ASKS_SHARE = /\b(how much|percent|percentage|share|proportion|fraction|portion|part)\b|%/i;

/** "Who is Joe Biden?", "who was Gina Raimondo": a name alone after "who is", not a role ("who is the commerce secretary"). */
const WHO_IS_NAME = /^\W*who(?:'s|’s|s| is| was)\s+(?!(?:the|a|an|that|this|their|its|his|her)\b)([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2})\W*$/iu;

/** Whether a "who" question asks about a name the articles print (see WHO_IS_NAME), each word of it printed as a name. */
function asksAboutName(asked: string, index: KnowledgeIndex): boolean {
  const name = WHO_IS_NAME.exec(asked)?.[1];
  return name?.split(/\s+/).every((word) => !isRoleWord(word) && printedCapitalised(index, word.replace(/['’]s$/u, ""))) ?? false;
}

/** See Question.scopes. */
function scopesOf(asked: string, terms: readonly QueryTerm[]): readonly Scope[] {
  const scopes = SCOPES.filter((s) => terms.some((t) => t.term === s));
  return scopes.includes("us") && onlyLeft(asked, "us") ? scopes.filter((s) => s !== "us") : scopes;
}

/** The term of leaving ("leave", "exit", "pull out", "quit": seeds/lexicon.json's group). */
const LEAVING = processTerm("leave");

/** Whether every mention of a scope's term is of the place left: the word before it, past function words, is one of leaving. */
function onlyLeft(asked: string, scope: Scope): boolean {
  const words = tokenize(asked);
  let mentioned = false;
  for (let i = 0; i < words.length; i++) {
    if (processTerm(words[i]) !== scope) continue;
    mentioned = true;
    let j = i - 1;
    while (j >= 0 && processTerm(words[j]) === null) j--;
    if (j < 0 || processTerm(words[j]) !== LEAVING) return false;
  }
  return mentioned;
}

function focusWords(text: string): string[] {
  const match = /\b(?:how many|how much|which|what(?:'s|’s|s)?|number of)\s+((?:[a-z-]+\s*){1,3})/i.exec(text);
  if (!match) return [];
  return tokenize(match[1])
    .filter((w) => !/^(of|the|did|does|do|is|are|was|were|has|have|had|can|will|would)$/.test(w))
    .slice(0, 2);
}
