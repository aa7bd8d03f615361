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
  const words = folded.match(/[\p{L}\p{N}]+(?:\.\d+)?/gu) ?? [];
  return words.map((word) => SHORTHAND[word] ?? expandNumber(word));
}

/** Chat shorthand for words the articles spell out. */
const SHORTHAND: Record<string, string> = {
  dept: "department", govt: "government", gov: "government", admin: "administration", yrs: "years", yr: "years",
  mos: "months", pros: "professionals", mgmt: "management", intl: "international", approx: "approximately",
  info: "information", biz: "business", co: "company", av: "antivirus", gonna: "going", wanna: "want", gotta: "got",
};

/** "270k" → "270000", "1.5m" → "1500000": how people type the numbers the articles print in full. */
function expandNumber(word: string): string {
  const match = /^(\d+(?:\.\d+)?)(k|m|bn)$/.exec(word);
  if (!match) return word;
  return String(Math.round(Number(match[1]) * { k: 1e3, m: 1e6, bn: 1e9 }[match[2] as "k" | "m" | "bn"]));
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
