import type { Article } from "./corpus.js";
import { extractDates, type MentionedDate } from "./dates.js";
import { classifyLines, type LineKind } from "./line-kinds.js";
import { splitSentences } from "./sentences.js";
import { termOffsets, termsOf, type TermOffset } from "./tokenize.js";

/** One sentence of an article, with its exact place in the file. */
export type Passage = {
  /** Position in the index's passage list. */
  id: number;
  sourceId: string;
  /** `article.text.slice(start, end) === text`, always. */
  start: number;
  end: number;
  text: string;
  /** Only "prose" passages are indexed and quoted; the rest serve as context. */
  kind: LineKind;
  /** Dates in `text`, offsets relative to `text`. */
  dates: MentionedDate[];
  /** The index terms of `text` with their offsets, worked out once here rather than per question. */
  terms: TermOffset[];
  /** The distinct index terms of the sentence or heading just before, which often names what this one is about. */
  contextTerms: string[];
};

export function passagesOf(article: Article, firstId = 0): Passage[] {
  const lines = article.text.split("\n");
  const kinds = classifyLines(lines, article.title);
  const passages: Passage[] = [];
  let lineStart = 0;
  let previousText = "";
  lines.forEach((line, i) => {
    const kind = kinds[i];
    const spans = kind === "prose" ? splitSentences(line) : kind === "blank" ? [] : [{ start: 0, end: line.length }];
    for (const span of spans) {
      const start = lineStart + span.start;
      const end = lineStart + span.end;
      const text = article.text.slice(start, end);
      if (kind === "prose") {
        passages.push({
          id: firstId + passages.length,
          sourceId: article.id,
          start,
          end,
          text,
          kind,
          dates: extractDates(text, article.published),
          terms: termOffsets(text),
          contextTerms: [...new Set(termsOf(previousText))],
        });
      }
      // Page furniture never becomes context: it would lend its words to the next sentence.
      if (kind === "prose" || kind === "heading") previousText = text.trim();
    }
    // A paragraph that ends by leading in to a quotation ("Its future remains uncertain … However
    // Kaspersky told The Cyber Express:") is what the quotation answers: all of it is context.
    if (kind === "prose" && line.trimEnd().endsWith(":")) previousText = line.trim();
    lineStart += line.length + 1;
  });
  return passages;
}
