import type { Passage } from "./passages.js";
import { type Bm25Params, fieldPostings, type Postings, TermSearch } from "./term-search.js";

/**
 * The passages' search, ranking exactly as the MiniSearch they were searched with (fields "text",
 * a passage's own terms, and "context", the distinct terms of the sentence before, boosted by
 * `contextBoost`). Built from the passages' terms, which the snapshot already keeps, so the
 * snapshot needs nothing more; the postings are arrays of small integers and doubles, smaller than MiniSearch's maps.
 */
export function passageSearch(passages: readonly Passage[], bm25: Bm25Params & { contextBoost: number }): TermSearch {
  const text = fieldPostings(
    passages.map((p) => p.terms.map(([term]) => term)),
    bm25,
  );
  const context = fieldPostings(
    passages.map((p) => p.contextTerms),
    bm25,
  );
  const postings = new Map<string, Postings>();
  for (const [term, own] of text) postings.set(term, merged(own, context.get(term), bm25.contextBoost));
  for (const [term, before] of context) if (!text.has(term)) postings.set(term, merged(undefined, before, bm25.contextBoost));
  return new TermSearch(postings, passages.length);
}

type FieldPostings = { ids: number[]; scores: number[] };

/**
 * One term's postings over both fields, as MiniSearch scores a term: the text field's documents
 * first, then those only the context holds (each ascending), since that is the order its results
 * are met in and ties keep; a document's score is its text score plus the boosted context score.
 */
function merged(text: FieldPostings | undefined, context: FieldPostings | undefined, boost: number): Postings {
  if (!context) return text!;
  const ids: number[] = [];
  const scores: number[] = [];
  let c = 0;
  for (let i = 0; i < (text?.ids.length ?? 0); i++) {
    const id = text!.ids[i];
    while (c < context.ids.length && context.ids[c] < id) c++;
    ids.push(id);
    // MiniSearch multiplies the field boost in before the score: the same double as boost * score.
    scores.push(c < context.ids.length && context.ids[c] === id ? text!.scores[i] + boost * context.scores[c] : text!.scores[i]);
  }
  const inText = new Set(ids);
  for (let i = 0; i < context.ids.length; i++) {
    if (inText.has(context.ids[i])) continue;
    ids.push(context.ids[i]);
    scores.push(boost * context.scores[i]);
  }
  return { ids, scores };
}
