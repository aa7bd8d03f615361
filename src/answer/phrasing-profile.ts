import type { Phrasing } from "../index/fact-bank.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { processTerm, tokenize } from "../index/tokenize.js";
import { vectorRow } from "../index/word-vectors.js";

/**
 * A phrasing's word: its index term, its row in the word vectors, its idf, and its number among
 * the index's bank words (0, 1, 2…: matchFacts keeps each word's similarities in slots by it).
 */
export type PhrasingWord = { term: string; row: number; idf: number; id: number };

/**
 * What matching a question against a phrasing needs of the phrasing alone, without the words
 * that only say what kind of answer is wanted (one set of them per intent): its distinct index
 * terms with their idf and their sum, and its distinct words for the word-vector alignment with
 * their idf total. Worked out once per phrasing and intent, not once per question: the same
 * few hundred phrasings are scored for every question.
 */
export type PhrasingProfile = {
  /** The phrasing's distinct index terms, in order. */
  terms: readonly string[];
  termSet: ReadonlySet<string>;
  /** The idf of each of `terms`. */
  termIdfs: readonly number[];
  /** The idfs of `terms` summed in order. */
  size: number;
  /** The phrasing's words, one per index term, in order. */
  words: readonly PhrasingWord[];
  /** The idfs of `words` summed in order. */
  wordIdfTotal: number;
};

const PROFILES = new WeakMap<Phrasing, Map<ReadonlySet<string>, PhrasingProfile>>();
const WORDS = new WeakMap<Phrasing, PhrasingWord[]>();

/** The phrasing's profile with the terms in `skip` left out (`skip` is one of a few sets, one per intent). */
export function phrasingProfile(index: KnowledgeIndex, phrasing: Phrasing, skip: ReadonlySet<string>): PhrasingProfile {
  let byskip = PROFILES.get(phrasing);
  if (!byskip) PROFILES.set(phrasing, (byskip = new Map()));
  let profile = byskip.get(skip);
  if (!profile) {
    const termSet = new Set(phrasing.terms.filter((t) => !skip.has(t)));
    const terms = [...termSet];
    const termIdfs = terms.map((t) => index.idf(t));
    const words = wordsOf(index, phrasing).filter((w) => !skip.has(w.term));
    // Summed in the order the per-question loops summed them, so that the scores are the same to the last bit.
    let size = 0;
    for (const idf of termIdfs) size += idf;
    let wordIdfTotal = 0;
    for (const w of words) wordIdfTotal += w.idf;
    byskip.set(skip, (profile = { terms, termSet, termIdfs, size, words, wordIdfTotal }));
  }
  return profile;
}

function wordsOf(index: KnowledgeIndex, phrasing: Phrasing): PhrasingWord[] {
  let words = WORDS.get(phrasing);
  if (!words) {
    words = [];
    for (const word of tokenize(phrasing.text)) {
      const term = processTerm(word);
      if (term && !words.some((w) => w.term === term)) words.push(bankWord(index, word, term));
    }
    WORDS.set(phrasing, words);
  }
  return words;
}

const BANK_WORDS = new WeakMap<KnowledgeIndex, Map<string, PhrasingWord>>();
/**
 * One object per word across the bank's phrasings: a question's similarity to a word is worked
 * out once however many phrasings use it (matchFacts keeps it by this object).
 */
function bankWord(index: KnowledgeIndex, word: string, term: string): PhrasingWord {
  let words = BANK_WORDS.get(index);
  if (!words) BANK_WORDS.set(index, (words = new Map()));
  let found = words.get(word);
  if (!found) words.set(word, (found = { term, row: vectorRow(word), idf: index.idf(term), id: words.size }));
  return found;
}
