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

/**
 * "What has happened…", "has anyone been prosecuted", "has the Trump administration changed…": the present perfect,
 * with a participle the list or the "-ed" ending names ("open" in "have offices open" is none); or "happened".
 */
const HAVE = "has|have|hasn't|haven't|hasnt|havent";
const PARTICIPLES = "been|\\p{L}+ed|taken|given|seen|gone|done|come|left|become|begun|known|shown|won|lost|made|had";
const PERFECT = new RegExp(
  // Up to three words of subject only where "has" or "have" opens the question ("has the Trump administration changed…");
  // elsewhere "have" is as often the verb itself ("what options do users have for…", "companies that have it installed").
  `^\\W*(?:(?:what|who|which|why|how|where|when)\\s+)?(?:${HAVE})\\b(?:\\s+\\p{L}+){0,3}?\\s+(?:${PARTICIPLES})\\b|\\b(?:${HAVE})\\b(?:\\s+\\p{L}+)?\\s+(?:${PARTICIPLES})\\b|\\bhappened\\b`,
  "iu",
);
/** "Will it have left by…", "do we have to have removed it": the future, or an obligation, however perfect its verb. */
const NOT_PAST = /\b(will|would|shall|going to|gonna)\b|\b(have|has|had) to\b/i;

/** Whether a question asks about what has happened (past or present perfect), not what is or will be. */
export function asksWhatHappened(question: string): boolean {
  if (NOT_PAST.test(question)) return false;
  return tenseOf(question) === "past" || PERFECT.test(question);
}

/** Which way a duration runs from now: "how long until it's gone" ahead, "how long has it been in the US" behind. */
export type Span = "ahead" | "behind";
const AHEAD = /\bhow long\b(?:\s+\p{L}+)?\s+(?:until|till|til|before|will|would|left|does it take|do we have|do i have|is it going)\b/iu;
const BEHIND = /\bhow long\s+(?:has|have|had|did|was|were|hasn't|haven't)\b|\bhow long\b.*\b(?:been|existed|ago)\b/iu;

/** The way a "how long" question's span runs, or null when it does not say (or asks no "how long"). */
export function spanOf(question: string): Span | null {
  if (AHEAD.test(question)) return "ahead";
  return BEHIND.test(question) ? "behind" : null;
}
