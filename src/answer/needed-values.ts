import { LEXICON, type ValueKind } from "../index/lexicon.js";
import { tokenize } from "../index/tokenize.js";
import type { Question } from "./question.js";

/** How a sentence is seen to hold a value of each kind. */
const HOLDS: Record<ValueKind, RegExp> = {
  money: /[$€£]\s?\d|\b\d[\d,.]*\s?(dollars|usd|euros?|pounds)\b|\b(million|billion) (dollars|euros)\b/i,
  contact: /\+?\d[\d\s().-]{7,}\d|[\w.+-]+@[\w-]+\.\w+|\bhttps?:\/\/|\bwww\./i,
};

/**
 * The kinds of value the question's focus asks for ("what is the fine" asks for money; the
 * lexicon lists the words). An answer must hold one: a sentence about what the ban prohibits
 * does not say how much the fine is, however many of the question's words it shares.
 */
export function neededValues(question: Question): ValueKind[] {
  const kinds = new Set<ValueKind>();
  // The focus names what is asked for; in a question for a value ("how much does it cost", "what's
  // the penalty for…") any such word does. A yes/no question ("is there a fine?") wants no amount.
  const words = question.intent === "how_many" || question.intent === "what" ? [...question.focus, ...tokenize(question.asked)] : question.focus;
  for (const word of words) {
    const kind = LEXICON.valueKinds.get(word);
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}

/** Whether the sentences hold a value of every needed kind. */
export function holdsNeededValues(needed: readonly ValueKind[], sentences: readonly string[]): boolean {
  return needed.every((kind) => sentences.some((s) => HOLDS[kind].test(s)));
}
