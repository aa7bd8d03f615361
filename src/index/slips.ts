/*
 * The slips of the fingers a typed word may hold, as the words they would have been: the same few edits
 * that spelling correction tries everywhere (the corpus's vocabulary, function words, common English).
 */

/** `word` with each pair of neighbouring letters swapped in turn, from the `from`th letter on (1: the first kept, as typos rarely hit it). */
export function* swappedPairs(word: string, from = 1): Generator<string> {
  for (let i = from; i < word.length - 1; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/**
 * Every word one slip from `word`: a letter too many, two swapped, a letter left out, and (with `changed`) one
 * letter changed. A changed letter turns one real word into another too often ("admins" into "admits") to be read
 * as a slip when guessing which word was meant.
 */
export function* slipsOf(word: string, changed: boolean): Generator<string> {
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  yield* swappedPairs(word, 0);
  for (let i = 0; i <= word.length; i++) {
    for (const letter of ALPHABET) {
      if (changed && i < word.length && letter !== word[i]) yield word.slice(0, i) + letter + word.slice(i + 1);
      yield word.slice(0, i) + letter + word.slice(i);
    }
  }
}
const ALPHABET = "abcdefghijklmnopqrstuvwxyz";
