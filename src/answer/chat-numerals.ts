import { hasLexiconTag } from "./entities.js";

/**
 * Chat's "2" and "4" for "to" and "for" ("is it legal 2 use it?", "asking 4 my dad"), spelt out. Only
 * between words, and only before what follows "to" or "for" (compromise's lexicon: a verb's base
 * form, a determiner, a possessive, a pronoun): "2 years", "4 million users" stay numbers.
 */
export function spellChatNumerals(text: string): string {
  if (!CHAT_NUMERAL.test(text)) return text;
  return text.replace(CHAT_NUMERALS, (whole, numeral: "2" | "4", next: string) =>
    hasLexiconTag(next.toLowerCase(), FOLLOWERS[numeral]) ? whole.replace(numeral, numeral === "2" ? "to" : "for") : whole,
  );
}

const CHAT_NUMERAL = /\p{L}\s+[24]\s+\p{L}/u;
const CHAT_NUMERALS = /(?<=\p{L}\s+)([24])(?=\s+(\p{L}+))/gu;
const FOLLOWERS = {
  "2": ["Infinitive", "Determiner", "Possessive", "Pronoun"],
  "4": ["Determiner", "Possessive", "Pronoun"],
} as const;
