import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { processTerm, tokenize } from "../index/tokenize.js";
import { vectorRow } from "../index/word-vectors.js";
import { isNameWord } from "./entities.js";

/**
 * Whether a text names who or where every article is about ("Kaspersky", "Russia"): a word every
 * article uses that is a name, or no common English word. "Our printer is broken, what should we
 * do?" does not; neither does "our software vendor raised prices…", though "software" is in every
 * article too.
 */
export function namesTheStoryIn(index: KnowledgeIndex, text: string): boolean {
  return tokenize(text).some((word) => {
    const term = processTerm(word);
    return term !== null && index.isBackground(term) && (vectorRow(word) < 0 || isNameWord(word));
  });
}
