import { stemmer } from "stemmer";
import { LEXICON, type ValueKind } from "../index/lexicon.js";
import { tokenize } from "../index/tokenize.js";
import { WORD_NUMBERS } from "../index/word-numbers.js";
import type { Question } from "./question.js";

/** How a sentence is seen to hold a value of each kind. */
const HOLDS: Record<ValueKind, RegExp> = {
  money: /[$€£]\s?\d|\b\d[\d,.]*\s?(dollars|usd|euros?|pounds)\b|\b(million|billion) (dollars|euros)\b/i,
  contact: /\+?\d[\d\s().-]{7,}\d|[\w.+-]+@[\w-]+\.\w+|\bhttps?:\/\/|\bwww\./i,
  // "89 FR 52434", "No. 13873", "BIS-2024-0012", "CVE-2024-3400": a reference with its number.
  identifier: /\b\d+\s+FR\s+\d+|\b(No\.|Number)\s*\d|\b[A-Z]{2,}-\d{2,}(-\d+)?\b/,
  // "11:59 p.m. ET", "at midnight", "noon": a time of day.
  clock: /\b\d{1,2}(:\d\d)?\s?[ap]\.?m\b|\b\d{1,2}:\d\d\b|\b(midnight|noon)\b/i,
  // A number, in figures (not a year) or in words ("all", "half"), or words saying the number is not known ("has not been disclosed").
  count: new RegExp(
    `\\b(?!(19|20)\\d\\d\\b)\\d|\\b(${Object.keys(WORD_NUMBERS).join("|")}|dozens|hundreds|thousands|millions|billions|half|entire|all)\\b|\\bnot (been )?(disclosed|revealed|made public)\\b|\\b(unclear|unknown|undisclosed)\\b`,
    "i",
  ),
};

/**
 * The kinds of value the question's focus asks for ("what is the fine" asks for money; the
 * lexicon lists the words). An answer must hold one: a sentence about what the ban prohibits
 * does not say how much the fine is, however many of the question's words it shares.
 */
export function neededValues(question: Question): ValueKind[] {
  const kinds = new Set<ValueKind>();
  // What is asked for is named by the words right after the question word, up to the first
  // preposition or verb ("what's the support phone number for…", "what is the fine for…"), or by
  // a unit ("…revenue in dollars"); in "how much" any such word does ("how much does it cost").
  // Elsewhere the word is only a topic, and a yes/no question ("is there a fine?") wants no amount.
  const words =
    question.intent === "how_many"
      ? [...question.focus, ...tokenize(question.asked)]
      : [...question.focus, ...askedFor(question.asked), ...unitsIn(question.asked)];
  for (const word of words) {
    const kind = valueKindOf(word);
    if (kind) kinds.add(kind);
  }
  // "Is there a hotline number I can call?" asks for the number: a way to get in touch is what the question is after, even
  // asked whether it exists ("is there a fine?" can be answered by "no penalty applies", a contact by none but itself).
  if (asksForContact(existentialAsked(question.asked))) kinds.add("contact");
  // "How much of its revenue came from the US?": a share answers, not an amount.
  if (question.asksShare && /\b(of|percent|percentage|share|proportion|fraction|portion|part)\b|%/i.test(question.asked)) kinds.delete("money");
  // "How many federal agencies were running it?": a number answers, or word that it is not known; not "agencies were banned".
  if (question.intent === "how_many" && kinds.size === 0) kinds.add("count");
  return [...kinds];
}

/**
 * The kind of value a word asks for, as the lexicon lists it or inflected from a word it lists ("how much was it fined").
 * Only from a listed word that is its own stem ("fine", "price"): "earnings" asks for money, but "earn" is no form of it
 * ("how much did it earn in the US" is answered by the share of revenue the articles give).
 */
function valueKindOf(word: string): ValueKind | undefined {
  return LEXICON.valueKinds.get(word) ?? VALUE_KINDS_BY_STEM.get(stemmer(word));
}
const VALUE_KINDS_BY_STEM: ReadonlyMap<string, ValueKind> = new Map([...LEXICON.valueKinds].filter(([word]) => stemmer(word) === word));

/**
 * The noun phrase after "what (is|are) (the)", "how big is (the)" or a request ("give me the…", "I need the…"; not "show me the website notice", which asks for the notice):
 * "what's the Kaspersky support phone number for…" → kaspersky, support, phone, number; "how big is the fine if…" → fine.
 */
function askedFor(text: string): string[] {
  const match =
    /\b(?:what(?:'s|’s|s| is| are| was| were)?|how (?:big|large|high|steep|much) (?:is|are|was|were|would be|will be)|(?:give|tell|send) me|i need)\s+(?:the\s+|a\s+|an\s+)?([^?.!,;:]*)/i.exec(
      text,
    );
  if (!match) return [];
  const words = tokenize(match[1]);
  const end = words.findIndex((w) => PHRASE_ENDS.has(w));
  return end < 0 ? words : words.slice(0, end);
}
const PHRASE_ENDS = new Set(
  "of for between in on to from with by about at that which who whom does do did is are was were will would can could should has have had".split(" "),
);

/** The noun phrase after "is there a…", "are there any…", up to the first preposition or verb. */
function existentialAsked(text: string): string[] {
  const match = /\b(?:is|are) there\s+(?:a|an|any|some|one)?\s*([^?.!,;:]*)/i.exec(text);
  if (!match) return [];
  const words = tokenize(match[1]);
  const end = words.findIndex((w) => PHRASE_ENDS.has(w) || w === "i" || w === "we");
  return end < 0 ? words : words.slice(0, end);
}

/**
 * Whether a noun phrase names a way to get in touch: its head is one ("a support hotline", "an email"),
 * or a number or line of one ("a hotline number"). Not a thing it describes ("a phone version", "email
 * protection", "a website notice"), nor a website, which a sentence can describe without giving its address.
 */
function asksForContact(phrase: readonly string[]): boolean {
  const head = phrase.at(-1);
  if (head === undefined) return false;
  if (CONTACT_HEADS.has(head)) return true;
  return CONTACT_PARTS.has(head) && phrase.slice(0, -1).some((w) => CONTACT_HEADS.has(w));
}
const CONTACT_HEADS: ReadonlySet<string> = new Set(["phone", "telephone", "hotline", "helpline", "email", "e-mail", "fax"]);
const CONTACT_PARTS: ReadonlySet<string> = new Set(["number", "line", "address"]);

/** Words given as a unit: "in dollars", "in euros". */
function unitsIn(text: string): string[] {
  return [...text.matchAll(/\bin\s+([\p{L}]+)/giu)].map((m) => m[1].toLowerCase());
}

/** Whether the sentences hold a value of every needed kind. */
export function holdsNeededValues(needed: readonly ValueKind[], sentences: readonly string[]): boolean {
  return needed.every((kind) => sentences.some((s) => HOLDS[kind].test(s)));
}
