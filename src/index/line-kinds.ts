/**
 * Which lines of an article are prose that may be quoted as an answer. Articles arrive as scraped
 * text, with headlines, captions, bylines, share buttons and editors' notes mixed into the prose.
 * These rules describe such lines in general (no punctuation at the end, repeated text, calls to
 * action), so a new article needs no list of its own.
 */
export type LineKind = "prose" | "heading" | "repeat" | "boilerplate" | "note" | "blank";

/**
 * Prose ends a sentence: ".", "!" or "?", perhaps followed by closing quotes or brackets, or a
 * colon that leads in to a quotation ("However Kaspersky told The Cyber Express:"): such a line
 * is a sentence, often the end of a whole paragraph, and says who was told. Headings don't end with
 * a colon; label lines that do ("Reading Time: 4 mins read") have text after it.
 */
const ENDS_LIKE_PROSE = /(?:[.!?…]["'”’)\]]*|:)$/;

/** Page furniture. Share buttons are often glued to the byline ("2024Share on LinkedIn"), so no word boundary there. */
const BOILERPLATE =
  /\b(follow (us|on)|subscribe|sign up|click here|read more|reading time|mobile version|all rights reserved|advertisement|cookie|newsletter)\b|share on (linkedin|twitter|facebook|x|whatsapp|reddit|email)/i;

/** Editors' notes about the article itself, not about the news. */
const EDITOR_NOTE = /^\s*[*•†]?\s*(update[ds]?|editor'?s note|correction|clarification)\b/i;

export function classifyLines(lines: string[], title: string): LineKind[] {
  const normalizedTitle = normalizeLine(title);
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = normalizeLine(line);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return lines.map((line) => {
    const text = line.trim();
    if (!text) return "blank";
    const key = normalizeLine(text);
    if (EDITOR_NOTE.test(text)) return "note";
    if (BOILERPLATE.test(text)) return "boilerplate";
    if (key === normalizedTitle || (counts.get(key) ?? 0) > 1) return "repeat";
    if (!ENDS_LIKE_PROSE.test(text)) return "heading";
    return "prose";
  });
}

/** Folds case, quotes and a trailing caption counter ("… offices. 5") so repeats compare equal. */
function normalizeLine(line: string): string {
  return line
    .trim()
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+\d{1,3}$/, "")
    .replace(/\s+/g, " ");
}
