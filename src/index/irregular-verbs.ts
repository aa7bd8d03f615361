import { createRequire } from "node:module";

/**
 * English irregular verb forms → their base ("proven" → "prove", "sold" → "sell", "laid" → "lay"),
 * from wink-lexicon's table (435 forms, sourced from Wikipedia's list of English irregular verbs).
 * Porter's stemmer relates regular forms only. Only this 15 kB table is loaded, not the lexicon's
 * 13 MB.
 */
const FORMS: Readonly<Record<string, string>> = createRequire(import.meta.url)("wink-lexicon/src/irregular-verbs.js");

/** The base of an irregular verb form, or null for any other word (a base form included). */
export function irregularVerbBase(word: string): string | null {
  const base = FORMS[word];
  return base !== undefined && base !== word ? base : null;
}

/** Every irregular form that is not its verb's base ("laid", "sold", "cut" excepted: the same as its base). */
export const IRREGULAR_FORMS: readonly string[] = Object.keys(FORMS).filter((form) => FORMS[form] !== form);
