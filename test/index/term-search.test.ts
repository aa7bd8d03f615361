import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { TermSearch } from "../../src/index/term-search.js";
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
    // Every phrasing as a query, and pseudo-random mixes of the vocabulary (with repeats and unknown terms).
    const queries: string[][] = documents.map((d) => [...d]);
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 300; i++)
      queries.push(Array.from({ length: 1 + (next() % 6) }, () => (next() % 20 === 0 ? "zzzunknown" : vocabulary[next() % vocabulary.length])));
    queries.push([], ["kaspersky", "kaspersky"]);
    for (const query of queries) for (const limit of [5, 25, 1_000]) expect(ours.search(query, limit)).toEqual(theirs(query, limit));
  });

  it("counts a document's distinct terms as its length, as MiniSearch does", () => {
    const documents = [["ban", "ban", "ban"], ["ban", "sale"], ["update"], []];
    expect(TermSearch.of(documents).search(["ban", "update", "sale"], 10)).toEqual(miniSearchOf(documents)(["ban", "update", "sale"], 10));
  });
});
