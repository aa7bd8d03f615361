import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords.js";
import { LEXICON, SYNONYM_GROUPS } from "./lexicon.js";
import { phraseAlternatives } from "./escape-reg-exp.js";

/**
 * Text → lower-case words, the same way for articles and questions: curly quotes and apostrophes
 * fold to straight ones, possessives drop ("Kaspersky’s" → "kaspersky"), "U.S.", "U.S.A." and
 * "United States" and "(in) the States" become "us", "anti-virus" becomes "antivirus", and "240,000" becomes "240000".
 */
export function tokenize(text: string): string[] {
  let folded = spellOutAcronyms(text)
    .normalize("NFKC")
    .replace(/[‘’ʼ`]/g, "'");
  // Case-insensitive patterns cost a scan each, and tokenize runs several times a question: each
  // runs only when the text, lower-cased, holds the literal part every match of it contains.
  let lower = folded.toLowerCase();
  for (const [literal, pattern, replacement] of US_SPELLINGS) {
    if (!lower.includes(literal)) continue;
    folded = folded.replace(pattern, replacement);
    lower = folded.toLowerCase();
  }
  if (lower.includes("'")) lower = lower.replace(/'s\b|s'(?=\s|$)/g, "");
  if (lower.includes(",")) lower = lower.replace(/(\d),(?=\d{3}\b)/g, "$1");
  const words: string[] = [];
  for (const word of lower.match(/[\p{L}\p{N}]+(?:\.\d+)?/gu) ?? []) {
    const spelt = SHORTHAND.get(word);
    if (spelt !== undefined) words.push(...spelt.split(" "));
    else words.push(expandNumber(word));
  }
  return words;
}

/** The spellings tokenize folds, in order, each with a literal (lower-case) that any match of it contains. */
const US_SPELLINGS: readonly [literal: string, pattern: RegExp, replacement: string][] = [
  ["u.", /\bU\.\s?S\.(?:\s?A\.)?/g, " US "],
  ["united states", /\bUnited States(?: of America)?\b/gi, " US "],
  [" the states", /\b(in|to|from|across) the states\b/gi, "$1 US "],
  ["anti-virus", /\banti-virus\b/gi, "antivirus"],
];

const ACRONYM = new RegExp(`\\b(${[...LEXICON.acronyms.keys()].join("|") || "(?!)"})\\b`, "g");
/** "IT" is not "it": acronyms the lexicon lists, as written in capitals, spelt out. */
function spellOutAcronyms(text: string): string {
  return text.replace(ACRONYM, (acronym) => LEXICON.acronyms.get(acronym)!);
}

/** Chat shorthand for words the articles spell out (the lexicon's `shorthand`). */
const SHORTHAND = LEXICON.shorthand;
// A whole word only: not the "U" of "U.S." nor the "u" of "u.s.", nor "$$" in "$$$", nor the "%" of "10%".
// Longest first, so that a phrase ("end up") is taken before a word in it.
const SHORTHAND_WORD = new RegExp(`(?<![\\p{L}\\p{N}.'’$€£%])(${phraseAlternatives(SHORTHAND.keys()) || "(?!)"})(?![\\p{L}\\p{N}.'’$€£%])`, "giu");

/** Whether a word is chat shorthand the lexicon spells out ("ppl", "govt"). */
export function isShorthand(word: string): boolean {
  return SHORTHAND.has(word);
}

/** A question's chat shorthand spelt out, so that how it is asked reads as well ("whats the date" asks "what is the date"). */
export function expandShorthand(text: string): string {
  return text.replace(SHORTHAND_WORD, (word) => SHORTHAND.get(word.toLowerCase().replace(/\s+/g, " "))!);
}

/** "270k" → "270000", "1.5m" → "1500000": how people type the numbers the articles print in full. */
export function expandNumber(word: string): string {
  // Most words start with a letter: not a number.
  const first = word.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return word;
  const match = /^(\d+(?:\.\d+)?)(k|m|bn)$/.exec(word);
  if (!match) return word;
  return String(Math.round(Number(match[1]) * { k: 1e3, m: 1e6, bn: 1e9 }[match[2] as "k" | "m" | "bn"]));
}

const TERM_CACHE = new Map<string, string>();

/** A word → its index term: its synonym group's term, or else its stem. Stopwords → null. */
export function processTerm(word: string): string | null {
  if (STOPWORDS.has(word)) return null;
  let term = TERM_CACHE.get(word);
  if (term === undefined) {
    const stem = /^\d/.test(word) ? word : stemmer(word);
    term = GROUP_OF_WORD.get(word) ?? GROUP_OF_STEM.get(stem) ?? stem;
    if (TERM_CACHE.size < 100_000) TERM_CACHE.set(word, term);
  }
  return term;
}

/**
 * Synonym groups fold to their first word. A listed word is matched as written; an unlisted
 * form ("sanctioning") by its stem, unless that stem belongs to two groups (Porter stems both
 * "using" and "us" to "us", and the country must not become the verb) or the word is listed as
 * written ("news" stems to "new", which is no report).
 */
const GROUP_OF_WORD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  // parseLexicon has checked that no word is in two groups.
  for (const [head, ...rest] of SYNONYM_GROUPS) for (const word of [head, ...rest]) map.set(word, head);
  return map;
})();

const GROUP_OF_STEM: ReadonlyMap<string, string> = (() => {
  const claims = new Map<string, Set<string>>();
  for (const [word, head] of GROUP_OF_WORD) {
    if (LEXICON.asWritten.has(word)) continue;
    const stem = stemmer(word);
    claims.set(stem, (claims.get(stem) ?? new Set()).add(head));
  }
  return new Map([...claims].filter(([, heads]) => heads.size === 1).map(([stem, heads]) => [stem, [...heads][0]]));
})();

/** All index terms of a text, in order (with repeats). */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenize(text)) {
    const term = processTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}

/** The words a question may use that the index knows, for correcting typos ("updtes" → "updates"). */
export const SYNONYM_WORDS: readonly string[] = SYNONYM_GROUPS.flat();

/** A term and where its word starts in the text. */
export type TermOffset = [term: string, offset: number];

/** Where each index term stands in a text (character offsets), for measuring what is near what. */
export function termOffsets(text: string): TermOffset[] {
  const found: TermOffset[] = [];
  for (const match of text.matchAll(/U\.S\.(?:A\.)?|United States|[\p{L}\p{N}][\p{L}\p{N}'’,.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    for (const word of tokenize(match[0])) {
      const term = processTerm(word);
      if (term) found.push([term, match.index]);
    }
  }
  return found;
}
