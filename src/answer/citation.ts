import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Passage } from "../index/passages.js";
import type { Citation } from "./answer-schema.js";

/** A passage as a citation: the sentence verbatim, where it stands, and what is known of its source. */
export function citationOf(index: KnowledgeIndex, passage: Passage, role: Citation["role"]): Citation {
  const source = index.source(passage.sourceId);
  return {
    sourceId: source.id,
    title: source.title,
    publisher: source.publisher,
    author: source.author,
    url: source.url,
    published: source.published,
    quote: passage.text,
    start: passage.start,
    end: passage.end,
    dates: passage.dates.map(({ text, iso }) => ({ text, iso })),
    role,
  };
}
