/** A sentence's place in its line: `line.slice(start, end)` with no surrounding white space. */
export type Span = { start: number; end: number };

// ICU's sentence rules (via Intl.Segmenter) handle most prose, including ellipses followed by a
// lower-case word; they break after abbreviations such as "U.S." or "p.m." when a capital follows
// ("U.S. Commerce Secretary"), and inside quotations ("Stop. Now."). The two fix-ups below cover that.
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Ends with an abbreviation: dotted initials ("U.S.", "p.m.") or a short title ("Dr."). */
const ENDS_WITH_ABBREVIATION =
  /(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)["'”’)]*\s*$/;

/** Words that usually open a new sentence, so "…in the U.S. The next…" still breaks. */
const SENTENCE_OPENERS = new Set(
  (
    "The This That These Those It Its In On At As A An But And Or So However Meanwhile He She They We I You " +
    "There Their After Before While When Despite Although Since If For"
  ).split(" "),
);

export function splitSentences(line: string): Span[] {
  const raw: Span[] = [];
  for (const { index, segment } of segmenter.segment(line)) {
    raw.push({ start: index, end: index + segment.length });
  }
  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged.at(-1);
    if (previous && shouldJoin(line.slice(previous.start, previous.end), line.slice(span.start, span.end))) {
      previous.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged.map((span) => trimSpan(line, span)).filter((span) => span.end > span.start);
}

function shouldJoin(previous: string, next: string): boolean {
  if (hasOpenQuotation(previous)) return true;
  if (!ENDS_WITH_ABBREVIATION.test(previous)) return false;
  const firstWord = next.trimStart().match(/^[\p{L}']+/u)?.[0] ?? "";
  return !SENTENCE_OPENERS.has(firstWord);
}

/** A quotation opened and not yet closed: the sentence goes on inside the quote. */
function hasOpenQuotation(text: string): boolean {
  const opened = (text.match(/“/g) ?? []).length;
  const closed = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opened > closed || straight % 2 === 1;
}

function trimSpan(line: string, { start, end }: Span): Span {
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return { start, end };
}
