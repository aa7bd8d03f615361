export type Tense = "future" | "past";

/** The auxiliaries that put a question in the future or the past; a lookup, not a parse. */
const FUTURE = /\b(will|won't|wont|shall|gonna|going to)\b/i;
const PAST = /\b(did|didn't|didnt|was|wasn't|wasnt|were|weren't|werent|had)\b/i;

/**
 * Whether a question asks about what is to come ("when will resellers be barred?", "when are
 * they gonna stop?") or what has been ("when did Raimondo announce it?", "when was it founded?"),
 * by its auxiliaries; null for the present ("when do updates stop?"), which can mean either.
 */
export function tenseOf(question: string): Tense | null {
  if (FUTURE.test(question)) return "future";
  return PAST.test(question) ? "past" : null;
}
