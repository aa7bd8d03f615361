import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { TermSearch } from "../../src/index/term-search.js";
import { searchQueries } from "../fixtures/search-queries.js";
import { seeds } from "../helpers.js";

/** The MiniSearch the question bank used before TermSearch: TermSearch must rank exactly as it did. */
function miniSearchOf(documents: readonly (readonly string[])[]): (terms: readonly string[], limit: number) => number[] {
  const search = new MiniSearch<{ id: number; terms: readonly string[] }>({
    idField: "id",
    fields: ["terms"],
    storeFields: [],
    extractField: (d, field) => (field === "id" ? d.id : d.terms.join(" ")) as string,
    tokenize: (terms) => terms.split(" "),
    processTerm: (term) => term,
    searchOptions: { combineWith: "OR" },
  });
  search.addAll(documents.map((terms, id) => ({ id, terms })));
  return (terms, limit) =>
    search
      .search(terms.join(" "))
      .slice(0, limit)
      .map((r) => r.id as number);
}

describe("TermSearch", () => {
  it("ranks the question bank's phrasings exactly as MiniSearch does, ties included", () => {
    const documents = seeds().bank.phrasings.map((p) => p.terms);
    const ours = TermSearch.of(documents);
    const theirs = miniSearchOf(documents);
    const vocabulary = [...new Set(documents.flat())].sort();
    const queries = searchQueries(documents, vocabulary, 7);
    // MiniSearch ranks every match and the limit only cuts the list: one search a query serves each limit.
    for (const query of queries) {
      const ranked = theirs(query, 1_000);
      for (const limit of [5, 25, 1_000]) expect(ours.search(query, limit)).toEqual(ranked.slice(0, limit));
    }
  });

  it("counts a document's distinct terms as its length, as MiniSearch does", () => {
    const documents = [["ban", "ban", "ban"], ["ban", "sale"], ["update"], []];
    expect(TermSearch.of(documents).search(["ban", "update", "sale"], 10)).toEqual(miniSearchOf(documents)(["ban", "update", "sale"], 10));
  });
});
