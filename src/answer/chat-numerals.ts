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
