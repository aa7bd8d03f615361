import { phraseAlternatives } from "../index/escape-reg-exp.js";
import questionWords from "./question-words.json" with { type: "json" };

/**
 * "The reports", "these articles", "the coverage": the articles themselves, where every answer comes from (question-words.json,
 * sourceReferences), with a verb of saying after them ("what do the reports say about…") or, `saying: "optional"`, without.
 * Not what is asked about the articles themselves: "who wrote the article…", "when was the report published", "do the
 * articles agree on…". Compiled with the u flag, which its letter classes need; `global` for replacing every one.
 */
export function sourceReference(saying: "optional" | "required", { global = false } = {}): RegExp {
  const { determiners, nouns, verbs, askedAbout } = questionWords.sourceReferences;
  return new RegExp(
    `(?<!\\b(?:${phraseAlternatives(askedAbout)})\\s+)\\b(?:${phraseAlternatives(determiners)})\\s+(?:${phraseAlternatives(nouns)})(?![\\p{L}\\p{N}-])(?!\\s+(?:${phraseAlternatives(askedAbout)})\\b)(?:\\s+(?:${phraseAlternatives(verbs)})\\b)${saying === "optional" ? "?" : ""}`,
    global ? "giu" : "iu",
  );
}

/**
 * The articles cited as where an answer is to come from: what they say ("what do the reports say about refunds?"), or
 * after a word that cites them ("per the coverage, …", "according to these articles…"; sourceReferences.citingWords). A
 * question so put is asked of the articles; "what's the story with the lakers?" names no article.
 */
export const CITES_ARTICLES = new RegExp(
  `${sourceReference("required").source}|\\b(?:${phraseAlternatives(questionWords.sourceReferences.citingWords)})\\s+${sourceReference("optional").source}`,
  "iu",
);
