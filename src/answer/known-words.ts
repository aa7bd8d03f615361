import SearchableMap from "minisearch/SearchableMap";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { irregularVerbBase } from "../index/irregular-verbs.js";
import { FILLER_WORDS, STOPWORDS } from "../index/stopwords.js";
import { swappedPairs } from "../index/slips.js";
import { processTerm } from "../index/tokenize.js";
import { vectorRow } from "../index/word-vectors.js";
import { isNameNotAbbreviation, isParticiple } from "./entities.js";
import type { QueryTerm } from "./question.js";
import { STRETCHED, unstretched } from "./typos.js";

/*
 * Which of a question's words the corpus knows: each word resolved to an index term, through
 * spelling corrections and word families, or found to be something the articles never mention.
 */

/**
 * A question word → its index term. A word the corpus lacks is read as a typo of a corpus word
 * ("updtes"), then as a relative of one ("competitors" → "competing"); filler ("instead") and a
 * typo of a stopword ("othr") are dropped. Whatever is still unknown stays, so a question about something the
 * articles never mention ("refund") is not answered as if that word had not been asked.
 */
export function resolveWord(word: string, index: KnowledgeIndex): ResolvedWord | null {
  let resolved = RESOLVED.get(index);
  if (!resolved) RESOLVED.set(index, (resolved = new Map()));
  let found = resolved.get(word);
  if (found === undefined) {
    found = resolveAnew(word, index);
    // Bounded: a flood of made-up words empties it rather than growing it.
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    resolved.set(word, found);
  }
  return found;
}

/** `spelled`: the word as meant, when the question misspelt it ("peoplle" → "people"); its weight and vector are that word's. */
export type ResolvedWord = Readonly<Omit<QueryTerm, "weight" | "word" | "minor"> & { spelled?: string }>;

/**
 * What each word resolved to, per index: a word's resolution depends on the word and the index
 * alone, and a misspelt or unknown one costs fuzzy searches of the vocabulary every time it is
 * asked. The same words come back in question after question.
 */
const RESOLVED = new WeakMap<KnowledgeIndex, Map<string, ResolvedWord | null>>();
const MAX_RESOLVED = 20_000;

function resolveAnew(word: string, index: KnowledgeIndex): ResolvedWord | null {
  // "sooo", "whyyy", "pleeease": chat stretches a word; it is read as the word ("so", "why", "please").
  if (STRETCHED.test(word)) {
    for (const squeezed of [unstretched(word, 2), unstretched(word, 1)]) {
      if (STOPWORDS.has(squeezed) || FILLER_WORDS.has(squeezed)) return null;
      const resolved = resolveAnew(squeezed, index);
      if (resolved?.known) return resolved;
    }
  }
  const term = processTerm(word);
  if (!term) return null;
  // "Severance" is not "several", though Porter stems both to "sever".
  const collides = index.passageCount(term) > 0 && index.stemCollides(word, term);
  if (index.passageCount(term) > 0 && !collides) return { term, known: true };
  // stopwords-iso's English list holds some places' short names ("uk"): a name is not filler, though an abbreviation ("st.") is.
  if (FILLER_WORDS.has(word) && !isNameNotAbbreviation(word)) return null;
  // A word only a heading or the question bank's phrasings use ("uninstall"): people ask with it, the articles' sentences don't.
  if (index.knows(term) && !collides) return { term, known: true };
  // "Has it ever been proven…": an irregular participle whose base the corpus knows ("prove"), which the stemmer cannot
  // relate. Not a simple past or an adjective, which read as often otherwise ("who forbade…", "before it left", "broken").
  const base = isParticiple(word) ? irregularVerbBase(word) : null;
  const baseTerm = base === null ? null : processTerm(base);
  if (baseTerm && index.knows(baseTerm)) return { term: baseTerm, known: true };
  // "bann", "comming": a letter typed twice, in a word too short for the fuzzy corrections below to trust. Not an
  // English word ("rolling", "losses", "feed": the word vectors' vocabulary), and only into a word the articles write
  // as it is ("roling" stems to "role"; corrected further, "scaning" read as "scaling").
  if (vectorRow(word) < 0) {
    for (const single of withOneLetterLess(word)) {
      const singleTerm = index.hasWord(single) ? processTerm(single) : null;
      if (singleTerm && index.passageCount(singleTerm) > 0) return { term: singleTerm, known: true, spelled: single };
    }
  }
  const corrected = index.correct(word);
  for (const candidate of [corrected, index.relative(word)]) {
    if (!candidate) continue;
    const candidateTerm = processTerm(candidate);
    if (!candidateTerm) return null;
    if (index.knows(candidateTerm))
      return candidate === corrected ? { term: candidateTerm, known: true, spelled: candidate } : { term: candidateTerm, known: true };
  }
  const near = collides ? null : index.nearTerm(term);
  if (near) return { term: near, known: true };
  // "stil", "hapens": a misspelt function word says nothing the sources could lack.
  if (isStopwordTypo(word)) return null;
  // "12 pcs", "a 10-person office": a number the sources never give is the asker's detail, not something they lack.
  if (/^\d+$/.test(word)) return null;
  return { term, known: false };
}

/** One letter, or one swapped pair, from a function word, with the same first letter ("stil", "sitll" for "still"); four letters or more. */
function isStopwordTypo(word: string): boolean {
  if (word.length < 4) return false;
  STOPWORD_MAP ??= SearchableMap.from([...STOPWORDS].filter((w) => w.length >= 3).map((w): [string, true] => [w, true]));
  for (const [candidate] of STOPWORD_MAP.fuzzyGet(word, 1)) if (candidate[0] === word[0]) return true;
  // A swapped pair only in a word no English word is: "dose" is no "does".
  if (vectorRow(word) < 0) for (const swapped of swappedPairs(word)) if (STOPWORD_MAP.has(swapped)) return true;
  return false;
}
let STOPWORD_MAP: SearchableMap<true> | undefined;

/** A word the corpus knows, or filler (resolveWord gives null for it). */
export function isKnownWord(word: string, index: KnowledgeIndex): boolean {
  const resolved = resolveWord(word, index);
  return !resolved || resolved.known;
}

/** `word` with one letter of one doubled pair dropped, each way ("bann" → "ban"; "commming" has none: see STRETCHED). */
function withOneLetterLess(word: string): string[] {
  const singles: string[] = [];
  for (const match of word.matchAll(/(\p{L})\1(?!\1)/gu)) singles.push(word.slice(0, match.index) + word.slice(match.index + 1));
  return singles;
}
