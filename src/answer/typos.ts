import questionWords from "./question-words.json" with { type: "json" };

/**
 * Question words typed in a hurry ("whn do updates stop", "hwo many staff", "how lnog", "waht is
 * the deadline"): read as meant, so that the kind of question is told from them. Only the words
 * that say what kind of question is asked (question-words.json) are corrected; the words a
 * question is about are matched to the corpus's own words later, by the index.
 */
const QUESTION_WORDS: readonly string[] = questionWords.questionWords;

/** Consonants alone, as chat drops vowels ("whn", "whr", "hw"): a word's skeleton. */
const skeleton = (word: string) => word.replace(/[aeiou]/g, "");
/**
 * Question words by skeleton. A skeleton that begins another's ("wh" of "who" begins "whn",
 * "wht", "whr") says too little to guess from, and one two words share is no guess either.
 */
const BY_SKELETON = new Map<string, string | null>();
for (const word of QUESTION_WORDS) {
  const bare = skeleton(word);
  if (bare.length < 2 || bare === word) continue;
  BY_SKELETON.set(bare, BY_SKELETON.has(bare) ? null : word);
}
for (const bare of [...BY_SKELETON.keys()]) if ([...BY_SKELETON.keys()].some((other) => other !== bare && other.startsWith(bare))) BY_SKELETON.set(bare, null);

/**
 * How `typed` is one edit from `meant`, the likelier the lower: a letter left out (1), two
 * neighbours swapped (2), a letter changed (3), a letter too many (4); 0 when it is not.
 */
export function editKind(typed: string, meant: string): number {
  if (typed === meant) return 0;
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  if (typed.length === meant.length - 1) return typed.slice(i) === meant.slice(i + 1) ? 1 : 0;
  if (typed.length === meant.length + 1) return typed.slice(i + 1) === meant.slice(i) ? 4 : 0;
  if (typed.length !== meant.length) return 0;
  if (typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2)) return 2;
  return typed.slice(i + 1) === meant.slice(i + 1) ? 3 : 0;
}

/**
 * The question word a misspelt word stands for, or null: the one whose consonants it is, or the
 * one it is the likeliest single edit from. Two equally likely ("hwo": "how" or "who") are no guess.
 */
export function questionWordFor(word: string): string | null {
  const bySkeleton = BY_SKELETON.get(word);
  if (bySkeleton) return bySkeleton;
  let found: string | null = null;
  let best = 5;
  let tied = false;
  for (const candidate of QUESTION_WORDS) {
    const kind = editKind(word, candidate);
    // A two-letter word is only a question word with a letter left out ("hw", "wy"): "wa" or "ho" may be anything.
    if (kind === 0 || (word.length < 3 && kind !== 1)) continue;
    if (kind < best) [found, best, tied] = [candidate, kind, false];
    else if (kind === best) tied = true;
  }
  return tied ? null : found;
}

/**
 * Whether a word is a question word with a letter left out ("wil", "wat", "lng"): chat's commonest slip, common
 * enough that some are in the word vectors' vocabulary, far down it (question.ts reads those as slips all the same).
 */
export function isQuestionWordLessALetter(word: string): boolean {
  return QUESTION_WORDS.some((meant) => editKind(word, meant) === 1);
}

/** A letter three times or more in a row, which no English word has: chat's "sooo", "whyyy", "pleeease". */
export const STRETCHED = /(\p{L})\1\1/u;

/** `word` with each run of a letter cut to `keep` letters: "pleeease" → "please" (2), "sooo" → "so" (1). */
export function unstretched(word: string, keep: 1 | 2): string {
  return word.replace(/(\p{L})\1{2,}/gu, keep === 2 ? "$1$1" : "$1");
}

/**
 * `text` with its misspelt question words read as meant. `isWord` says which words are real
 * (English, or the corpus's own): those are never changed, nor acronyms in capitals, nor markup.
 */
export function correctQuestionWords(text: string, isWord: (word: string) => boolean): string {
  return text.replace(/<[^<>]*>|\p{L}+/gu, (written) => {
    // Markup (<@U123>, <!channel>) is not typed, and a word in capitals is an acronym ("WAF"), not a slip.
    if (written.startsWith("<") || /^\p{Lu}{2,}$/u.test(written)) return written;
    const word = written.toLowerCase();
    if (word.length < 2) return written;
    // "whyyy", "hooow": a question word stretched in chat, which no English word is.
    if (STRETCHED.test(word)) return QUESTION_WORDS.includes(unstretched(word, 1)) ? unstretched(word, 1) : written;
    // Longer than any question word typed in a hurry: not one, and not worth asking whether it is English.
    if (word.length > 8 || isWord(word)) return written;
    return questionWordFor(word) ?? written;
  });
}
