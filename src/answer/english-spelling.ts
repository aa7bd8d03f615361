import { INDEX_DEFAULTS } from "../index/knowledge-index.js";
import { slipsOf } from "../index/slips.js";
import { STOPWORDS } from "../index/stopwords.js";
import { vectorRow } from "../index/word-vectors.js";

/*
 * Common English as the word vectors hold it (their rows are in order of frequency), for telling a
 * misspelt word from a name or a term the sources lack.
 */

/** As KnowledgeIndex.correct: a "word" of more than 24 letters is no word mistyped, and costly to compare. */
const MAX_LETTERS = 24;

/** Whether a word is one slip from a word of English the vectors hold ("neccessary", "definately", "recieve"). */
export function isOneSlipFromEnglish(word: string): boolean {
  for (const slip of slipsOf(word, true)) if (vectorRow(slip) >= 0) return true;
  return false;
}

/**
 * The common English word a misspelt one stands for ("rsiky" → "risky", "peerson" → "person"), or null: the
 * commonest word among the vectors' INDEX_DEFAULTS.commonWords one slip from it (not a changed letter: see
 * slipsOf), with the same first letter, as typos rarely hit the first. Only for a word of five letters or more
 * that is no English word at all (not among the vectors' 50,000), and so no name or term meant as written
 * ("revue", "funded" stay as they are).
 */
export function englishWordMeant(word: string, preferred: (word: string) => boolean = () => false): string | null {
  let best: string | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const [slip, row] of commonWordsNear(word)) {
    // A word `preferred` accepts (the corpus's: "bannd" is "banned", not the commoner "band") before any other.
    const rank = preferred(slip) ? row - INDEX_DEFAULTS.commonWords : row;
    if (rank < bestRank) [best, bestRank] = [slip, rank];
  }
  return best;
}

/**
 * The common words one slip from a word no English word is, with their rows, kept per word (bounded, as
 * resolveWord's): a question's unknown words come back question after question, and each costs some 300 lookups.
 */
function commonWordsNear(word: string): readonly [string, number][] {
  let near = NEAR.get(word);
  if (near === undefined) {
    near = [];
    if (word.length >= 5 && word.length <= MAX_LETTERS && !isEnglish(word))
      for (const slip of slipsOf(word, false)) {
        const row = slip[0] === word[0] ? vectorRow(slip) : -1;
        if (row >= 0 && row < INDEX_DEFAULTS.commonWords) near.push([slip, row]);
      }
    if (NEAR.size >= MAX_NEAR) NEAR.clear();
    NEAR.set(word, near);
  }
  return near;
}
const NEAR = new Map<string, [string, number][]>();
const MAX_NEAR = 20_000;

/**
 * Whether the word vectors hold a word, in its American spelling too ("summarise", "behaviour", "licence"): their
 * vocabulary is mostly American, and a British spelling is no slip ("summarise" is not "summaries").
 */
function isEnglish(word: string): boolean {
  if (vectorRow(word) >= 0) return true;
  for (const [british, american] of BRITISH_ENDINGS) {
    const spelt = word.replace(british, american);
    if (spelt !== word && vectorRow(spelt) >= 0) return true;
  }
  return false;
}
const BRITISH_ENDINGS: readonly [RegExp, string][] = [
  [/is(e|es|ed|ing|ation|ations)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/our(s|ed|ing|ite|ites)?$/, "or$1"],
  [/ence(s)?$/, "ense$1"],
  [/tre(s)?$/, "ter$1"],
];

/**
 * `text` with its misspelt English words read as meant (see englishWordMeant), before anything reads how it is asked:
 * "whats hapening w kaspersky" asks what is happening, an overview; "can i sitll use it druing the transition" asks
 * whether one can still use it; "wil it stil work" whether it will still work (a four-letter word only as a function word
 * with a letter left out). Only words written in lower case (a capitalised one may be a name: "Bitdefnder"), and
 * none that `isWord` accepts (the corpus's own words, the lexicon's shorthand), which are also preferred as the word meant.
 */
export function correctSpelling(text: string, isWord: (word: string) => boolean): string {
  // Not inside an address or a file name ("kaspersky.com/downlod").
  return text.replace(/(?<![\p{L}\p{N}'’./-])\p{Ll}{4,}(?![\p{L}\p{N}'’./-])/gu, (word) =>
    isWord(word) ? word : ((word.length === 4 ? functionWordMeant(word) : englishWordMeant(word, isWord)) ?? word),
  );
}

/**
 * The function word a four-letter word no English word is stands for with a letter left out ("stil" for "still",
 * "abot" for "about"), its first letter kept; null if none, or more than one.
 */
function functionWordMeant(word: string): string | null {
  if (isEnglish(word)) return null;
  let found: string | null = null;
  for (const slip of slipsOf(word, false))
    if (slip.length === word.length + 1 && slip[0] === word[0] && STOPWORDS.has(slip)) {
      if (found !== null && found !== slip) return null;
      found = slip;
    }
  return found;
}
