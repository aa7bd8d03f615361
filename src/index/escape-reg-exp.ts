/** `text` as a regular expression that matches it literally (every metacharacter escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Phrases as a regular expression's alternatives: each matched literally, any run of white space
 * between its words, the longest first, so that a phrase is taken before a shorter one it begins with.
 */
export function phraseAlternatives(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, "\\s+"))
    .join("|");
}
