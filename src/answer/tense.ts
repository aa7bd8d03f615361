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

/** "What has happened…", "has anyone been prosecuted", "what happened": the present perfect, or "happened" in any tense. */
const PERFECT = /\b(has|have|hasn't|haven't|hasnt|havent)\b(\s+\p{L}+)?\s+(been|\p{L}+ed|\p{L}+en|gone|done|come|left|seen)\b|\bhappen(ed|s)\b/iu;

/** Whether a question asks about what has happened (past or present perfect), not what is or will be. */
export function asksWhatHappened(question: string): boolean {
  return tenseOf(question) === "past" || PERFECT.test(question);
}
