import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords.js";
import { SYNONYM_GROUPS } from "./synonyms.js";

/**
 * Text → lower-case words, the same way for articles and questions: curly quotes and apostrophes
 * fold to straight ones, possessives drop ("Kaspersky’s" → "kaspersky"), "U.S.", "U.S.A." and
 * "United States" become "us", "anti-virus" becomes "antivirus", and "240,000" becomes "240000".
 */
export function tokenize(text: string): string[] {
  const folded = text
    .normalize("NFKC")
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/\bU\.\s?S\.(?:\s?A\.)?/g, " US ")
    .replace(/\bUnited States(?: of America)?\b/gi, " US ")
    .replace(/\banti-virus\b/gi, "antivirus")
    .toLowerCase()
    .replace(/'s\b|s'(?=\s|$)/g, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  return folded.match(/[\p{L}\p{N}]+(?:\.\d+)?/gu) ?? [];
}

const STEM_CACHE = new Map<string, string>();

/** A word → its index term: stemmed, then folded to its synonym group's term. Stopwords → null. */
export function processTerm(word: string): string | null {
  if (STOPWORDS.has(word)) return null;
  let term = STEM_CACHE.get(word);
  if (term === undefined) {
    const stem = /^\d/.test(word) ? word : stemmer(word);
    term = SYNONYM_OF.get(stem) ?? stem;
    if (STEM_CACHE.size < 100_000) STEM_CACHE.set(word, term);
  }
  return term;
}

/** Every synonym stems to its group's first member, so "sanctioning" and "targeted" meet. */
const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap(([head, ...rest]) => {
    const canonical = stemmer(head);
    return [head, ...rest].map((word) => [stemmer(word), canonical] as const);
  }),
);

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
