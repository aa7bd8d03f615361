import nlp from "compromise";

export type EntityKind = "people" | "places" | "organizations";

/**
 * Names of people, places and organisations in a text, as compromise's tagger reads them (it
 * knows sentence-initial names: "CNN was the first…"). About half a millisecond a call: for text
 * read once, such as a fact's answer line.
 */
export function namedEntities(text: string, kinds: readonly EntityKind[] = ["people", "places", "organizations"]): string[] {
  const doc = nlp(text);
  return kinds.flatMap((kind) => doc[kind]().out("array") as string[]);
}

const MODEL = (nlp.model() as { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> } }).one;
const NAME_TAGS = new Set(["Place", "Person", "Organization"]);

/**
 * A word compromise's lexicon knows as a place, a person's name or an organisation ("germany",
 * "eugene", "microsoft"), in any case: a lookup, not a parse, for every question.
 */
export function isNameWord(word: string): boolean {
  const tags = MODEL.lexicon[word.toLowerCase()];
  if (!tags) return false;
  return (Array.isArray(tags) ? tags : [tags]).some((tag) => NAME_TAGS.has(tag) || (MODEL.tagSet[tag]?.parents ?? []).some((p) => NAME_TAGS.has(p)));
}
