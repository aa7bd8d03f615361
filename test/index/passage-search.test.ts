import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { passageSearch } from "../../src/index/passage-search.js";
import type { Passage } from "../../src/index/passages.js";
import { searchQueries } from "../fixtures/search-queries.js";
import { seeds } from "../helpers.js";

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** The MiniSearch the passages were searched with before passageSearch: it must rank exactly as it did. */
function miniSearchOf(passages: readonly Passage[]): (terms: readonly string[], limit: number) => number[] {
  const search = new MiniSearch<Passage>({
    idField: "id",
    fields: ["text", "context"],
    storeFields: [],
    extractField: (passage, field) =>
      (field === "id" ? passage.id : field === "text" ? passage.terms.map(([term]) => term).join(" ") : passage.contextTerms.join(" ")) as string,
    tokenize: (terms) => terms.split(" "),
    processTerm: (term) => term,
    searchOptions: { combineWith: "OR", boost: { text: 1, context: 0.3 }, bm25: BM25 },
  });
  search.addAll(passages);
  return (terms, limit) =>
    search
      .search(terms.join(" "))
      .slice(0, limit)
      .map((r) => r.id as number);
}

describe("passageSearch", () => {
  it("ranks the passages exactly as a two-field MiniSearch does, ties included", () => {
    const passages = seeds().passages;
    const ours = passageSearch(passages, { ...BM25, contextBoost: 0.3 });
    const theirs = miniSearchOf(passages);
    const vocabulary = [...new Set(passages.flatMap((p) => [...p.terms.map(([t]) => t), ...p.contextTerms]))].sort();
    const queries = searchQueries(
      passages.map((p) => [...new Set(p.terms.map(([t]) => t))]),
      vocabulary,
      11,
    );
    for (const query of queries) for (const limit of [5, 60, 1_000]) expect(ours.search(query, limit)).toEqual(theirs(query, limit));
  });
});
