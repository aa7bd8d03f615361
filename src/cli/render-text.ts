import type { Answer, Citation } from "../answer/answer-schema.js";
import type { SourceSummary, TimelineEvent } from "../answer/timeline.js";
import { formatDate } from "../index/dates.js";

/** "— The Cyber Express, July 15, 2024" (no date shown where none is known). */
export function attribution(c: Pick<Citation, "publisher" | "published">): string {
  return `— ${c.publisher}${c.published ? `, ${formatDate(c.published)}` : ""}`;
}

/** A terminal rendering of an Answer: the answer, then each quote with its source, date and link. */
export function renderText(answer: Answer): string {
  const lines = [answer.answer];
  const sourcesTotal = new Set(answer.citations.filter((c) => c.role !== "related").map((c) => c.sourceId)).size;
  for (const [i, c] of answer.citations.entries()) {
    const label = c.role === "related" ? "Related (does not answer): " : c.role === "support" && i > 0 ? "Also reported: " : "";
    lines.push("", `  ${label}“${c.quote.replace(/^[“"]|[”"]$/g, "")}”`, `  ${attribution(c)}${c.url ? `  ${c.url}` : ""}`);
  }
  if (answer.status === "answered" && sourcesTotal > 1) lines.push("", `Reported by ${sourcesTotal} sources.`);
  return lines.join("\n");
}

export function renderTimelineText(events: TimelineEvent[]): string {
  return events
    .map(({ iso, citations: [first, ...rest] }) => {
      const also = rest.length ? ` (also ${rest.map((c) => c.publisher).join(", ")})` : "";
      return `${formatDate(iso)}\n  “${first.quote}”\n  ${attribution(first)}${also}`;
    })
    .join("\n\n");
}

export function renderSourcesText(list: SourceSummary[]): string {
  return list
    .map((s) => `${s.id}  ${s.publisher}, ${s.published ? formatDate(s.published) : "date unknown"}\n     ${s.title}${s.url ? `\n     ${s.url}` : ""}`)
    .join("\n");
}
