import nlp from "compromise";

/**
 * Names of people, places and organisations in a question, as compromise reads them (it knows
 * countries and common first names even in lower case: "germany", "eugene").
 */
export function namedEntities(text: string, kinds: readonly EntityKind[] = ["people", "places", "organizations"]): string[] {
  const doc = nlp(text);
  return kinds.flatMap((kind) => doc[kind]().out("array") as string[]);
}

export type EntityKind = "people" | "places" | "organizations";
