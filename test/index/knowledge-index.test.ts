import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { loadCorpus } from "../../src/index/corpus.js";
import { KnowledgeIndex } from "../../src/index/knowledge-index.js";
import { INDEX_PATHS } from "../../src/index/load-index.js";
import { termsOf, tokenize } from "../../src/index/tokenize.js";
import { copyOfSeeds, editSources, seeds } from "../helpers.js";

describe("tokenize and terms", () => {
  it.each([
    ["U.S.", "us"],
    ["United States", "us"],
    ["Kaspersky’s", "kaspersky"],
    ["Kaspersky's", "kaspersky"],
    ["anti-virus", "antivirus"],
    ["240,000", "240000"],
  ])("folds %s to %s", (text, word) => {
    expect(tokenize(text)).toEqual([word]);
  });

  it.each([
    ["updates", "patches"],
    ["stop", "prohibit"],
    ["layoffs", "eliminate"],
    ["workforce", "employees"],
    ["Commerce", "DoC"],
    ["Treasury", "OFAC"],
    ["sanctioned", "sanctions"],
  ])("gives %s and %s the same term", (a, b) => {
    expect(termsOf(a)).toEqual(termsOf(b));
  });

  it("keeps users and clients apart, because the sources count them differently", () => {
    expect(termsOf("users")).not.toEqual(termsOf("clients"));
  });
});

describe("KnowledgeIndex", () => {
  it("keeps offices apart from officers, which Porter stems alike", () => {
    expect(termsOf("offices")).not.toEqual(termsOf("officers"));
  });

  it("corrects a misspelt word to the nearest corpus word", () => {
    expect(seeds().correct("updtes")).toBe("updates");
    expect(seeds().correct("kasperski")).toBe("kaspersky");
    expect(seeds().correct("lunch")).toBeNull();
    // Two neighbouring letters swapped: two edits by Levenshtein's count, one slip of the fingers.
    expect(seeds().correct("updaets")).toBe("updates");
    expect(seeds().correct("udpates")).toBe("updates");
    expect(seeds().correct("pudates")).toBeNull(); // the first letter is never the typo
    // A different first letter is seldom a typo and often another word.
    expect(seeds().correct("uninstall")).toBeNull();
  });

  it("corrects a four-letter word no English word is only by the letter left out ('blok', 'usrs'), never a real word ('cost', 'joke')", () => {
    expect(seeds().correct("blok")).toBe("block");
    expect(seeds().correct("usrs")).toBe("users");
    expect(seeds().correct("cost")).toBeNull();
    expect(seeds().correct("joke")).toBeNull();
    expect(seeds().correct("msft")).toBeNull();
  });

  it("corrects a misspelling common enough to have a word vector of its own, used as the word it is near", () => {
    expect(seeds().correct("goverment")).toBe("government");
    // Common English words near corpus words stay what they are.
    expect(seeds().correct("friction")).toBeNull();
    expect(seeds().correct("white")).toBeNull();
  });

  it("corrects a misspelt word to a word people ask with in the question bank when the passages have none near it", () => {
    // The articles never say "uninstall"; the bank's phrasings do.
    expect(seeds().hasWord("uninstall")).toBe(false);
    expect(seeds().correct("uninstal")).toBe("uninstall");
    // Only one letter off: two letters from a bank word is as often another word of people's.
    expect(seeds().correct("uninstalll")).toBe("uninstall");
    expect(seeds().correct("uninstallled")).toBeNull();
    // An English word is not a misspelling of a word one or two letters away ("write" of "white", "friction" of "function").
    expect(seeds().correct("write")).toBeNull();
    expect(seeds().correct("friction")).toBeNull();
  });

  it("matches a spelling the stemmer keeps apart to the corpus term one last letter away", () => {
    expect(seeds().nearTerm("licenc")).toBe("licens"); // "licences" → "licensing"
    expect(seeds().nearTerm("focu")).toBe("focus"); // "focus" → "focusing"
    expect(seeds().nearTerm("expert")).toBeNull(); // not "expect": the letters differ mid-word
    expect(seeds().nearTerm("cost")).toBeNull();
  });

  it("answers the same from a snapshot as from a fresh build", () => {
    const built = seeds();
    const loaded = KnowledgeIndex.fromSnapshot(built.toSnapshot(), loadCorpus(INDEX_PATHS.seeds));
    expect(loaded).not.toBeNull();
    for (const q of ["When do updates stop?", "Who first reported that Kaspersky was leaving?", "kasperski updtes stop date?"]) {
      expect(ask(loaded!, q)).toEqual(ask(built, q));
    }
  });

  it("keeps the question bank in the snapshot: the same phrasings, terms, anchors and candidates", () => {
    const built = seeds();
    const loaded = KnowledgeIndex.fromSnapshot(built.toSnapshot(), loadCorpus(INDEX_PATHS.seeds))!;
    const phrasings = (index: KnowledgeIndex) => index.bank.phrasings.map((p) => [p.id, p.fact.id, p.text, p.terms]);
    const facts = (index: KnowledgeIndex) => index.bank.facts.map((f) => [f.id, f.passageIds, [...f.askedTerms], [...f.answerTerms], [...f.sentenceTerms]]);
    expect(phrasings(loaded)).toEqual(phrasings(built));
    expect(facts(loaded)).toEqual(facts(built));
    const asked = termsOf("when will kaspersky stop getting updates");
    expect(loaded.bank.candidates(asked, 10).map((p) => p.id)).toEqual(built.bank.candidates(asked, 10).map((p) => p.id));
  });

  it("refuses a snapshot taken before the question bank changed", () => {
    const dir = copyOfSeeds();
    const path = join(dir, "facts.json");
    const facts = JSON.parse(readFileSync(path, "utf8"));
    facts[0].questions.push("a way of asking added since the snapshot");
    writeFileSync(path, JSON.stringify(facts));
    expect(KnowledgeIndex.fromSnapshot(seeds().toSnapshot(), loadCorpus(dir))).toBeNull();
  });

  it("refuses a snapshot of a different corpus", () => {
    const dir = copyOfSeeds();
    editSources(dir, (entries: any[]) => {
      entries[0].publisher = "Renamed";
      return entries;
    });
    expect(KnowledgeIndex.fromSnapshot(seeds().toSnapshot(), loadCorpus(dir))).toBeNull();
    expect(KnowledgeIndex.fromSnapshot("{not json", loadCorpus(dir))).toBeNull();
  });

  it("indexes only prose, and every passage is a verbatim slice of its file", () => {
    const index = seeds();
    expect(index.size).toBeGreaterThan(90);
    for (const p of index.passages) expect(index.source(p.sourceId).text.slice(p.start, p.end)).toBe(p.text);
  });
});
