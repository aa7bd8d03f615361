import type { Answer, Citation } from "../answer/answer-schema.js";
import type { SourceSummary, TimelineEvent } from "../answer/timeline.js";
import { formatDate } from "../index/dates.js";

/** "— The Cyber Express, July 15, 2024" (no date shown where none is known). */
export function attribution(c: Pick<Citation, "publisher" | "published">): string {
  return `— ${c.publisher}${c.published ? `, ${formatDate(c.published)}` : ""}`;
}

/** A terminal rendering of an Answer: the answer, how a follow-up was read, each quote with its source, date and link, then what to ask next. */
export function renderText(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.readAs) lines.push(`  (read as: “${answer.readAs}”)`);
  const sourcesTotal = new Set(answer.citations.filter((c) => c.role !== "related").map((c) => c.sourceId)).size;
  for (const [i, c] of answer.citations.entries()) {
    const label = c.role === "related" ? "Related (does not answer): " : c.role === "support" && i > 0 ? "Also reported: " : "";
    lines.push("", `  ${label}${quoted(c.quote)}`, `  ${attribution(c)}${c.url ? `  ${c.url}` : ""}`);
  }
  if (answer.status === "answered" && sourcesTotal > 1) lines.push("", `Reported by ${sourcesTotal} sources.`);
  if (answer.suggestions?.length) lines.push("", "Ask next:", ...answer.suggestions.map((q) => `  • ${q}`));
  return lines.join("\n");
}

/**
 * A quote in curly quotation marks. A quote that is itself one whole quotation keeps a single
 * pair; any other quotation marks stay where the source has them, so an inner quotation that
 * closes at the end ("…stating, "purchase unavailable for U.S. customers."") stays balanced.
 */
export function quoted(quote: string): string {
  const whole = /^[“"][^“”"]*[”"]$/.test(quote);
  return `“${whole ? quote.slice(1, -1) : quote}”`;
}

export function renderTimelineText(events: TimelineEvent[]): string {
  return events
    .map(({ iso, citations: [first, ...rest] }) => {
      const also = rest.length ? ` (also ${rest.map((c) => c.publisher).join(", ")})` : "";
      return `${formatDate(iso)}\n  ${quoted(first.quote)}\n  ${attribution(first)}${also}`;
    })
    .join("\n\n");
}

export function renderSourcesText(list: SourceSummary[]): string {
  return list
    .map((s) => `${s.id}  ${s.publisher}, ${s.published ? formatDate(s.published) : "date unknown"}\n     ${s.title}${s.url ? `\n     ${s.url}` : ""}`)
    .join("\n");
}
