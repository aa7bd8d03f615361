import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusError, loadCorpus } from "../../src/index/corpus.js";
import { INDEX_PATHS } from "../../src/index/load-index.js";
import { FACTS_FILE } from "../../src/index/question-bank.js";
import { copyOfSeeds, seeds } from "../helpers.js";

/** A copy of the seeds whose facts.json is `facts`. */
function seedsWithFacts(facts: unknown): string {
  const dir = copyOfSeeds();
  writeFileSync(join(dir, FACTS_FILE), JSON.stringify(facts));
  return dir;
}

const text000 = readFileSync(join(INDEX_PATHS.seeds, "000_7c27333e7e1bfb7f.txt"), "utf8");
const sentence =
  "In a statement released Monday, Kaspersky Labs confirmed the elimination of all U.S.-based positions and restricted U.S. customers from purchasing its products.";
const at = text000.indexOf(sentence);
const goodFact = {
  id: "us-jobs-cut",
  answer: "Kaspersky confirmed it is eliminating all of its US-based positions.",
  sentences: [{ source: "000", start: at, end: at + sentence.length, quote: sentence }],
  questions: ["is kaspersky laying off its us staff"],
};

describe("the question bank (seeds/facts.json)", () => {
  it("ties every curated fact to verbatim sentences the index can quote", () => {
    const index = seeds();
    expect(index.bank.size).toBeGreaterThan(0);
    for (const fact of index.bank.facts) {
      expect(fact.passageIds.length, fact.id).toBeGreaterThan(0);
      for (const s of fact.sentences) expect(index.source(s.source).text.slice(s.start, s.end), fact.id).toBe(s.quote);
      for (const id of fact.passageIds) expect(index.passage(id).kind).toBe("prose");
    }
  });

  it("loads a well-formed fact and anchors it to the sentence it quotes", () => {
    const dir = seedsWithFacts([goodFact]);
    const [fact] = loadCorpus(dir).facts;
    expect(fact).toMatchObject({ id: "us-jobs-cut", broad: false, conflict: false });
    rmSync(dir, { recursive: true });
  });

  it.each([
    [
      "a quote that is not at its offsets",
      { ...goodFact, sentences: [{ ...goodFact.sentences[0], start: at + 1 }] },
      /fact us-jobs-cut, sentences\.0: the quote is not at/,
    ],
    ["a source sources.json lacks", { ...goodFact, sentences: [{ ...goodFact.sentences[0], source: "999" }] }, /fact us-jobs-cut, sentences\.0: source "999"/],
    ["an id that is not kebab-case", { ...goodFact, id: "US Jobs" }, /fact 0 \(US Jobs\), field "id"/],
    ["no ways of asking", { ...goodFact, questions: [] }, /fact 0 \(us-jobs-cut\), field "questions"/],
    ["a conflict without each side's value", { ...goodFact, conflict: true }, /fact us-jobs-cut, field "sentences": a conflict needs/],
    ["a reason that is no fact of the bank's", { ...goodFact, because: ["no-such-fact"] }, /fact us-jobs-cut, field "because": no fact "no-such-fact"/],
    ["a fact that is its own reason", { ...goodFact, because: ["us-jobs-cut"] }, /fact us-jobs-cut, field "because": a fact is not its own reason/],
  ])("stops on %s with a message naming the fact", (_, fact, message) => {
    const dir = seedsWithFacts([fact]);
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
    expect(() => loadCorpus(dir)).toThrow(message);
    rmSync(dir, { recursive: true });
  });

  it("is optional: a corpus without facts.json is answered from its passages", () => {
    const dir = copyOfSeeds();
    rmSync(join(dir, FACTS_FILE));
    expect(loadCorpus(dir).facts).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});
