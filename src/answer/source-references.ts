import { phraseAlternatives } from "../index/escape-reg-exp.js";
import questionWords from "./question-words.json" with { type: "json" };

/**
 * "The reports", "these articles", "the coverage": the articles themselves, where every answer comes from (question-words.json,
 * sourceReferences), with a verb of saying after them ("what do the reports say about…") or, `saying: "optional"`, without.
 * Not what is asked about the articles themselves: "who wrote the article…", "when was the report published", "do the
 * articles agree on…".
 */
export function sourceReference(saying: "optional" | "required", flags: string): RegExp {
  const { determiners, nouns, verbs, askedAbout } = questionWords.sourceReferences;
  return new RegExp(
    `(?<!\\b(?:${phraseAlternatives(askedAbout)})\\s+)\\b(?:${phraseAlternatives(determiners)})\\s+(?:${phraseAlternatives(nouns)})(?![\\p{L}\\p{N}-])(?!\\s+(?:${phraseAlternatives(askedAbout)})\\b)(?:\\s+(?:${phraseAlternatives(verbs)})\\b)${saying === "optional" ? "?" : ""}`,
    flags,
  );
}
