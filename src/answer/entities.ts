import { createRequire } from "node:module";
import type Nlp from "compromise";
import questionWords from "./question-words.json" with { type: "json" };

export type EntityKind = "people" | "places" | "organizations";

/**
 * Names of people, places and organisations in a text, as compromise's tagger reads them (it
 * knows sentence-initial names: "CNN was the first…"). About half a millisecond a call: for text
 * read once, such as a fact's answer line.
 */
export function namedEntities(text: string, kinds: readonly EntityKind[] = ["people", "places", "organizations"]): string[] {
  const doc = compromise().nlp(text);
  return kinds.flatMap((kind) => doc[kind]().out("array") as string[]);
}

type Model = { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };

/**
 * compromise, loaded at its first use: unpacking its lexicon takes about a third of a second,
 * which a start should not wait for (serve.ts has it loaded once the server listens). Its
 * CommonJS build, so that the first question can load it synchronously.
 */
function compromise(): { nlp: typeof Nlp; model: Model } {
  if (!loaded) {
    const nlp = createRequire(import.meta.url)("compromise") as typeof Nlp;
    loaded = { nlp, model: (nlp.model() as { one: Model }).one };
  }
  return loaded;
}
let loaded: { nlp: typeof Nlp; model: Model } | undefined;

/** Loads compromise now, so that the first question does not wait for it. */
export function loadEntityTagger(): void {
  compromise();
}

const NAME_TAGS = ["Place", "Person", "Organization", "Demonym"];
const GIVEN_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);

/** The tags compromise's lexicon gives a word, in any case; none for a word it does not list. */
function lexiconTags(word: string): readonly string[] {
  const tags = compromise().model.lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** A word compromise's lexicon knows only as a given name ("grace", "eugene", "june"), which is also often a common word. */
export function isGivenName(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => GIVEN_NAME_TAGS.has(tag));
}

/**
 * A word compromise's lexicon knows as a place, a person's name, an organisation or a people's name
 * ("germany", "eugene", "microsoft", "canadian"), in any case: a lookup, not a parse, for every question.
 */
export function isNameWord(word: string): boolean {
  return hasLexiconTag(word, NAME_TAGS);
}

/** A word compromise's lexicon knows only as an interjection ("huh", "yikes", "meh", "lol"), in any case. */
export function isInterjection(word: string): boolean {
  return knownOnlyAs(word, ["Expression"]);
}

/** A word compromise's lexicon knows only as an adjective ("private", "wider", "smartest"), in any case. */
export function isAdjectiveWord(word: string): boolean {
  return knownOnlyAs(word, ["Adjective"]);
}

/** Whether compromise's lexicon knows a word, and only as these tags or kinds of them. */
function knownOnlyAs(word: string, kinds: readonly string[]): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((tag) => kinds.some((kind) => isTagOf(tag, kind)));
}

/** Whether compromise's lexicon knows a word as any of these tags or a kind of one ("keep": Infinitive, "my": Possessive). */
export function hasLexiconTag(word: string, kinds: readonly string[]): boolean {
  return lexiconTags(word).some((tag) => kinds.some((kind) => isTagOf(tag, kind)));
}

/** A place's name ("russia", "europe", "moscow"), as compromise's lexicon knows it, in any case. */
export function isPlaceWord(word: string): boolean {
  return hasLexiconTag(word, PLACE);
}
const PLACE = ["Place"];

/** A people's name ("canadian", "israeli"), as compromise's lexicon knows it. */
export function isDemonymWord(word: string): boolean {
  return hasLexiconTag(word, DEMONYM);
}
const DEMONYM = ["Demonym"];

/**
 * A title ("CFO", "CISO", "Secretary"): a role in question-words.json's personRoles (which holds the
 * titles compromise's lexicon lacks) or a word its lexicon knows only as one. It names no one: not a
 * name the articles lack ("a client's CFO asked…"), nor the name a question is about ("Secretary Raimondo").
 */
export function isRoleWord(word: string): boolean {
  return isPersonRole(word.toLowerCase()) || knownOnlyAs(word, ["Actor"]);
}
/** Whether a lower-case word is one of question-words.json's personRoles ("reporter", "ciso"). */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLES.has(word);
}
const PERSON_ROLES: ReadonlySet<string> = new Set(questionWords.personRoles.roles);

/** Whether a compromise tag is `kind` or one of its kinds ("Country" is a "Place"). */
function isTagOf(tag: string, kind: string): boolean {
  return tag === kind || (compromise().model.tagSet[tag]?.parents ?? []).includes(kind);
}

/**
 * Tags of a word that opens a clause cut from its subject or its main clause: "has been…", "derived
 * from…", "citing…", "prohibits…", "with a message reading…", "to protect…". Read wrongly, a line is only
 * replaced by the whole sentence it was cut from, which also reads as an answer.
 */
const SUBJECTLESS_OPENERS = new Set(["Auxiliary", "Copula", "PastTense", "Participle", "Gerund", "PresentTense", "Preposition"]);

/**
 * Whether a line opens with a verb whose subject was cut off ("Has been a prominent player…",
 * "Citing the ban as the reason."), as compromise tags it; an opening phrase set off by a comma
 * ("Looking ahead, Kaspersky will…") has its subject after it. An imperative ("Replace it…") is
 * subjectless too, unless `imperative` says it is advice.
 */
export function opensWithoutSubject(line: string, { imperative = false } = {}): boolean {
  const all = line.trim().split(/\s+/);
  const words = all.slice(0, 3);
  // "Looking ahead, Kaspersky will…": what follows the opening phrase says whether the subject is there ("Like
  // Kaspersky Lab, to collect…" has none).
  const comma = words.findIndex((w) => w.endsWith(","));
  if (comma >= 0) return opensWithoutSubject(all.slice(comma + 1).join(" "), { imperative });
  if (/^to$/i.test(words[0] ?? "")) return true;
  const [tags, next] = openingTags(words.join(" "));
  // A bare verb first ("Replace it…") is an imperative, however compromise tags it in three words.
  if (tags.includes("Imperative") || tags.includes("Infinitive")) return !imperative;
  // "Particularly in the technology sectors where…": an adverb before a preposition qualifies what went before the cut.
  if (tags.includes("Adverb") && !tags.includes("Noun") && next.includes("Preposition")) return true;
  return tags.some((tag) => SUBJECTLESS_OPENERS.has(tag)) && !tags.includes("Noun");
}

/**
 * The tags of a line's first and second words, read in its first three words. A parse costs about half a
 * millisecond, and answer lines come from a fixed corpus: each opening is parsed once (bounded).
 */
function openingTags(opening: string): readonly [readonly string[], readonly string[]] {
  let tags = OPENING_TAGS.get(opening);
  if (!tags) {
    const terms = (compromise().nlp(opening).terms().json() as { terms: { tags: string[] }[] }[]).map((t) => t.terms[0]?.tags ?? []);
    tags = [terms[0] ?? [], terms[1] ?? []];
    // The oldest goes first (a Map keeps insertion order): clearing all at once would re-parse a large corpus's lines in a burst.
    if (OPENING_TAGS.size >= MAX_OPENINGS) OPENING_TAGS.delete(OPENING_TAGS.keys().next().value!);
    OPENING_TAGS.set(opening, tags);
  }
  return tags;
}
const OPENING_TAGS = new Map<string, readonly [readonly string[], readonly string[]]>();
const MAX_OPENINGS = 10_000;

/** A word compromise's lexicon knows only as an adjective or adverb ("wider", "really"), never a verb or a noun. */
export function isModifierWord(word: string): boolean {
  return knownOnlyAs(word, ["Adjective", "Adverb"]);
}

/** A word compromise's lexicon knows as a past participle ("proven", "forbidden"), not as a simple past ("held") or an adjective ("broken", "left"). */
export function isParticiple(word: string): boolean {
  return lexiconTags(word).includes("Participle");
}

/** A word compromise's lexicon knows as a possessive ("our", "their"): what follows is the asker's or someone's own. */
export function isPossessive(word: string): boolean {
  return lexiconTags(word).includes("Possessive");
}

/** Kinds of word that are not a noun, as compromise's tag set groups them ("Infinitive" is a "Verb"). */
const NOT_NOUN_KINDS = ["Verb", "Adjective", "Adverb", "Preposition", "Conjunction", "Determiner", "Pronoun", "QuestionWord"];

/**
 * Whether a word after a name reads as a common noun the name modifies ("Ubuntu servers", "Dell
 * laptops", "Azure VMs"): written in lower case (or an abbreviation's plural), and not a word
 * compromise's lexicon knows as another part of speech, nor a form of a verb it knows
 * ("Bitdefender protects…"). A lookup, not a parse: the tagger costs most of a millisecond.
 */
export function readsAsCommonNoun(word: string): boolean {
  if (!/^\p{Ll}/u.test(word) && !/^\p{Lu}{2,}s$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (lexiconTags(lower).some((tag) => NOT_NOUN_KINDS.some((kind) => isTagOf(tag, kind)))) return false;
  const bases = [/s$/, /es$/, /ed$/, /d$/, /ing$/].map((ending) => lower.replace(ending, "")).filter((base) => base !== lower);
  return !bases.some((base) => lexiconTags(base).some((tag) => isTagOf(tag, "Verb")));
}

/** A word compromise's lexicon knows as a demonym ("russian", "american"): of a place, not a place. */
export function isDemonym(word: string): boolean {
  return lexiconTags(word).includes("Demonym");
}

/** A name word that is not also an abbreviation ("uk", "eu"; not "st", "co", "mt"): one a list of filler words may hold by mistake. */
export function isNameNotAbbreviation(word: string): boolean {
  return isNameWord(word) && !lexiconTags(word).includes("Abbreviation");
}
