import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadArticles } from "../src/index/corpus.js";
import { INDEX_PATHS } from "../src/index/load-index.js";
import { FACTS_FILE, loadFacts } from "../src/index/question-bank.js";

/**
 * `npm run facts:anchor [-- IN.json]`: writes each quote's offsets into seeds/facts.json, so a
 * fact is tied to the exact sentences it cites. A quote must occur in its article exactly once
 * (or already sit at its offsets); anything else is reported by fact id and the file is left alone.
 */
type Sentence = { source: string; quote: string; start?: number; end?: number; value?: string };
type Fact = { id: string; sentences: Sentence[] };

const out = join(INDEX_PATHS.seeds, FACTS_FILE);
const input = process.argv[2] ?? out;
// The articles alone: the facts' offsets are what this fixes, so they cannot be checked first.
const articles = loadArticles(INDEX_PATHS.seeds);
const texts = new Map(articles.map((a) => [a.id, a.text]));
const facts = JSON.parse(readFileSync(input, "utf8")) as Fact[];
const problems: string[] = [];
for (const fact of facts) {
  fact.sentences = fact.sentences.map((s, i) => {
    const text = texts.get(s.source) ?? "";
    if (s.start !== undefined && text.slice(s.start, s.end) === s.quote) return s;
    const at = text.indexOf(s.quote);
    if (at < 0 || text.indexOf(s.quote, at + 1) >= 0) {
      problems.push(`${fact.id} sentences.${i}: the quote occurs ${at < 0 ? "nowhere" : "more than once"} in source ${s.source}`);
      return s;
    }
    const { source, quote, value } = s;
    return { source, start: at, end: at + quote.length, quote, ...(value ? { value } : {}) };
  });
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
writeFileSync(out, `${JSON.stringify(facts, null, 2)}\n`);
const count = loadFacts(INDEX_PATHS.seeds, articles).length;
console.log(`${out}: ${count} facts anchored`);
