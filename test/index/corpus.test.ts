import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { CorpusError, loadCorpus } from "../../src/index/corpus.js";
import { KnowledgeIndex } from "../../src/index/knowledge-index.js";
import { INDEX_PATHS } from "../../src/index/load-index.js";
import { copyOfSeeds, editSources } from "../helpers.js";

describe("loadCorpus", () => {
  it("loads every shared seed article byte for byte", () => {
    const corpus = loadCorpus(INDEX_PATHS.seeds);
    const shared = join("..", "shared", "seeds");
    const files = readdirSync(shared).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const article = corpus.articles.find((a) => a.file === file);
      expect(article?.text, file).toBe(readFileSync(join(shared, file), "utf8"));
    }
  });

  it.each([
    [
      "a missing file",
      (e: any[]) => {
        e[1].file = "missing.txt";
        return e;
      },
      /missing\.txt.*"file"/,
    ],
    [
      "a duplicate id",
      (e: any[]) => {
        e[2].id = "001";
        return e;
      },
      /duplicate id "001".*"id"/,
    ],
    [
      "a malformed date",
      (e: any[]) => {
        e[0].published = "16/07/2024";
        return e;
      },
      /id 000.*"published"/,
    ],
    [
      "an impossible date",
      (e: any[]) => {
        e[0].published = "2024-02-31";
        return e;
      },
      /"published".*calendar/,
    ],
    [
      "a precision that overstates the date",
      (e: any[]) => {
        e[2].publishedPrecision = "day";
        return e;
      },
      /id 002.*"publishedPrecision"/,
    ],
    [
      "a publisher left out",
      (e: any[]) => {
        delete e[3].publisher;
        return e;
      },
      /id 003.*"publisher"/,
    ],
  ])("stops on %s with one message naming the file and the field", (_, edit, message) => {
    const dir = copyOfSeeds();
    editSources(dir, edit);
    expect(() => loadCorpus(dir)).toThrow(CorpusError);
    expect(() => loadCorpus(dir)).toThrow(message);
    rmSync(dir, { recursive: true });
  });

  it("names the seed file that is missing, and what to do", () => {
    const dir = copyOfSeeds();
    rmSync(join(dir, "002_d1411187c3adea78.txt"));
    expect(() => loadCorpus(dir)).toThrow(
      `corpus: ${join(dir, "002_d1411187c3adea78.txt")}: the file named by "002" (field "file") is missing: restore it, or remove its entry from sources.json`,
    );
    rmSync(join(dir, "sources.json"));
    expect(() => loadCorpus(dir)).toThrow(`corpus: ${join(dir, "sources.json")} is missing: it lists the articles; restore it from the repository`);
    rmSync(dir, { recursive: true });
  });

  it("stops on an article that sources.json does not describe", () => {
    const dir = copyOfSeeds();
    writeFileSync(join(dir, "005_new.txt"), "An article without metadata.\n");
    expect(() => loadCorpus(dir)).toThrow(/005_new\.txt: has no entry in sources\.json/);
    rmSync(dir, { recursive: true });
  });

  it("takes a sixth article from nothing but a .txt file and a sources.json entry", () => {
    const dir = copyOfSeeds();
    // The next free id, whatever the corpus holds today.
    const id = String(Math.max(...loadCorpus(dir).articles.map((a) => Number(a.id))) + 1).padStart(3, "0");
    writeFileSync(
      join(dir, `${id}_fcc.txt`),
      "FCC adds Kaspersky to its list\n" +
        "The Federal Communications Commission added Kaspersky to its Covered List on September 3, 2024, citing national security risks.\n" +
        "Share on Facebook\n",
    );
    editSources(dir, (entries) => [
      ...(entries as object[]),
      {
        id,
        file: `${id}_fcc.txt`,
        publisher: "Example Wire",
        title: "FCC adds Kaspersky to its list",
        author: null,
        published: "2024-09-04",
        publishedPrecision: "day",
        url: null,
      },
    ]);
    const index = KnowledgeIndex.build(loadCorpus(dir));
    const answer = ask(index, "When was Kaspersky added to the FCC Covered List?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toBe("September 3, 2024.");
    expect(answer.citations[0]).toMatchObject({ sourceId: id, publisher: "Example Wire", published: "2024-09-04" });
    rmSync(dir, { recursive: true });
  });
});
