import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { processTerm, tokenize } from "../index/tokenize.js";
import { detectIntent, INTENT_WORDS, type Intent } from "./intent.js";

/** Questions longer than this are read only this far: no real question needs more. */
export const MAX_QUESTION_CHARS = 500;

/** One searchable word of a question. */
export type QueryTerm = {
  word: string;
  term: string;
  weight: number;
  /** The word as typed, when it was corrected ("updtes"). */
  typed?: string;
  /** Known to the corpus (after correction)? */
  known: boolean;
};

export type Question = {
  /** As asked, trimmed, without control characters, at most MAX_QUESTION_CHARS. */
  text: string;
  intent: Intent;
  terms: QueryTerm[];
  /** Words right after "how many"/"which"/"what", lower-case: what the answer should count or name. */
  focus: string[];
};

const MARKUP = /<[^<>]{1,200}>/g;

/** "tell us", "give us": the pronoun, not the country. */
const PRONOUN_US = /\b(tell|give|show|let|help|send|email|for|to|with) us\b/gi;

export function readQuestion(raw: string, index: KnowledgeIndex): Question {
  const text = cleanText(raw);
  const intent = detectIntent(text);
  const skip = new Set(INTENT_WORDS[intent]);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  // Markup in angle brackets (<!channel>, <@U123>, <b>) is not what was asked about.
  const words = tokenize(text.replace(MARKUP, " ").replace(PRONOUN_US, "$1"));
  for (const word of words) {
    if (skip.has(word)) continue;
    let term = processTerm(word);
    if (!term || seen.has(term)) continue;
    let typed: string | undefined;
    if (!index.knows(term)) {
      const corrected = index.correct(word);
      const correctedTerm = corrected ? processTerm(corrected) : null;
      if (corrected && correctedTerm && index.knows(correctedTerm) && !seen.has(correctedTerm)) {
        typed = word;
        term = correctedTerm;
      }
    }
    seen.add(term);
    terms.push({ word: typed ? index.correct(word)! : word, term, weight: index.idf(term), typed, known: index.knows(term) });
  }
  return { text, intent, terms, focus: focusWords(text) };
}

/** Control characters become spaces, white space folds, and the length is capped. */
export function cleanText(raw: string): string {
  const text = String(raw ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > MAX_QUESTION_CHARS ? `${text.slice(0, MAX_QUESTION_CHARS).trimEnd()}…` : text;
}

function focusWords(text: string): string[] {
  const match = /\b(?:how many|how much|which|what|number of)\s+((?:[a-z-]+\s*){1,3})/i.exec(text);
  if (!match) return [];
  return tokenize(match[1])
    .filter((w) => !/^(of|the|did|does|do|is|are|was|were|has|have|had|can|will|would|kaspersky)$/.test(w))
    .slice(0, 2);
}
