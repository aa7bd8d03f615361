import type { KnowledgeIndex } from "../index/knowledge-index.js";
import { tokenize } from "../index/tokenize.js";

/**
 * Questions may name the article they mean: "per the UBJ piece", "what does NewsBytes say about…".
 * A publisher is named by the words of its name ("The Cyber Express" → "cyber express", without
 * "the", or run together: "cyberexpress") or of its web address ("btimesonline.com" → "btimesonline"), as listed in
 * sources.json.
 */
export type NamedSources = {
  /** Sources the question names; empty when it names none. */
  sourceIds: string[];
  /** The question's words that name them, left out of the search: no article says its own name. */
  words: ReadonlySet<string>;
};

/** Words that only point at an article once one is named ("the UBJ piece"). */
const ARTICLE_WORDS = ["article", "articles", "piece", "story", "writeup", "coverage", "according", "per"];

const ALIASES = new WeakMap<KnowledgeIndex, { sourceId: string; words: string[] }[]>();

function aliasesOf(index: KnowledgeIndex): { sourceId: string; words: string[] }[] {
  let aliases = ALIASES.get(index);
  if (!aliases) {
    aliases = [];
    for (const source of index.sources.values()) {
      const [name, domain] = [
        source.publisher.replace(/\s*\(.*\)$/, ""),
        source.publisher.match(/\(([^)]+)\)/)?.[1] ?? source.url?.replace(/^https?:\/\/(www\.)?/, "").split("/")[0],
      ];
      for (const text of [name, domain?.replace(/\.[a-z]+$/i, "")]) {
        const words = tokenize(text ?? "").filter((w) => w !== "the" && w !== "com");
        if (words.length > 0) aliases.push({ sourceId: source.id, words });
        // "what did cyberexpress report?": a name of several words is as often typed as one.
        if (words.length > 1) aliases.push({ sourceId: source.id, words: [words.join("")] });
      }
    }
    ALIASES.set(index, aliases);
  }
  return aliases;
}

export function namedSources(words: readonly string[], index: KnowledgeIndex): NamedSources {
  const sourceIds = new Set<string>();
  const named = new Set<string>();
  for (const alias of aliasesOf(index)) {
    if (!containsRun(words, alias.words)) continue;
    sourceIds.add(alias.sourceId);
    for (const w of alias.words) named.add(w);
  }
  if (sourceIds.size > 0) for (const w of ARTICLE_WORDS) named.add(w);
  return { sourceIds: [...sourceIds], words: named };
}

/** Do the words hold `run` in order, side by side? (Plain loops: a callback per position made garbage for every question.) */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    let j = 0;
    while (j < run.length && words[i + j] === run[j]) j++;
    if (j === run.length) return true;
  }
  return false;
}
