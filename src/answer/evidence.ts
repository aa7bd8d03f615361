import { BEST_ASKED, intentClass } from "./intent.js";
import { isDemonym, isPersonRole } from "./entities.js";
import questionWords from "./question-words.json" with { type: "json" };
import { datesAgree, formatDate } from "../index/dates.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { phraseAlternatives } from "../index/escape-reg-exp.js";
import type { Passage } from "../index/passages.js";
import type { Intent } from "./intent.js";
import { distinctiveWords, extractNames, isCountry, isPlaceTerm, isTitle, placeLike, type Name } from "./names.js";
import { processTerm, termsOf, tokenize } from "../index/tokenize.js";
import { STOPWORDS } from "../index/stopwords.js";
import { irregularVerbBase } from "../index/irregular-verbs.js";
import { extractAdvice, extractList, extractQuotations, extractReason, sameItems, sameWords, type Phrase } from "./phrases.js";
import { extractQuantities, quantitiesAgree, sameUnit, type Quantity } from "./quantities.js";
import type { Question } from "./question.js";
import { LatestMemo } from "./latest-memo.js";
import { speakersIn, speakersOf } from "./speakers.js";

/** The fact a passage offers for the asked intent, if it offers one. */
export type Value =
  | { kind: "date"; text: string; iso: string }
  | { kind: "quantity"; quantity: Quantity; all: Quantity[] }
  | { kind: "name"; name: Name }
  | { kind: "phrase"; phrase: Phrase; quoted: boolean; form: PhraseForm };

/** What a phrase answers with: it decides how two sources' phrases compare. */
export type PhraseForm = "advice" | "reason" | "list" | "quote";

/** A passage judged against a question. */
export type Evidence = {
  passage: Passage;
  /** Share of the question's weight the passage holds (its own words fully, the sentence before at half). */
  coverage: number;
  /** MiniSearch's score relative to the best candidate's. */
  relevance: number;
  /** Holds the kind of fact the intent asks for (1), or not (0). */
  fit: number;
  value: Value | null;
  score: number;
  terms: ReadonlySet<string>;
};

/** Intents whose answer is a typed fact; the rest are answered with the passage's focused clause. */
export const TYPED_INTENTS: ReadonlySet<Intent> = new Set(["when", "how_many", "how_long", "who", "where", "why", "list", "quote", "advice"]);

export const RANKING = {
  /** A passage reporting another side's words, for a question asking what one side says ("according to Kaspersky…"). */
  otherSpeaker: 0.7,
  /** A passage reporting nobody's words, for such a question. */
  silentSpeaker: 0.9,
  /** Weights of coverage, relevance and fit for typed intents; others split coverage and relevance. */
  typed: { coverage: 0.5, relevance: 0.3, fit: 0.2 },
  untyped: { coverage: 0.6, relevance: 0.4 },
  /** The sentence before lends its words at this weight. */
  contextShare: 0.5,
  /**
   * …and at this weight when a date, number, name or place is asked for: such a value belongs to
   * what its own sentence names, not to what the sentence before named ("…slaps sanctions.
   * Kaspersky announced on Monday it will close on July 20" does not date the sanctions).
   */
  valuedContextShare: 0.25,
  /** A value in a sentence without the question's weightiest word is of something else, likely. */
  valueOfAnother: 0.75,
  /**
   * A passage that only looks back (every date it names is years before its article) is
   * background; unless the question asks "when" or names a year, the news itself ranks first.
   */
  historyFactor: 0.9,
  /** Question words standing together ("continuing to use Kaspersky") add up to this much. */
  proximity: 0.1,
  proximityWindow: 4,
  /** "Who" wants a person first; an organisation answers less well. */
  organisationFit: 0.5,
  /** "How many customers" is answered less well by a number of territories. */
  otherUnitFit: 0.5,
  /** A passage whose date is before the article for "when will…", after it for "when did…", weighs this much (see tenseFit). */
  otherTenseFit: 0.8,
  /** A passage dated only to the month, for a question that asks for the day, weighs this much. */
  vagueDateFactor: 0.8,
  /**
   * "In the US for over 20 years, right?": a duration or count further than this factor from the
   * claimed one ("nearly a month") is of another thing (as ANSWER_DEFAULTS.sameOrder).
   */
  claimOrder: 3,
} as const;

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** A date known to the day answers "when" best; a month or a bare year less well. */
const DATE_FIT: Record<number, number> = { 10: 1, 7: 0.8, 4: 0.6 };

/** What a passage offers any question: worked out on first use, then kept as long as the passage. */
type Features = {
  terms: ReadonlySet<string>;
  context: ReadonlySet<string>;
  quantities: Quantity[];
  names: Name[];
  list: Phrase | null;
  reason: Phrase | null;
  advice: Phrase | null;
  quotations: Phrase[];
};
const FEATURES = new WeakMap<Passage, Features>();

function featuresOf(passage: Passage): Features {
  let features = FEATURES.get(passage);
  if (!features) {
    features = {
      terms: new Set(passage.terms.map(([term]) => term)),
      context: new Set(passage.contextTerms),
      quantities: extractQuantities(passage.text, passage.dates),
      names: extractNames(passage.text),
      list: extractList(passage.text),
      reason: extractReason(passage.text),
      advice: extractAdvice(passage.text),
      quotations: extractQuotations(passage.text),
    };
    FEATURES.set(passage, features);
  }
  return features;
}

/**
 * How a passage is weighed. `ranking: false` leaves out what only orders candidates (word
 * proximity), for passages judged otherwise; `ofOneFact: true` weighs the sentences of one curated
 * fact, which all state its one event, so a value is not doubted for lacking the question's weightiest word.
 */
export type WeighOptions = { ranking?: boolean; ofOneFact?: boolean };

export function weigh(
  index: KnowledgeIndex,
  passage: Passage,
  relevance: number,
  question: Question,
  { ranking = true, ofOneFact = false }: WeighOptions = {},
): Evidence {
  const { terms, context } = featuresOf(passage);
  const valued = intentClass(question.intent) === "valued";
  const contextShare = valued ? RANKING.valuedContextShare : RANKING.contextShare;
  let held = 0;
  let total = 0;
  for (const { term, weight } of question.terms) {
    total += weight;
    held += terms.has(term) ? weight : context.has(term) ? weight * contextShare : 0;
  }
  const coverage = total > 0 ? held / total : 0;
  const value = valueIn(index, passage, question);
  const fit =
    value === null
      ? 0
      : value.kind === "date"
        ? question.asksWeekday && !WEEKDAY.test(value.text)
          ? RANKING.otherUnitFit
          : DATE_FIT[value.iso.length]
        : value.kind === "name" && question.intent === "who" && value.name.person === asksOrganisation(question)
          ? RANKING.organisationFit
          : value.kind === "quantity" && (!countsWhatIsAsked(value.quantity, question) || !ofClaimedOrder(value.quantity, question))
            ? RANKING.otherUnitFit
            : 1;
  const score =
    (TYPED_INTENTS.has(question.intent)
      ? RANKING.typed.coverage * coverage + RANKING.typed.relevance * relevance + RANKING.typed.fit * fit
      : RANKING.untyped.coverage * coverage + RANKING.untyped.relevance * relevance) + (ranking ? RANKING.proximity * proximity(passage, question) : 0);
  const history = question.intent !== "when" && !question.namesYear && looksBack(index, passage);
  // Its date on the other side of the article's own date dates another event; one known only to
  // the month does not say the day asked for ("what exact date…": "June 20", not "last month").
  const dated =
    value?.kind === "date" ? tenseFit(index, passage, value.iso, question) * (question.asksDay && value.iso.length < 10 ? RANKING.vagueDateFactor : 1) : 1;
  // "When were the sanctions announced?": a date in a sentence that does not name the sanctions is another event's.
  const weightiest = valued && !ofOneFact && value !== null && question.terms.length > 1 ? weightiestPassageTerm(index, question) : null;
  const ofAnother = weightiest !== null && !terms.has(weightiest) ? RANKING.valueOfAnother : 1;
  return {
    passage,
    coverage,
    relevance,
    fit,
    value,
    score: (history ? score * RANKING.historyFactor : score) * dated * speakerFit(passage, question) * ofAnother,
    terms,
  };
}

/**
 * "When will…" asks for a date after the article was written, "when did…" for one before: a date
 * on the other side of the article's own date is of another event ("last month's announcement"
 * beside "take effect on September 29").
 */
function tenseFit(index: KnowledgeIndex, passage: Passage, iso: string, question: Question): number {
  const published = index.source(passage.sourceId).published;
  if (!question.tense || !published) return 1;
  const length = Math.min(iso.length, published.length);
  const [date, written] = [iso.slice(0, length), published.slice(0, length)];
  const otherSide = question.tense === "future" ? date < written : date > written;
  return otherSide ? RANKING.otherTenseFit : 1;
}

/**
 * "According to Kaspersky…" is answered by what Kaspersky says: a passage reporting another
 * side's words answers it less well, and one reporting nobody's a little less.
 */
function speakerFit(passage: Passage, question: Question): number {
  if (!question.speaker) return 1;
  const sides = speakersOf(passage, () => speakersIn(passage.text));
  return sides.has(question.speaker) ? 1 : sides.size > 0 ? RANKING.otherSpeaker : RANKING.silentSpeaker;
}

/** The largest share of the question's terms found within a few consecutive words of the passage. */
function proximity(passage: Passage, question: Question): number {
  if (question.terms.length < 2) return 0;
  const terms = passage.terms;
  // Only windows starting at a question word count: one starting elsewhere holds no more than the
  // window starting at the next question word. So the question words' positions are found once.
  const at: number[] = [];
  for (let i = 0; i < terms.length; i++) if (question.termSet.has(terms[i][0])) at.push(i);
  if (at.length < 2) return 0;
  let best = 0;
  for (let a = 0; a < at.length; a++) {
    let distinct = 0;
    for (let b = a; b < at.length && at[b] < at[a] + RANKING.proximityWindow; b++) {
      const term = terms[at[b]][0];
      let repeated = false;
      for (let c = a; c < b; c++) if (terms[at[c]][0] === term) repeated = true;
      if (!repeated) distinct++;
    }
    if (distinct > best) best = distinct;
  }
  return best < 2 ? 0 : best / question.terms.length;
}

function looksBack(index: KnowledgeIndex, passage: Passage): boolean {
  const published = Number(index.source(passage.sourceId).published?.slice(0, 4));
  return passage.dates.length > 0 && passage.dates.every((d) => Number(d.iso.slice(0, 4)) < published - 1);
}

const ROLES = questionWords.personRoles.roles.join("|");
/**
 * "The name of the COO", "the names of the people…": a person by their role (question-words.json). A role ends
 * the word ("man-in-the-middle" is not a man).
 */
const NAME_OF_ROLE = new RegExp(
  `\\bnames? of (the |that |this |its |their |kaspersky's )?(?<quals>(?:\\w+ ){0,2})(?<role>${ROLES}|person|people)(?![\\w-])`,
  "i",
);
/**
 * "Which CNN reporter…", with the word after the role: one in the possessive asks for what it owns
 * ("which president's administration"), and one before a noun describes it ("which executive order",
 * "what official Commerce ruling").
 */
const WHICH_ROLE = new RegExp(`\\b(?:which|what) (?<quals>(?:\\w+ ){0,2})(?<role>${ROLES})(?![\\w'’-])(?:\\s+(?<next>\\p{L}+))?`, "iu");
/** "Who's the CNN reporter that…", "who is the Treasury secretary": the person holding the role. */
const WHO_IS_ROLE = new RegExp(
  `^\\W*who(?:'s|’s|s| is| was| are| were) (?:the|that|this) (?<quals>(?:\\w+ ){0,2})(?<role>${ROLES})(?![\\w'’-])(?:\\s+(?<next>\\p{L}+))?`,
  "iu",
);

/** Whether a role asked for is the person ("which official declared…", "which reporter first broke…"), not a noun's modifier. */
function asksForRole(asked: string): boolean {
  const match = WHICH_ROLE.exec(asked) ?? WHO_IS_ROLE.exec(asked);
  if (!match) return false;
  const next = match.groups?.next?.toLowerCase();
  // After the person comes a function word, a verb or an adverb; after a modifier, the noun it modifies.
  return next === undefined || STOPWORDS.has(next) || /(ed|ly)$/.test(next) || next === "first" || next === "last" || irregularVerbBase(next) !== null;
}

/** "Which agency…", "the name of the department…": an organisation is asked for, and a person does not answer it. */
const ORGANISATION = new RegExp(`\\b(${questionWords.namesThatAreNotPeople.join("|")})\\b`, "i");

/**
 * The role a question asks a person by ("which CNN reporter…", "who's the secretary of defense?"), read
 * once per question (it is consulted for every candidate passage and fact); null when no person is asked for.
 * - `title`: the role, when a title names it ("reporter", "secretary"): a person the sentence titles
 *   otherwise ("President Joe Biden") does not hold it. Null for the roles anyone in charge may hold
 *   ("official", "executive", "head"; question-words.json, personRoles.anyTitle).
 * - `qualifiers`: the words that say which holder is asked for, as index terms: before the role ("the
 *   **homeland security** secretary", "which **CNN** reporter") and after it ("the secretary **of
 *   defense**"). A sentence naming a person answers only when it holds them all: "Commerce Secretary Gina
 *   Raimondo" is not the secretary of defense. Not the roles, nor the story's subject ("which kaspersky
 *   executive"), nor words that only describe the holder ("which **cabinet** secretary";
 *   question-words.json, personRoles.descriptors).
 */
export function askedRole(index: KnowledgeIndex, question: Question): AskedRole | null {
  return ASKED_ROLES.get(question, () => readAskedRole(index, question));
}
export type AskedRole = { title: string | null; qualifiers: string[] };
const ASKED_ROLES = new LatestMemo<Question, AskedRole | null>();

function readAskedRole(index: KnowledgeIndex, question: Question): AskedRole | null {
  if (!asksPersonName(question)) return null;
  const match = NAME_OF_ROLE.exec(question.asked) ?? WHICH_ROLE.exec(question.asked) ?? WHO_IS_ROLE.exec(question.asked);
  if (!match) return { title: null, qualifiers: [] };
  const role = match.groups?.role ?? "";
  const after = new RegExp(`\\b${role}\\s+of\\s+(?:the\\s+)?(\\p{L}+(?:\\s+\\p{L}+)?)`, "iu").exec(question.asked);
  const words = [...tokenize(match.groups?.quals ?? ""), ...tokenize(after?.[1] ?? "")];
  const qualifiers = words
    .filter((w) => !STOPWORDS.has(w) && !ANY_TITLE.has(w) && !isPersonRole(w) && !DESCRIPTORS.has(w))
    .map((w) => processTerm(w))
    .filter((t): t is string => t !== null && !index.isBackground(t));
  const title = role.toLowerCase();
  return { title: title && !ANY_TITLE.has(title) ? title : null, qualifiers };
}
const ANY_TITLE: ReadonlySet<string> = new Set(questionWords.personRoles.anyTitle);
/** Words that describe a role's holder without saying which office ("cabinet secretary", "top official"). */
const DESCRIPTORS: ReadonlySet<string> = new Set(questionWords.personRoles.descriptors);

/**
 * Whether a name opens with a title other than the asked one ("President Joe Biden" for "which
 * reporter…"), or with any title for an office a role anyone may hold is qualified into ("the chief
 * legal officer").
 */
function titledOtherwise(name: Name, { title, qualifiers }: AskedRole): boolean {
  const first = name.text.split(/\s+/)[0];
  if (!isTitle(first)) return false;
  return title !== null ? first.toLowerCase() !== title : qualifiers.length > 0;
}

/** "What's the name of the COO?": only a person's name answers, however well a sentence matches the words. */
export function asksPersonName(question: Question): boolean {
  return question.intent === "who" && askedWho(question).person;
}

/** "What's the name of the agency that banned it?": an organisation's name answers, not its secretary's. */
export function asksOrganisation(question: Question): boolean {
  return question.intent === "who" && askedWho(question).organisation;
}

/**
 * Whether a "who" question asks for a person or an organisation, read once per question: it is
 * consulted for every candidate passage's names (valueIn, weigh), each time some five pattern tests.
 */
function askedWho(question: Question): AskedWho {
  return ASKED_WHO.get(question, () => {
    const person = NAME_OF_ROLE.test(question.asked) || asksForRole(question.asked);
    return {
      person,
      organisation: !person && !/^\W*who\b/i.test(question.asked) && ORGANISATION.test(question.asked),
      recipient: RECIPIENT_ASKED.test(question.asked),
    };
  });
}
type AskedWho = { person: boolean; organisation: boolean; recipient: boolean };
const ASKED_WHO = new LatestMemo<Question, AskedWho>();

/**
 * "Which outlet did Kaspersky give its statement about the layoffs to?", "to whom…", "who did Kaspersky tell?": the
 * one something was said or given to, whom a passage names after "to" or "told" ("In a statement to The Cyber
 * Express"), not any name near the words ("the U.S. Department of Commerce" in the statement itself). Not whom the
 * asker would write to ("who is the commerce official we should write to?").
 */
const RECIPIENT_ASKED =
  /\bto whom\b|^(?!.*\b(?:i|we|you|u)\b).*\bto(?=\s*(?:$|[?.!,;]))|\bwho(?:m)?\s+(?:did|does|do|has|have|had|will|would)\s+(?:[\w'’-]+\s+){1,2}?(?:tell|inform|notify|brief)\b/i;
/** Words before a name that make it whom something was said or given to (a name's start may follow "The"). */
const BEFORE_RECIPIENT = /\b(?:to|told|tells|informed|notified|briefed)\s+(?:the\s+)?$/i;

/** Whether the passage names `name` as whom something was said or given to ("a statement to The Cyber Express"). */
function namedAsRecipient(name: Name, passage: Passage): boolean {
  return BEFORE_RECIPIENT.test(passage.text.slice(Math.max(0, name.start - 16), name.start));
}

const NEAREST_INTENTS: ReadonlySet<Intent> = new Set(["when", "how_many", "how_long", "who", "where"]);

/** Extracts the fact the intent asks for, choosing the candidate nearest the question's words. */
export function valueIn(index: KnowledgeIndex, passage: Passage, question: Question): Value | null {
  const features = featuresOf(passage);
  // Where the question's words stand: only the intents that pick the nearest value need them.
  const anchors = NEAREST_INTENTS.has(question.intent) ? passage.terms.filter(([term]) => question.termSet.has(term)).map(([, offset]) => offset) : [];

  switch (question.intent) {
    case "when": {
      // A span that contains another ("30 days after … June 20") is the more specific answer.
      // A date of the asked tense first: "when will…" in a passage dating both the announcement and the deadline.
      const date = nearestTo(
        anchors,
        passage.dates,
        (d) =>
          (d.end - d.start) / 2 +
          (d.iso.length === 10 ? 20 : 0) +
          (question.asksWeekday && WEEKDAY.test(d.text) ? 1000 : 0) +
          (tenseFit(index, passage, d.iso, question) < 1 ? -1000 : 0),
      );
      return date && { kind: "date", text: date.text, iso: date.iso };
    }
    case "how_many":
    case "how_long": {
      const wanted = question.intent === "how_long" ? ["duration"] : ["count", "percent"];
      const all = features.quantities.filter((q) => wanted.includes(q.kind));
      // A number whose own unit is the asked noun ("how many people" → "400 million people") beats
      // one that only stands near an asked word ("240,000 companies globally").
      const quantity = nearestTo(
        anchors,
        all,
        (q) =>
          (countsWhatIsAsked(q, question) ? 1000 : 0) +
          (q.unitTerms.some((t) => question.focusTerms.has(t)) ? 1000 : 0) +
          (ofClaimedOrder(q, question) ? 1000 : 0),
      );
      return quantity && { kind: "quantity", quantity, all };
    }
    case "who": {
      // "The name of the chief operating officer" is a person's; an agency does not answer it.
      const person = asksPersonName(question);
      const organisation = asksOrganisation(question);
      const role = askedRole(index, question);
      // "Who's the secretary of defense?": a person in a sentence that says nothing of defense is someone else.
      if (role?.qualifiers.some((t) => !features.terms.has(t))) return null;
      const recipient = askedWho(question).recipient;
      const names = features.names.filter(
        (n) =>
          isAnswerName(index, n, question) &&
          (!person || n.person) &&
          !(role && titledOtherwise(n, role)) &&
          !onlyReports(index, n, question) &&
          !exampleOfOtherKind(n, passage, question) &&
          (!recipient || namedAsRecipient(n, passage)),
      );
      const name = nearestTo(anchors, names, (n) => (n.person !== organisation ? 60 : 0));
      return name && { kind: "name", name };
    }
    case "where": {
      // "Where in the US…" is answered only by a passage about the US.
      if (question.terms.some((t) => isPlaceTerm(t.term) && !features.terms.has(t.term))) return null;
      // The corpus's own setting ("U.S.") is in every article: it names no place that was asked for.
      // A city is not answered with a country.
      const city = /\b(city|town)\b/i.test(question.asked);
      const places = features.names.filter((n) => {
        const place = placeReading(n, passage);
        // "The Russian government" says whose government, not where anything is.
        if (!place.placeLike || place.demonym || (city && place.country)) return false;
        return place.words.some(({ word, term }) => !question.termSet.has(term) && !index.isBackgroundWord(word));
      });
      const place = nearestTo(anchors, places);
      return place && { kind: "name", name: placeName(place) };
    }
    case "advice": {
      const phrase = features.advice;
      return phrase && { kind: "phrase", phrase, quoted: false, form: "advice" };
    }
    case "why": {
      const phrase = features.reason;
      return phrase && { kind: "phrase", phrase, quoted: false, form: "reason" };
    }
    case "list": {
      const phrase = features.list;
      return phrase && { kind: "phrase", phrase, quoted: false, form: "list" };
    }
    case "quote": {
      const quotes = features.quotations;
      const phrase = quotes.length ? quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a)) : null;
      return phrase && { kind: "phrase", phrase, quoted: true, form: "quote" };
    }
    default:
      return null;
  }
}

/** What a "where" question reads of a passage's name, whatever the question: worked out once, kept as long as the name. */
type PlaceReading = { placeLike: boolean; country: boolean; demonym: boolean; words: { word: string; term: string }[] };
const PLACE_READINGS = new WeakMap<Name, PlaceReading>();

/** `name`: one of `passage`'s names (its features). */
function placeReading(name: Name, passage: Passage): PlaceReading {
  let reading = PLACE_READINGS.get(name);
  if (!reading) {
    const words = tokenize(placeName(name).text).map((word) => ({ word, term: processTerm(word) ?? word }));
    reading = { placeLike: placeLike(name, passage.text), country: isCountry(name), demonym: words.every(({ word }) => isDemonym(word)), words };
    PLACE_READINGS.set(name, reading);
  }
  return reading;
}

/** "Moscow-headquartered" answers "where" as "Moscow". */
function placeName(name: Name): Name {
  const text = name.text.replace(/-\p{Ll}[\p{L}-]*$/u, "");
  return text === name.text ? name : { ...name, text, end: name.start + text.length, terms: termsOf(text) };
}

/** The proper names in a passage, worked out once per passage. */
export function namesIn(passage: Passage): readonly Name[] {
  return featuresOf(passage).names;
}

/** "Which antivirus…", "which countries…", "the best free AV…": nouns that ask for something with a proper name (question-words.json). */
const NAMED_THING = new RegExp(
  `\\b(?:which|what)\\s+(${[...questionWords.namedThings.products, ...questionWords.namedThings.things, ...questionWords.namedThings.places].join("|")})\\b|${BEST_ASKED}`,
  "i",
);
const PLACE_KINDS: ReadonlySet<string> = new Set(questionWords.namedThings.places);

/**
 * "Which antivirus…", "what vendor…" is answered only by a passage naming one, "which countries…"
 * only by one naming a place: a person's name names neither, and a place is not an antivirus.
 */
export function namesWhatIsAsked(index: KnowledgeIndex, passage: Passage, question: Question): boolean {
  if (question.intent === "who" || question.intent === "where") return true;
  const kind = namedThingAsked(question);
  if (!kind) return true;
  // The corpus's own setting ("the U.S.") counts: it is the answer to "which country banned it?".
  if (PLACE_KINDS.has(kind)) return namesIn(passage).some((n) => n.place && n.terms.some((t) => !question.termSet.has(t)));
  return namesIn(passage).some((n) => !n.person && isAnswerName(index, n, question));
}

/** The kind of thing with a proper name the question asks for ("antivirus" in "which antivirus…"), lower-case; null when it asks for none. */
export function namedThingAsked(question: Question): string | null {
  const named = NAMED_THING.exec(question.asked);
  return (named?.[1] ?? named?.[2])?.toLowerCase() ?? null;
}

/** A name can answer "who" unless it is a place, was in the question, or is the corpus's own subject. */
export function isAnswerName(index: KnowledgeIndex, name: Name, question: Question): boolean {
  if (name.place) return false;
  // Judged by its distinctive words: "Kaspersky Lab" is as much the subject as "Kaspersky".
  return distinctiveTermsOf(name).some((t) => !question.termSet.has(t) && !index.isBackground(t));
}

/**
 * "…alongside American rivals such as McAfee and Symantec": a name given as an example of a kind (question-words.json,
 * exampleMarkers), maybe after other examples, answers "who" only when the question names that kind ("who are
 * Kaspersky's rivals?"), not "who founded Kaspersky?", of a sentence that names no founder.
 */
function exampleOfOtherKind(name: Name, passage: Passage, question: Question): boolean {
  const kind = EXAMPLE_OF.exec(passage.text.slice(Math.max(0, name.start - EXAMPLE_REACH), name.start))?.[1];
  return kind !== undefined && !termsOf(kind).some((t) => question.termSet.has(t));
}
const EXAMPLE_OF = new RegExp(
  `([\\p{L}-]+),?\\s+(?:${phraseAlternatives(questionWords.exampleMarkers)})\\s+(?:(?:the\\s+)?\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*)*(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+and\\s+|\\s+or\\s+))*(?:the\\s+)?$`,
  "u",
);
/** How far before a name its kind may be named. */
const EXAMPLE_REACH = 80;

/** An article's own publisher ("The Cyber Express"), for a question that is not about the reporting (question-words.json, reportingWords). */
function onlyReports(index: KnowledgeIndex, name: Name, question: Question): boolean {
  if (REPORTING.test(question.asked)) return false;
  const terms = distinctiveTermsOf(name);
  return terms.length > 0 && publisherTerms(index).some((publisher) => terms.every((t) => publisher.has(t)));
}
const REPORTING = new RegExp(
  `\\b(${questionWords.reportingWords.join("|")})\\b|\\bto(?=\\s*(?:$|[?.!,;]|(?:about|regarding|on|in|for|after|before|when)\\b))`,
  "i",
);
const PUBLISHER_TERMS = new WeakMap<KnowledgeIndex, ReadonlySet<string>[]>();
/** Each source's publisher as index terms, worked out once per index. */
function publisherTerms(index: KnowledgeIndex): ReadonlySet<string>[] {
  let terms = PUBLISHER_TERMS.get(index);
  if (!terms) PUBLISHER_TERMS.set(index, (terms = [...index.sources.values()].map((s) => new Set(termsOf(s.publisher)))));
  return terms;
}

/** The index terms of a name's distinctive words, worked out once per name: a passage's names are read once and kept (see featuresOf). */
function distinctiveTermsOf(name: Name): readonly string[] {
  let terms = DISTINCTIVE_TERMS.get(name);
  if (!terms) DISTINCTIVE_TERMS.set(name, (terms = distinctiveWords(name).flatMap(termsOf)));
  return terms;
}
const DISTINCTIVE_TERMS = new WeakMap<Name, readonly string[]>();

/**
 * A quantity counts what was asked about when its words share a term with the question
 * ("corporate clients"); a percentage answers only a question about a share or "how much".
 */
function countsWhatIsAsked(quantity: Quantity, question: Question): boolean {
  if (quantity.kind === "percent") return question.asksShare;
  if (quantity.kind !== "count") return true;
  return quantity.terms.some((t) => question.askedTerms.has(t));
}

/** A claimed number of the same kind, if the question puts one, is of this quantity's order. */
function ofClaimedOrder(quantity: Quantity, question: Question): boolean {
  const claims = question.claimed.filter((c) => c.kind === quantity.kind);
  return claims.length === 0 || claims.some((c) => ofOrder(c.value, quantity.value));
}

function ofOrder(a: number, b: number): boolean {
  return Math.max(a, b) <= RANKING.claimOrder * Math.max(Number.MIN_VALUE, Math.min(a, b));
}

type Span = { start: number; end: number };

/** The item nearest the anchors (question words' offsets), less what `prefer` gives it; the first of equals. */
function nearestTo<T extends Span>(anchors: number[], items: T[], prefer: (item: T) => number = noPreference): T | null {
  return items.length === 0
    ? null
    : items.reduce((best, item) => {
        const d = distance(item, anchors) - prefer(item);
        return d < distance(best, anchors) - prefer(best) ? item : best;
      });
}

function noPreference(): number {
  return 0;
}

function distance(span: Span, anchors: number[]): number {
  if (anchors.length === 0) return 0;
  return Math.min(...anchors.map((a) => (a < span.start ? span.start - a : a > span.end ? a - span.end : 0)));
}

/** How far two values may differ in form and still be compared (see ANSWER_DEFAULTS). */
export type Comparison = {
  /** A shorter quotation is the same statement as a longer one when this share of its words is in it. */
  sameStatementShare: number;
  /** Two numbers of the same thing further apart than this factor count different things ("nearly a month", "two decades"). */
  sameOrder: number;
};

/** Do two values state the same fact? `null` when they cannot be compared (names, reasons, different things). */
export function sameFact(a: Value, b: Value, how: Comparison): boolean | null {
  // Only two dates known to the day can contradict each other; "June 2024" beside "July 20"
  // more often describes two events than one event dated twice.
  if (a.kind === "date" && b.kind === "date") return datesAgree(a.iso, b.iso) || (a.iso.length === 10 && b.iso.length === 10 ? false : null);
  if (a.kind === "quantity" && b.kind === "quantity") {
    // A passage agrees if any of its numbers for the same thing agrees; it disagrees only if none does.
    const comparable = comparableQuantities(a.quantity, b.all, how);
    if (comparable.length === 0) return null;
    return comparable.some((q) => quantitiesAgree(a.quantity, q));
  }
  if (a.kind === "name" && b.kind === "name") {
    const x = a.name.text.toLowerCase();
    const y = b.name.text.toLowerCase();
    return x.includes(y) || y.includes(x) || null;
  }
  // Lists and quotations can be compared item by item and word by word; reasons and advice cannot.
  if (a.kind === "phrase" && b.kind === "phrase" && a.form === b.form) {
    if (a.form === "list") return sameItems(a.phrase.text, b.phrase.text);
    if (a.form === "quote") return sameWords(a.phrase.text, b.phrase.text, how.sameStatementShare);
  }
  return null;
}

function comparableQuantities(a: Quantity, all: Quantity[], how: Comparison): Quantity[] {
  return all.filter((q) => sameUnit(a, q) && Math.max(a.value, q.value) <= how.sameOrder * Math.max(Number.MIN_VALUE, Math.min(a.value, q.value)));
}

/** `b` as it speaks to `a`'s fact: of its numbers, the one that counts the same thing ("270,000 corporate clients", not "31 countries"). */
export function alignValue(a: Value, b: Value, how: Comparison): Value {
  if (a.kind !== "quantity" || b.kind !== "quantity") return b;
  const comparable = comparableQuantities(a.quantity, b.all, how);
  const quantity = comparable.find((q) => quantitiesAgree(a.quantity, q)) ?? comparable[0];
  return quantity ? { ...b, quantity } : b;
}

/** The value as words for an answer line ("September 29, 2024", "over 400 million users"). */
export function describe(value: Value): string {
  switch (value.kind) {
    case "date": {
      const when = formatDate(value.iso);
      // "Monday" is how the article put it; the resolved date says which Monday.
      if (WEEKDAY.test(value.text)) return `${value.text} (${when})`;
      // An offset date says how it was counted: "July 20, 2024 (30 days after … June 20)".
      return /\b(after|before|from|following)\b/i.test(value.text) ? `${when} (${value.text})` : when;
    }
    case "quantity":
      return value.quantity.text;
    case "name":
      return value.name.text;
    case "phrase":
      return value.quoted ? `“${value.phrase.text.trim()}”` : value.phrase.text;
  }
}

/**
 * The question's term of most weight among those some passage holds, what it is most of all
 * about, or null: a word no passage holds ("pcs", which only the question bank knows) says
 * nothing of which sentence a value belongs to.
 */
export function weightiestPassageTerm(index: KnowledgeIndex, question: Question): string | null {
  // Worked out once a question: every candidate passage of a valued question asks for it.
  const known = WEIGHTIEST.get(question);
  if (known !== undefined) return known;
  let weightiest: Question["terms"][number] | null = null;
  for (const t of question.terms) if (index.passageCount(t.term) > 0 && (!weightiest || t.weight > weightiest.weight)) weightiest = t;
  const term = weightiest?.term ?? null;
  WEIGHTIEST.set(question, term);
  return term;
}
const WEIGHTIEST = new WeakMap<Question, string | null>();
