/**
 * A small OR search over documents that are already lists of index terms, scored exactly as
 * MiniSearch 7 scores a one-field index searched with `combineWith: "OR"` and default BM25+
 * (the same numbers, in the same order, ties in the same order). The question bank used a
 * MiniSearch, which for every question built a result object per matched phrasing, merged them
 * term by term and sorted them all; here each (term, document) score is worked out once, when the
 * bank is made, and a search only adds them up.
 */
export class TermSearch {
  /** For each term, the documents holding it (ascending) and the term's BM25+ score in each. */
  private readonly postings = new Map<string, { ids: number[]; scores: number[] }>();
  /** Scratch for one search: each document's running score and how many query terms it matched. */
  private readonly scores: Float64Array;
  private readonly matched: Uint16Array;

  /** `documents[id]`: that document's terms, in order, with repeats. */
  constructor(documents: readonly (readonly string[])[]) {
    const { k, b, d } = BM25;
    const counts = new Map<string, Map<number, number>>();
    // MiniSearch's field length is the number of distinct tokens, and its average is kept as a
    // running mean while documents are added: computed the same way, so that it is the same double.
    const lengths: number[] = [];
    let average = 0;
    documents.forEach((terms, id) => {
      const tokens = terms.join(" ").split(" ");
      const length = new Set(tokens).size;
      lengths.push(length);
      average = (average * id + length) / (id + 1);
      for (const term of tokens) {
        if (!term) continue;
        let docs = counts.get(term);
        if (!docs) counts.set(term, (docs = new Map()));
        docs.set(id, (docs.get(id) ?? 0) + 1);
      }
    });
    const total = documents.length;
    for (const [term, docs] of counts) {
      const matching = docs.size;
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
      const ids = [...docs.keys()];
      const scores = ids.map((id) => {
        const tf = docs.get(id)!;
        return idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * lengths[id]) / average)));
      });
      this.postings.set(term, { ids, scores });
    }
    this.scores = new Float64Array(total);
    this.matched = new Uint16Array(total);
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
    // Only the best `limit` are wanted: a common term ("kaspersky") meets most of the bank, and
    // sorting all of it was most of a search. Documents are met in tie order, so a later one
    // goes after every one it ties with: the same list as a stable sort of all, cut at `limit`.
    const best: number[] = [];
    const bestScores: number[] = [];
    for (const id of met) {
      const score = scores[id] * matched[id];
      matched[id] = 0;
      if (best.length === limit && !(score > bestScores[limit - 1])) continue;
      let at = best.length;
      while (at > 0 && score > bestScores[at - 1]) at--;
      best.splice(at, 0, id);
      bestScores.splice(at, 0, score);
      if (best.length > limit) {
        best.pop();
        bestScores.pop();
      }
    }
    return best;
  }
}

/** MiniSearch's default BM25+ constants. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
