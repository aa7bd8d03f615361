import nlp from "compromise";

export type Tense = "future" | "past";

/**
 * Whether a question asks about what is to come ("when will resellers be barred?", "when are they
 * gonna stop?") or what has been ("when did Raimondo announce it?"), as compromise's tagger reads
 * its verbs; null for the present ("when do updates stop?"), which can mean either.
 */
export function tenseOf(question: string): Tense | null {
  const doc = nlp(question);
  if (doc.has("#FutureTense") || doc.has("(will|wont|gonna|shall|going to)")) return "future";
  const [first] = doc.verbs().json() as { verb?: { grammar?: { tense?: string } } }[];
  return first?.verb?.grammar?.tense === "PastTense" ? "past" : null;
}
