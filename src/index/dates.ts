import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";
import { WORD_NUMBERS } from "./word-numbers.js";

/**
 * chrono-node, loaded when the index is built: a start that loads the index from its snapshot
 * needs no date parsing, and should not wait for chrono to load (its CommonJS build, so that
 * extractDates stays synchronous).
 */
const chrono = (): typeof Chrono => (loadedChrono ??= createRequire(import.meta.url)("chrono-node") as typeof Chrono);
let loadedChrono: typeof Chrono | undefined;

/** A date mentioned in a passage, resolved against the article's own date. */
export type MentionedDate = {
  /** The words in the passage, verbatim ("September 29", "last month", "30 days after … June 20"). */
  text: string;
  /** "2024-09-29" when the day is known, "2024-06" when only the month is, "2017" for a year. */
  iso: string;
  /** Offsets into the passage text. */
  start: number;
  end: number;
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A chrono result is kept only when it names a calendar unit. chrono also reads durations
 * ("30 days after" → today + 30) and clock times as dates; those are not dates of events.
 */
const NAMES_A_DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(last|next|this|previous|past) (month|year)\b/i;

/** "30 days after", "two weeks before": an offset applied to the next date in the sentence. */
const OFFSET = new RegExp(`\\b(\\d{1,3}|${Object.keys(WORD_NUMBERS).join("|")})\\s+(day|week|month)s?\\s+(after|from|following|before)\\b`, "gi");

/** How far an offset may stand from the date it is counted from ("30 days after the initial announcement on June 20"). */
const OFFSET_REACH = 60;

/**
 * Dates mentioned in `text`, resolved against `published` ("2024-07-15", "2024-07" or "2024").
 * A weekday alone ("on Monday") resolves only when the article's day is known.
 */
export function extractDates(text: string, published: string | null): MentionedDate[] {
  const reference = referenceInstant(published);
  const dayKnown = published?.length === 10;
  const found: MentionedDate[] = [];

  // chrono is the slow step of indexing; most sentences name no date, so ask it only when one might.
  if (reference && NAMES_A_DATE.test(text)) {
    const results = chrono().parse(text, { instant: reference, timezone: "UTC" }, { forwardDate: false });
    for (const result of results) {
      if (!NAMES_A_DATE.test(result.text)) continue;
      const iso = isoOf(result.start, dayKnown);
      if (iso)
        found.push({ text: result.text.replace(/[,\s]+$/, ""), iso, start: result.index, end: result.index + result.text.replace(/[,\s]+$/, "").length });
    }
  }

  for (const match of text.matchAll(/\b(1[89]\d\d|20\d\d)\b(?!\s*%)/g)) {
    const start = match.index;
    if (found.some((d) => start >= d.start && start < d.end)) continue;
    found.push({ text: match[0], iso: match[0], start, end: start + match[0].length });
  }

  for (const match of text.matchAll(OFFSET)) {
    const anchor = found.filter((d) => d.iso.length === 10 && d.start >= match.index + match[0].length).sort((a, b) => a.start - b.start)[0];
    if (!anchor || anchor.start - (match.index + match[0].length) > OFFSET_REACH) continue;
    const amount = Number(match[1]) || WORD_NUMBERS[match[1].toLowerCase()];
    const sign = match[3].toLowerCase() === "before" ? -1 : 1;
    found.push({
      text: text.slice(match.index, anchor.end),
      iso: shift(anchor.iso, sign * amount, match[2].toLowerCase() as "day" | "week" | "month"),
      start: match.index,
      end: anchor.end,
    });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

function referenceInstant(published: string | null): Date | null {
  if (!published) return null;
  const [y, m = "01", d = "01"] = published.split("-");
  // Noon UTC keeps the reference on the same calendar day in any time zone chrono might assume.
  return new Date(`${y}-${m}-${d}T12:00:00Z`);
}

function isoOf(component: Chrono.ParsedComponents, dayKnown: boolean): string | null {
  const date = component.date();
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  if (component.isCertain("day")) return `${y}-${m}-${d}`;
  if (component.isCertain("weekday")) return dayKnown ? `${y}-${m}-${d}` : null;
  if (component.isCertain("month")) return `${y}-${m}`;
  return null;
}

function shift(iso: string, amount: number, unit: "day" | "week" | "month"): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (unit === "month") date.setUTCMonth(date.getUTCMonth() + amount);
  else date.setUTCDate(date.getUTCDate() + amount * (unit === "week" ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

/** "2024-07-15" → "July 15, 2024"; "2024-07" → "July 2024"; "2024" → "2024". Never more precise than known. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/** Compatible dates: equal, or one is the other at a coarser precision ("2024-06" and "2024-06-20"). */
export function datesAgree(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The years written in a text as four digits ("September 29, 2024" → 2024). */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
}
