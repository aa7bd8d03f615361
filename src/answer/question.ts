import type { KnowledgeIndex } from "../index/knowledge-index.js";
import SearchableMap from "minisearch/SearchableMap";
import { FILLER_WORDS, STOPWORDS } from "../index/stopwords.js";
import { expandNumber, expandShorthand, processTerm, termsOf, tokenize } from "../index/tokenize.js";
import { detectIntent, INTENT_WORDS, type Intent } from "./intent.js";
import { namedSources } from "./named-sources.js";
import { coreQuestion } from "./core-question.js";
import { isGivenName, isModifierWord, isNameNotAbbreviation, isNameWord, isParticiple } from "./entities.js";
import { extractQuantities, type Quantity } from "./quantities.js";
import { asksWhatHappened, tenseOf, type Tense } from "./tense.js";
import { askedSpeaker } from "./speakers.js";
import { correctQuestionWords } from "./typos.js";
import { rareWrittenNames } from "./written-names.js";
import { vectorRow } from "../index/word-vectors.js";
import { escapeRegExp } from "../index/escape-reg-exp.js";
import { irregularVerbBase } from "../index/irregular-verbs.js";
import questionWords from "./question-words.json" with { type: "json" };

/** The two scopes the articles count in, as index terms: the whole world and the US. */
export const SCOPES = ["worldwide", "us"] as const;

/** How a question's words are weighed. */
export const QUESTION_DEFAULTS = {
  /**
   * The share of its weight a verb keeps when it hands its meaning on ("decide to ban"): searched
   * at full weight, "why did Washington decide to ban it?" matched why Kaspersky decided to leave.
   */
  catenativeWeight: 0.25,
} as const;

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
  /** Names a year ("in 2017"): background passages are then what is asked about. */
  namesYear: boolean;
  /** The articles the question names ("per the UBJ piece"); empty when it names none. */
  sourceIds: string[];
  /** Terms offered as alternatives ("Biden or Trump"): an answer should show what the sources say of each. */
  alternatives: [string, string][];
  /**
   * The action a yes/no, when or where question asks about, when the sources never use the word
   * ("Will Kaspersky refund my licence?", "when will it return?"), or the way any question says it
   * was done ("automatically moved"): no passage can say whether, when or where it happens,
   * however many other words it shares.
   */
  unknownAction: string | null;
  /** The side whose words the question asks for ("according to Kaspersky…", "what did officials say…"), or null. */
  speaker: string | null;
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
  /**
   * A year after every article that a question about what happened names ("what happened with
   * Kaspersky in 2025?", "did it come back in 2026?"): what the articles could not have reported.
   */
  laterYear: number | null;
};

/** "Will Kaspersky refund…", "Does the company offer…": the verb after the auxiliary and its subject. */
const ACTION = /^\W*(will|would|can|could|does|do|did|should|must)\s+(?:(?:the|its|their|this|that)\s+)?[\p{L}'’-]+\s+([\p{L}]+)/iu;
/** "Is Kaspersky returning…": a form of "be" asks about an action only with a verb in -ing. */
const PROGRESSIVE = /^\W*(is|are|was|were)\s+(?:(?:the|its|their|this|that)\s+)?[\p{L}'’-]+\s+(\p{L}{3,}ing)\b/iu;
/** "Does this raise…": "this" or "that" may be the whole subject, and the verb the next word. */
const ACTION_AFTER_PRONOUN = /^\W*(will|would|can|could|does|do|did|should|must)\s+(?:this|that)\s+([\p{L}]+)/iu;

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
 * How a question's words are written, not what they mean: numbers typed short ("270k"),
 * abbreviated months before a day, and "-wise" suffixes ("security-wise" asks about security).
 */
function normalise(text: string): string {
  return (
    text
      // "270k", "1.5m": how people type the numbers the articles print in full.
      .replace(/\b\d+(?:\.\d+)?(?:k|m|bn)\b/gi, (n) => expandNumber(n.toLowerCase()))
      .replace(/\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+\d{1,2}\b)/gi, (_match, month: string) => MONTHS[month.toLowerCase()])
      .replace(/(\p{L})-wise\b/giu, "$1")
  );
}

const MARKUP = /<[^<>]{1,200}>/g;

/** "tell us", "give us": the pronoun, not the country. */
const PRONOUN_US = /\b(tell|give|show|let|help|send|email|for|to|with) us\b/gi;

/** "Is it true that…", "…, right?", "I heard…", "apparently": how a claim is put to the bot, not what it is about. */
const CLAIM_WORDS =
  /\b(is|isn't|was|wasn't) (it|that|this) (true|correct|right)( that)?\b|\b(true|correct|right)\s*\?+\s*$|\b(i|we) (heard|read|saw)( somewhere)?( that)?\b|\bsome(one|body) (said|says|told me)( that)?\b|\bapparently\b|\brumou?rs? (has it|says)\b/gi;

/** How the answer is to be put ("in two sentences", "briefly", "like I'm five"; question-words.json): not what it is about. */
const ANSWER_FORM = (() => {
  const asPattern = (phrase: string) => escapeRegExp(phrase).replace(/'/g, "['’]?").replace(/ /g, "\\s+");
  const { counts, units, phrases } = questionWords.answerForm;
  const length = `\\bin\\s+(?:${[...counts.map(asPattern), "\\d+"].join("|")})\\s+(?:${units.map(asPattern).join("|")})\\b`;
  return new RegExp(`${length}|\\b(?:${phrases.map(asPattern).join("|")})(?![\\p{L}\\p{N}])`, "giu");
})();

export function readQuestion(raw: string, index: KnowledgeIndex): Question {
  const text = cleanText(raw);
  // Shorthand spelt out first, so that it reads as what it asks ("whats the date" asks for a date).
  // Then its misspelt question words ("whn", "hwo many"), which would hide what kind of question it is.
  const expanded = correctQuestionWords(expandShorthand(text), (word) => index.hasWord(word) || vectorRow(word) >= 0);
  const asked = coreQuestion(expanded);
  // "…wind down start? need the exact date for a memo": an aside can still say what kind of answer is wanted.
  const coreIntent = detectIntent(asked);
  const intent = coreIntent === "what" && asked !== expanded ? detectIntent(expanded) : coreIntent;
  // The article may be named anywhere in the message ("per the UBJ piece: …").
  const sources = namedSources(tokenize(text.replace(MARKUP, " ")), index);
  const claimed = intent === "how_many" || intent === "how_long" ? extractQuantities(normalise(asked)) : [];
  // "More or less than 20 years?": how the claim is put says nothing about what it is of.
  const skipped = claimed.length > 0 ? new Set([...sources.words, ...claimed.flatMap((q) => tokenize(q.qualifier))]) : sources.words;
  let terms = searchTerms(asked, intent, skipped, index);
  // "We run it on 200 machines. What now?": a question of scaffolding alone is about its context.
  const searchedContext = asked !== expanded && !terms.some((t) => t.known);
  if (searchedContext) terms = searchTerms(expanded, intent, skipped, index);
  const focus = focusWords(asked);
  const focusTerms = focus.flatMap((w) => termsOf(w));
  return {
    text,
    asked,
    intent,
    terms,
    termSet: new Set(terms.map((t) => t.term)),
    focus,
    focusTerms: new Set(focusTerms),
    askedTerms: new Set([...terms.map((t) => t.term), ...focusTerms]),
    asksShare: /\b(how much|percent|percentage|share|proportion|fraction|portion|part)\b|%/i.test(asked),
    asksWeekday: /\b(day of the week|weekday)\b/i.test(asked),
    asksDay: /\b(date|day)\b/i.test(asked) && !/\b(day of the week|weekday)\b/i.test(asked),
    namesYear: /\b(1[89]|20)\d\d\b/.test(asked),
    tense: intent === "when" ? tenseOf(asked) : null,
    sourceIds: sources.sourceIds,
    alternatives: alternativesIn(asked, index),
    unknownAction:
      unknownManner(terms) ??
      (intent === "yes_no"
        ? (unknownAction(asked, index) ?? unknownReceipt(asked, index))
        : intent === "when" || intent === "where"
          ? (unknownEvent(terms) ?? unknownAction(asked.replace(LEADING_WHEN_OR_WHERE, ""), index))
          : null),
    speaker: askedSpeaker(text),
    claimed,
    unknownEntities: terms.some((t) => !t.known)
      ? [...unknownEntities(asked, index, sources.words), ...unknownFocus(asked, terms), ...(intent === "yes_no" ? unknownWords(asked, terms, index) : [])]
      : [],
    searchedContext,
    laterYear: laterYearAsked(asked, index),
  };
}

/** The searchable words of `text`, weighted, without those that only say what kind of answer is wanted. */
function searchTerms(text: string, intent: Intent, sourceWords: ReadonlySet<string>, index: KnowledgeIndex): QueryTerm[] {
  const skip = new Set(INTENT_WORDS[intent]);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  // Markup in angle brackets (<!channel>, <@U123>, <b>) is not what was asked about.
  const normalised = normalise(text);
  const words = tokenize(normalised.replace(MARKUP, " ").replace(PRONOUN_US, "$1").replace(CLAIM_WORDS, " ").replace(ANSWER_FORM, " "));
  // Words capitalised inside the question: read only when a word the passages lack is weighed.
  let names: ReadonlySet<string> | undefined;
  const handOn = catenativesIn(normalised);
  const skipped: string[] = [];
  for (const word of words) {
    if (skip.has(word)) skipped.push(word);
    if (skip.has(word) || sourceWords.has(word)) continue;
    // In "Is it true it has 270k clients?" or "in the US for 25 yrs, right?" the number is the claim to check, not a search key:
    // searching for it would rank the one source that agrees above those that don't.
    if ((intent === "how_many" || intent === "how_long") && /^\d/.test(word)) continue;
    const resolved = resolveWord(word, index);
    if (!resolved || seen.has(resolved.term)) continue;
    seen.add(resolved.term);
    // A name the sources never mention ("CrowdStrike") means the question is about something else.
    // A word the passages lack weighs as an unknown one, even when the question bank knows it: a
    // passage cannot hold it, and the bank's phrasings are too few to say how rare it is.
    const weight =
      (index.passageCount(resolved.term) > 0 ? index.idf(resolved.term) : index.unknownWeight((names ??= namesIn(normalised)).has(word))) *
      (handOn.has(word) ? QUESTION_DEFAULTS.catenativeWeight : 1);
    // Spelt out rather than spread ({ ...resolved, weight, word }): V8 made the spread's copies straight
    // in the old generation, ~1.4 KB a question that only a full collection frees. Same keys, same order.
    terms.push({ term: resolved.term, known: resolved.known, weight, word });
  }
  // "What's the deadline?": when the words that say what kind of answer is wanted are all the question has, they
  // are what it is about ("the deadline for my tax return" has more, which the sources lack). "So what's the story?"
  // is not about a story: a broad question that names nothing gets the story's overview (story-overview.ts).
  if (intent !== "overview" && terms.length === 0)
    for (const word of skipped) {
      const resolved = resolveWord(word, index);
      if (!resolved?.known || seen.has(resolved.term)) continue;
      seen.add(resolved.term);
      terms.push({
        term: resolved.term,
        known: true,
        weight: index.passageCount(resolved.term) > 0 ? index.idf(resolved.term) : index.unknownWeight(false),
        word,
      });
    }
  return terms;
}

/** Words written capitalised after the first ("what does OFAC say"): names, which weigh in full when unknown. */
function namesIn(text: string): ReadonlySet<string> {
  return new Set(tokenize((text.match(/(?<=\S\s+)\p{Lu}[\p{L}\p{N}]+/gu) ?? []).join(" ")));
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
 * Words naming a person, place, organisation or product the corpus (passages, headings, question
 * bank) does not know: one compromise's lexicon knows as a name ("germany", "eugene"), or one
 * written as a name is ("UltraAV", "OFAC", "is Bitdefender a good replacement?"; see written-names.ts).
 * An article a question names ("per the UBJ piece") is not one.
 */
function unknownEntities(asked: string, index: KnowledgeIndex, sourceWords: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const plain = asked.replace(MARKUP, " ");
  const words = plain.match(/[\p{L}\p{N}]+/gu) ?? [];
  const rare = rareWrittenNames(plain, (word) => sourceWords.has(word) || tokenize(word).every((t) => isKnownWord(t, index)));
  for (const [i, written] of words.entries()) {
    const looksLikeName = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(written) || /\p{Ll}\p{Lu}/u.test(written) || isNameWord(written) || rare.has(written.toLowerCase());
    if (!looksLikeName) continue;
    // Written in lower case, a given name is often a common word ("any grace period"): it names someone
    // only before a surname ("eugene kaspersky") or another name.
    if (written === written.toLowerCase() && isGivenName(written) && !namesSomeone(words[i + 1], index)) continue;
    for (const word of tokenize(written)) {
      if (sourceWords.has(word)) continue;
      const resolved = resolveWord(word, index);
      if (resolved !== null && !resolved.known) found.push(written);
    }
  }
  return found;
}

/**
 * "Did users get moved to ultraav?", "is bitdefender affected?": in a yes/no question, a word
 * written in lower case that neither the sources nor common English (the word vectors) know is
 * read as if written as a name (see rareWrittenNames, which keeps the asker's setting and things
 * apart: "alongside intune", "our intune tenant"); whether it is so, the sources cannot say. Not
 * in other questions, where such a word is as often jargon the sources put otherwise ("unmigrated
 * endpoints", "vendor offboarding"); not in words of four letters or fewer, as often chat ("alot").
 */
function unknownWords(asked: string, terms: readonly QueryTerm[], index: KnowledgeIndex): string[] {
  const unknown = terms.filter((t) => !t.known && t.word.length >= 5 && t.word === t.word.toLowerCase() && vectorRow(t.word) < 0).map((t) => t.word);
  if (unknown.length === 0) return [];
  const asNames = asked.replace(/[\p{L}\p{N}]+/gu, (word) => (unknown.includes(word) ? word[0].toUpperCase() + word.slice(1) : word));
  const names = rareWrittenNames(asNames.replace(MARKUP, " "), (word) => isKnownWord(word, index));
  return unknown.filter((word) => names.has(word));
}

/** Whether a word after a given name completes a person's name: a name itself, or the corpus's subject ("kaspersky"). */
function namesSomeone(next: string | undefined, index: KnowledgeIndex): boolean {
  if (!next) return true;
  const term = processTerm(next.toLowerCase());
  return isNameWord(next) || /^\p{Lu}/u.test(next) || (term !== null && index.isBackground(term));
}

/**
 * What "which…" or "what…" asks for, when the sources never name it ("which bureau…", "what
 * ticker…"): the thing asked for is not in them, whatever else the question shares with them.
 */
function unknownFocus(asked: string, terms: readonly QueryTerm[]): string[] {
  // The noun right after "which" or "what (is) the" only: after an auxiliary ("what does the road
  // ahead look like") the words are the subject, and later ones may be a verb ("what does OFAC stand for").
  const word = ASKED_THING.exec(asked)?.[1]?.toLowerCase();
  return word && !GENERIC_HEADS.has(word) && terms.some((t) => t.word === word && !t.known) ? [word] : [];
}
/** "What approach…", "which option…": the kind of answer wanted, not a thing (question-words.json). */
const GENERIC_HEADS: ReadonlySet<string> = new Set(questionWords.genericHeads);
const ASKED_THING = /\b(?:which|what|how much|how many)(?:'s|’s|s| is| are| was| were)?\s+(?:the\s+|a\s+|an\s+)?([\p{L}]+)/iu;

/**
 * "When was the rule published in the Federal Register?": a "when" or "where" question asks about
 * an event, named by its past participle; when the sources never use that verb, no date or place
 * they give is that event's.
 */
function unknownEvent(terms: readonly QueryTerm[]): string | null {
  return terms.find((t) => !t.known && /^\p{L}{3,}ed$/u.test(t.word) && !NAMING_VERBS.has(t.word.toLowerCase()))?.word ?? null;
}
/** "When will Kaspersky return…": what follows is put as a yes/no question's auxiliary, subject and verb. */
const LEADING_WHEN_OR_WHERE = /^\W*(when|where)\s+/i;

/** "Which nation is named as…": naming or describing something is no event (question-words.json, namingVerbs). */
const NAMING_VERBS: ReadonlySet<string> = new Set(questionWords.namingVerbs);

/**
 * "Were users automatically moved to another product?": a way of doing something the sources
 * never describe (question-words.json, mannerAdverbs), whatever else of the question they hold.
 */
function unknownManner(terms: readonly QueryTerm[]): string | null {
  return terms.find((t) => !t.known && MANNER_ADVERBS.has(t.word.toLowerCase()))?.word ?? null;
}
const MANNER_ADVERBS: ReadonlySet<string> = new Set(questionWords.mannerAdverbs);

/**
 * The verb of a yes/no question when the sources never use it ("will this company refund…").
 * "Does this raise wider questions" is read with "this" as the whole subject when the word the
 * other reading takes for the verb can only be an adjective or adverb ("wider").
 */
function unknownAction(asked: string, index: KnowledgeIndex): string | null {
  let verb = (ACTION.exec(asked) ?? PROGRESSIVE.exec(asked))?.[2]?.toLowerCase();
  if (verb && isModifierWord(verb)) verb = ACTION_AFTER_PRONOUN.exec(asked)?.[2]?.toLowerCase() ?? verb;
  return verb && !isKnownWord(verb, index) ? verb : null;
}

/**
 * What a yes/no question asks whether someone gets ("are the laid-off staff getting severance?",
 * "do I get a refund?"), when the sources never mention it: whatever else they say about those
 * people, they do not say whether they get that.
 */
function unknownReceipt(asked: string, index: KnowledgeIndex): string | null {
  const words = RECEIPT.exec(asked)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  // "Did users get (automatically) moved…": a passive, not a thing received.
  if (words.length === 0 || /ed$/.test(words[0]) || irregularVerbBase(words[0]) !== null) return null;
  // The thing is named by the last word before a function word: "signature updates" are updates, "severance pay" is pay.
  const end = words.findIndex((w) => STOPWORDS.has(w));
  const head = words[(end < 0 ? words.length : end) - 1];
  // "Does it get worse…": a change of state, not a thing received.
  return head === undefined || isModifierWord(head) || isKnownWord(head, index) ? null : head;
}
/** A verb of receiving, the words that may come between, any adverbs ("automatically"), then what is received. */
const RECEIPT = new RegExp(
  `\\b(?:${questionWords.receipt.verbs.join("|")})\\s+(?:(?:${questionWords.receipt.modifiers.join("|")}|\\p{L}+ly)\\s+)*([\\p{L}-]+(?:\\s+[\\p{L}-]+)*)`,
  "iu",
);

/** The latest year named in a question about what happened, when it is after every article's year; else null. */
function laterYearAsked(asked: string, index: KnowledgeIndex): number | null {
  // "By 2025" is a deadline, which the articles' dates may answer; "in 2025" is when something happened.
  const years = [...asked.matchAll(/\b(?:in|during|since|throughout)\s+((?:19|20)\d\d)\b/gi)].map((m) => Number(m[1]));
  if (years.length === 0 || !asksWhatHappened(asked)) return null;
  const year = Math.max(...years);
  return year > latestArticleYear(index) ? year : null;
}

/** The year of the newest article. */
export function latestArticleYear(index: KnowledgeIndex): number {
  return Math.max(...[...index.sources.values()].map((a) => Number(a.published?.slice(0, 4) ?? 0)));
}

/** A word the corpus knows, or filler (resolveWord gives null for it). */
function isKnownWord(word: string, index: KnowledgeIndex): boolean {
  const resolved = resolveWord(word, index);
  return !resolved || resolved.known;
}

/** "Biden or Trump", "sales or just distribution": pairs of known, distinctive words joined by "or". */
function alternativesIn(text: string, index: KnowledgeIndex): [string, string][] {
  const pairs: [string, string][] = [];
  for (const match of text.matchAll(/([\p{L}]+)\s+or\s+(?:just\s+|only\s+|even\s+)?([\p{L}]+)/giu)) {
    const [a, b] = [match[1], match[2]].map((w) => processTerm(w.toLowerCase()));
    if (a && b && a !== b && [a, b].every((t) => index.knows(t) && !index.isBackground(t))) pairs.push([a, b]);
  }
  return pairs;
}

/**
 * A question word → its index term. A word the corpus lacks is read as a typo of a corpus word
 * ("updtes"), then as a relative of one ("competitors" → "competing"); filler ("instead") and a
 * typo of a stopword ("othr") are dropped. Whatever is still unknown stays, so a question about something the
 * articles never mention ("refund") is not answered as if that word had not been asked.
 */
function resolveWord(word: string, index: KnowledgeIndex): ResolvedWord | null {
  let resolved = RESOLVED.get(index);
  if (!resolved) RESOLVED.set(index, (resolved = new Map()));
  let found = resolved.get(word);
  if (found === undefined) {
    found = resolveAnew(word, index);
    // Bounded: a flood of made-up words empties it rather than growing it.
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    resolved.set(word, found);
  }
  return found;
}

type ResolvedWord = Readonly<Omit<QueryTerm, "weight" | "word">>;

/**
 * What each word resolved to, per index: a word's resolution depends on the word and the index
 * alone, and a misspelt or unknown one costs fuzzy searches of the vocabulary every time it is
 * asked. The same words come back in question after question.
 */
const RESOLVED = new WeakMap<KnowledgeIndex, Map<string, ResolvedWord | null>>();
const MAX_RESOLVED = 20_000;

function resolveAnew(word: string, index: KnowledgeIndex): ResolvedWord | null {
  const term = processTerm(word);
  if (!term) return null;
  // "Severance" is not "several", though Porter stems both to "sever".
  const collides = index.passageCount(term) > 0 && index.stemCollides(word, term);
  if (index.passageCount(term) > 0 && !collides) return { term, known: true };
  // stopwords-iso's English list holds some places' short names ("uk"): a name is not filler, though an abbreviation ("st.") is.
  if (FILLER_WORDS.has(word) && !isNameNotAbbreviation(word)) return null;
  // A word only a heading or the question bank's phrasings use ("uninstall"): people ask with it, the articles' sentences don't.
  if (index.knows(term) && !collides) return { term, known: true };
  // "Has it ever been proven…": an irregular participle whose base the corpus knows ("prove"), which the stemmer cannot
  // relate. Not a simple past or an adjective, which read as often otherwise ("who forbade…", "before it left", "broken").
  const base = isParticiple(word) ? irregularVerbBase(word) : null;
  const baseTerm = base === null ? null : processTerm(base);
  if (baseTerm && index.knows(baseTerm)) return { term: baseTerm, known: true };
  for (const candidate of [index.correct(word), index.relative(word)]) {
    if (!candidate) continue;
    const candidateTerm = processTerm(candidate);
    if (!candidateTerm) return null;
    if (index.knows(candidateTerm)) return { term: candidateTerm, known: true };
  }
  const near = collides ? null : index.nearTerm(term);
  if (near) return { term: near, known: true };
  // "stil", "hapens": a misspelt function word says nothing the sources could lack.
  if (isStopwordTypo(word)) return null;
  // "12 pcs", "a 10-person office": a number the sources never give is the asker's detail, not something they lack.
  if (/^\d+$/.test(word)) return null;
  return { term, known: false };
}

/** One letter from a function word, with the same first letter ("stil" for "still"); four letters or more. */
function isStopwordTypo(word: string): boolean {
  if (word.length < 4) return false;
  STOPWORD_MAP ??= SearchableMap.from([...STOPWORDS].filter((w) => w.length >= 3).map((w): [string, true] => [w, true]));
  for (const [candidate] of STOPWORD_MAP.fuzzyGet(word, 1)) if (candidate[0] === word[0]) return true;
  return false;
}
let STOPWORD_MAP: SearchableMap<true> | undefined;

/** Control characters become spaces, white space folds, and the length is capped. */
export function cleanText(raw: string): string {
  const text = String(raw ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > MAX_QUESTION_CHARS ? `${text.slice(0, MAX_QUESTION_CHARS).trimEnd()}…` : text;
}

function focusWords(text: string): string[] {
  const match = /\b(?:how many|how much|which|what(?:'s|’s|s)?|number of)\s+((?:[a-z-]+\s*){1,3})/i.exec(text);
  if (!match) return [];
  return tokenize(match[1])
    .filter((w) => !/^(of|the|did|does|do|is|are|was|were|has|have|had|can|will|would)$/.test(w))
    .slice(0, 2);
}
