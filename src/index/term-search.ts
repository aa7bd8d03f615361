/**
 * A small OR search over documents that are already lists of index terms, scored exactly as
 * MiniSearch 7 scores an index searched with `combineWith: "OR"` and BM25+ (the same numbers, in
 * the same order, ties in the same order): one field for the question bank, the passages' two
 * fields for the passages (see passage-search.ts). MiniSearch built, for every question, a result
 * object per matched document, merged them term by term and sorted them all; here each
 * (term, document) score is worked out once, when the index is made, and a search only adds them up.
 */
export class TermSearch {
  /** Scratch for one search: each document's running score and how many query terms it matched. */
  private readonly scores: Float64Array;
  private readonly matched: Uint16Array;
  /** Scratch for one search: the best documents so far, best first. */
  private readonly best: Int32Array;

  /**
   * `postings`: for each term, the documents holding it, in the order a search meets them (the
   * order ties keep), and the term's score in each; `count`: how many documents there are.
   */
  constructor(
    private readonly postings: ReadonlyMap<string, Postings>,
    count: number,
  ) {
    this.scores = new Float64Array(count);
    this.matched = new Uint16Array(count);
    this.best = new Int32Array(count);
  }

  /** `documents[id]`: that document's terms, in order, with repeats; one field, default BM25+. */
  static of(documents: readonly (readonly string[])[]): TermSearch {
    return new TermSearch(fieldPostings(documents, BM25), documents.length);
  }

  /**
   * Documents holding any of the terms, best first, at most `limit`: each scores the sum of its
   * terms' scores (in query order) times the number of query terms it holds; ties keep the order
   * in which the documents were first met (the first term's documents, then the next term's new ones).
   */
  search(terms: readonly string[], limit: number): number[] {
    const { scores, matched } = this;
    const met: number[] = [];
    const seen = new Set<string>();
    for (const term of terms.join(" ").split(" ")) {
      const posting = term ? this.postings.get(term) : undefined;
      if (!posting) continue;
      // A term asked twice adds its score twice but counts once, as in MiniSearch.
      const repeated = seen.has(term);
      seen.add(term);
      const { ids, scores: termScores } = posting;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (matched[id] === 0) {
          met.push(id);
          scores[id] = termScores[i];
          matched[id] = 1;
        } else {
          scores[id] = scores[id] + termScores[i];
          if (!repeated) matched[id]++;
        }
      }
    }
    for (const id of met) {
      scores[id] = scores[id] * matched[id];
      matched[id] = 0;
    }
    // Only the best `limit` are kept, in place: sorting all that were met (with a comparator, a
    // call per comparison) was most of a search. Documents are met in tie order, so a later one
    // goes after every one it ties with: the same list as a stable sort of all, cut at `limit`.
    const best = this.best;
    let kept = 0;
    for (const id of met) {
      const score = scores[id];
      if (kept === limit && !(score > scores[best[limit - 1]])) continue;
      let at = kept < limit ? kept++ : limit - 1;
      for (; at > 0 && score > scores[best[at - 1]]; at--) best[at] = best[at - 1];
      best[at] = id;
    }
    // Copied out with a loop: Array.from over a subarray view went through its iterator, an
    // object per id, twice a question (the passages' search and the bank's).
    const ids: number[] = [];
    for (let i = 0; i < kept; i++) ids.push(best[i]);
    return ids;
  }
}

/** A term's documents and its score in each, in step. */
export type Postings = { ids: ArrayLike<number>; scores: ArrayLike<number> };

export type Bm25Params = { k: number; b: number; d: number };

/** MiniSearch's default BM25+ constants. */
const BM25: Bm25Params = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Each term's BM25+ score in each document of one field, as MiniSearch 7 computes it (before any
 * field boost): documents ascending. `documents[id]`: that document's terms, in order, with repeats.
 */
export function fieldPostings(documents: readonly (readonly string[])[], { k, b, d }: Bm25Params): Map<string, { ids: number[]; scores: number[] }> {
  // MiniSearch's field length is the number of distinct tokens (an empty field has one, ""), and
  // its average is kept as a running mean while documents are added: computed the same way, so
  // that it is the same double.
  const lengths = new Float64Array(documents.length);
  let average = 0;
  const found = new Map<string, { ids: number[]; counts: number[] }>();
  const counts = new Map<string, number>();
  documents.forEach((terms, id) => {
    const tokens = terms.join(" ").split(" ");
    const length = new Set(tokens).size;
    lengths[id] = length;
    average = (average * id + length) / (id + 1);
    counts.clear();
    for (const term of tokens) if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let posting = found.get(term);
      if (!posting) found.set(term, (posting = { ids: [], counts: [] }));
      posting.ids.push(id);
      posting.counts.push(count);
    }
  });
  const total = documents.length;
  // Plain arrays: as compact as typed ones (small integers, doubles), and much cheaper to make,
  // one pair per term at every start.
  const postings = new Map<string, { ids: number[]; scores: number[] }>();
  for (const [term, { ids, counts: tfs }] of found) {
    const matching = ids.length;
    const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    const scores: number[] = [];
    for (let i = 0; i < matching; i++) {
      const tf = tfs[i];
      scores.push(idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[ids[i]]) / average))));
    }
    postings.set(term, { ids, scores });
  }
  return postings;
}
