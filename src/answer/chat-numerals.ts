import { vectorRow } from "../index/word-vectors.js";
import { englishWordMeant } from "./english-spelling.js";
import { hasLexiconTag, isModifierWord } from "./entities.js";

/**
 * Chat's "2" and "4" for "to" and "for" ("is it legal 2 use it?", "asking 4 my dad"), spelt out. Only
 * between words, and only before what follows "to" or "for" (compromise's lexicon: a verb's base
 * form, a determiner, a possessive, a pronoun; after "4", a modifier and a verb's -ing form): "2 years",
 * "4 million users" stay numbers.
 */
export function spellChatNumerals(text: string): string {
  if (!CHAT_NUMERAL.test(text)) return text;
  return text.replace(CHAT_NUMERALS, (whole, before: string, numeral: "2" | "4", next: string, after: string | undefined) =>
    spelt(before, numeral, next, after) ? `${before} ${numeral === "2" ? "to" : "for"}` : whole,
  );
}

/**
 * Whether the numeral stands for a word: not after a word that counts or points ("the 2 that were sanctioned", "the
 * first 2"), nor before "US" or "us" ("2 US agencies", "the first 2 us bans": the country, however written).
 */
function spelt(before: string, numeral: "2" | "4", next: string, after = ""): boolean {
  const word = next.toLowerCase();
  if (word === "us" || hasLexiconTag(before.toLowerCase(), COUNTED_AFTER)) return false;
  // "in trouble 4 still using it": a modifier and a verb's -ing form follow "for", never a count. Not a bare -ing form,
  // which may describe what is counted ("4 working laptops", "4 existing licenses").
  if (numeral === "4" && isModifierWord(word) && hasLexiconTag(after.toLowerCase(), ["Gerund"])) return true;
  return hasLexiconTag(word, FOLLOWERS[numeral]);
}

const CHAT_NUMERAL = /\p{L}\s+[24]\s+\p{L}/u;
const CHAT_NUMERALS = /(\p{L}+)\s+([24])(?=\s+(\p{L}+)(?:\s+(\p{L}+))?)/gu;
/** Words after which a number counts: "the 2", "those 4", "the first 2". */
const COUNTED_AFTER = ["Determiner", "Ordinal", "Value"];
const FOLLOWERS = {
  "2": ["Infinitive", "Determiner", "Possessive", "Pronoun"],
  "4": ["Determiner", "Possessive", "Pronoun"],
} as const;

/**
 * Chat's digits inside a word, read as the syllable they sound like ("evry1", "any1": "one"; "b4": "fore"; "2day": "to";
 * "gr8", "l8r": "eat", "ate") when that makes a common English word, or one a slip from one ("evryone" is "everyone"). Not
 * a count with its unit or an ordinal ("4k", "2fa", "4th"), nor a name with a number ("ipv4", "mp4"), which make none.
 */
export function spellDigitSyllables(text: string): string {
  if (!DIGIT_IN_WORD.test(text)) return text;
  return text.replace(DIGITS_IN_WORDS, (whole, before: string, digit: string, after: string) => {
    if (before === "" && (after.length < 2 || ORDINAL.test(after))) return whole;
    for (const syllable of SYLLABLES[digit]) {
      const word = `${before}${syllable}${after}`.toLowerCase();
      const row = vectorRow(word);
      // Not from a single letter ("i2" is no "ito", "i4" no "ifor"), nor a word of three letters or fewer.
      if (row >= 0 && row < COMMON_ROWS && before.length + after.length > 1 && word.length > 3) return word;
      // Only a letter left out, chat's commonest slip ("evryone", "bfore"): "noone" is "no one", not "none".
      const meant = row < 0 ? englishWordMeant(word) : null;
      if (meant && meant.length > word.length) return meant;
    }
    return whole;
  });
}
const DIGIT_IN_WORD = /\p{L}[1248]|[1248]\p{L}/u;
const DIGITS_IN_WORDS = /(?<![\p{L}\p{N}'’./-])(\p{L}*)([1248])(\p{L}*)(?![\p{L}\p{N}'’./-])/gu;
const ORDINAL = /^(st|nd|rd|th)$/i;
const SYLLABLES: Record<string, readonly string[]> = { "1": ["one"], "2": ["to"], "4": ["for", "fore"], "8": ["ate", "eat"] };
/** How far down the word vectors' vocabulary a word read this way may be: "fore" and "eat" make rarer words too. */
const COMMON_ROWS = 20_000;
