import { INDEX_DEFAULTS } from "../index/knowledge-index.js";
import { vectorRow } from "../index/word-vectors.js";

/*
 * Common English as the word vectors hold it (their rows are in order of frequency), for telling a
 * misspelt word from a name or a term the sources lack.
 */

/**
 * Every word one slip of the fingers from `word`: a letter too many, two swapped, a letter left out, and (with
 * `changed`) one letter changed. A changed letter turns one real word into another too often ("admins" into
 * "admits") to be read as a slip when guessing which word was meant.
 */
function* slipsOf(word: string, changed: boolean): Generator<string> {
  for (let i = 0; i < word.length; i++) {
    yield word.slice(0, i) + word.slice(i + 1);
    if (i + 1 < word.length) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  for (let i = 0; i <= word.length; i++) {
    for (const letter of ALPHABET) {
      if (changed && i < word.length && letter !== word[i]) yield word.slice(0, i) + letter + word.slice(i + 1);
      yield word.slice(0, i) + letter + word.slice(i);
    }
  }
}
const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/** Whether a word is one slip from a word of English the vectors hold ("neccessary", "definately", "recieve"). */
export function isOneSlipFromEnglish(word: string): boolean {
  for (const slip of slipsOf(word, true)) if (vectorRow(slip) >= 0) return true;
  return false;
}

/**
 * The common English word a misspelt one stands for ("rsiky" → "risky", "peerson" → "person"), or null: the
 * commonest word among the vectors' INDEX_DEFAULTS.commonWords one slip from it other than a changed letter, with the same first letter
 * (typos rarely hit the first). Only for a word of five letters or more that is no English word at all (not
 * among the vectors' 50,000), and so no name or term meant as written ("revue", "funded" stay as they are).
 */
export function englishWordMeant(word: string): string | null {
  if (word.length < 5 || vectorRow(word) >= 0) return null;
  let best: string | null = null;
  let bestRow: number = INDEX_DEFAULTS.commonWords;
  for (const slip of slipsOf(word, false)) {
    if (slip[0] !== word[0]) continue;
    const row = vectorRow(slip);
    if (row >= 0 && row < bestRow) [best, bestRow] = [slip, row];
  }
  return best;
}
