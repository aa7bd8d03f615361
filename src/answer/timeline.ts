import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Citation } from "./answer-schema.js";
import { citationOf } from "./citation.js";

/** One date on the timeline, with the passages that mention it (one per source, best source first). */
export type TimelineEvent = { iso: string; citations: Citation[] };

/** Sources known to the day first: their event dates are the most certain. */
function sourceOrder(index: KnowledgeIndex, id: string): number {
  return -(index.source(id).published?.length ?? 0);
}

/** The dated events across the corpus, in order ("2017" before "2024-06" before "2024-06-20"). */
export function timeline(index: KnowledgeIndex, options: { perEvent?: number } = {}): TimelineEvent[] {
  const perEvent = options.perEvent ?? 3;
  const byDate = new Map<string, Map<string, number>>();
  for (const passage of index.passages) {
    for (const date of passage.dates) {
      const sources = byDate.get(date.iso) ?? new Map<string, number>();
      // The first passage of each source is kept: articles state an event before they discuss it.
      if (!sources.has(passage.sourceId)) sources.set(passage.sourceId, passage.id);
      byDate.set(date.iso, sources);
    }
  }
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([iso, sources]) => ({
      iso,
      citations: [...sources]
        .sort(([a], [b]) => sourceOrder(index, a) - sourceOrder(index, b) || a.localeCompare(b))
        .slice(0, perEvent)
        .map(([, id]) => citationOf(index, index.passage(id), "answer")),
    }));
}

export type SourceSummary = {
  id: string;
  publisher: string;
  title: string;
  author: string | null;
  url: string | null;
  published: string | null;
};

/** What the bot answers from: each article with its publisher, title, date and link. */
export function sources(index: KnowledgeIndex): SourceSummary[] {
  return [...index.sources.values()].map(({ id, publisher, title, author, url, published }) => ({
    id,
    publisher,
    title,
    author,
    url,
    published,
  }));
}
