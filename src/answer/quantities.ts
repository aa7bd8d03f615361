import { termsOf } from "../index/tokenize.js";
import { WORD_NUMBERS } from "../index/word-numbers.js";
import questionWords from "./question-words.json" with { type: "json" };

/** A number in a sentence with what it counts: "over 400 million users", "nearly two decades", "roughly 10%". */
export type Quantity = {
  text: string;
  start: number;
  end: number;
  kind: "count" | "percent" | "duration";
  /** Counts and percents as numbers; durations in years. */
  value: number;
  /** The range the words allow: "nearly 20" is just under 20, "over 20" just above. */
  low: number;
  high: number;
  /** The words after the number ("corporate clients"), lower-case, for matching what was asked. */
  unit: string[];
  /** Index terms of `unit`, and of the whole `text`. */
  unitTerms: string[];
  terms: string[];
  /** How the number is qualified ("less than", "nearly"), lower-case; "" when it is not. */
  qualifier: string;
};

/** Words that speak of a count even without giving one ("the exact number … has not been disclosed"). */
export const COUNT_WORDS = /\b(number|numbers|count|figure|figures|how many|how much|amount|total|tally)\b/i;

const QUALIFIER =
  "nearly|almost|close to|just under|about|around|approximately|roughly|some|only about|just over|over|more than|less than|fewer than|under|at least|up to|upwards of";
/** "a", "an" count one where a noun follows ("a month"). */
const WORD_NUMBER: Readonly<Record<string, number>> = { a: 1, an: 1, ...WORD_NUMBERS };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const YEARS_PER: Record<string, number> = { decade: 10, year: 1, month: 1 / 12, week: 1 / 52, day: 1 / 365 };
/** A span of time put without a number: "years of tension", "for decades". */
const UNCOUNTED_SPAN = new RegExp(`\\b(?:${Object.keys(YEARS_PER).join("|")})s\\b`, "i");

/** Whether `text` says how long something lasted: a duration ("nearly two decades") or a span put without a number ("years of tension"). */
export function saysHowLong(text: string): boolean {
  return extractQuantities(text).some((q) => q.kind === "duration") || UNCOUNTED_SPAN.test(text);
}

/** Nouns that count people ("2000 employees"): after a number that could be a year, they make it a count (question-words.json). */
export const PEOPLE_NOUNS: readonly string[] = [...questionWords.people, "staff"];
const PEOPLE: ReadonlySet<string> = new Set(PEOPLE_NOUNS);

const STOP_UNIT = new Set([
  "and",
  "or",
  "of",
  "in",
  "to",
  "the",
  "a",
  "an",
  "for",
  "with",
  "at",
  "by",
  "from",
  "on",
  "as",
  "that",
  "than",
  "who",
  "which",
  "after",
  "before",
  "ago",
  "around",
  "across",
  "within",
  "into",
  "over",
  "under",
  "about",
  "per",
  "each",
  "while",
  "were",
  "was",
  "are",
  "is",
  "will",
  "have",
  "had",
  "has",
]);

const PATTERN = new RegExp(
  `\\b(?:(${QUALIFIER})\\s+)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${Object.keys(WORD_NUMBER).join("|")})\\b` +
    `(?:\\s+(${Object.keys(SCALE).join("|")})\\b)?(\\s*%|\\s+percent\\b)?((?:\\s+[\\p{Ll}-]+){0,2})`,
  "giu",
);

/** Quantities in `text`, skipping numbers inside the given spans (dates). */
export function extractQuantities(text: string, skip: { start: number; end: number }[] = []): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(PATTERN)) {
    const [, qualifier, numberWord, scaleWord, percentSign, tail] = match;
    const numberStart = match.index + match[0].indexOf(numberWord, qualifier ? qualifier.length : 0);
    if (skip.some((s) => numberStart >= s.start && numberStart < s.end)) continue;
    const word = numberWord.toLowerCase();
    const isDigits = /^\d/.test(word);
    if (isDigits && text[numberStart - 1] && /[\p{L}\d]/u.test(text[numberStart - 1])) continue;

    const unit: string[] = [];
    for (const w of tail.trim().split(/\s+/).filter(Boolean)) {
      if (STOP_UNIT.has(w.toLowerCase())) break;
      unit.push(w.toLowerCase());
    }
    const timeUnit = unit[0]?.replace(/s$/, "");
    const kind = percentSign ? "percent" : timeUnit && timeUnit in YEARS_PER ? "duration" : "count";
    // "a", "one of", "two of them": word numbers count only when they count something.
    if (!isDigits && kind !== "duration" && (unit.length === 0 || word === "a" || word === "an")) continue;

    // "In 2017 the US government…", "before the 2017 ban": a year, not a count; "2000 employees" counts people.
    if (kind === "count" && !scaleWord && /^(19|20)\d\d$/.test(word) && !PEOPLE.has(unit[0] ?? "")) continue;
    const base = isDigits ? Number(word.replace(/,/g, "")) : WORD_NUMBER[word];
    const scaled = base * (scaleWord ? SCALE[scaleWord.toLowerCase()] : 1);
    const value = kind === "duration" ? scaled * YEARS_PER[timeUnit!] : scaled;
    const [low, high] = rangeOf(value, qualifier?.toLowerCase());

    let end = match.index + match[0].length - tail.length;
    if (kind === "percent") end += text.slice(end).match(/^\s+of\s+(?:(?:their|its|the|all|global|total|annual)\s+)*[\p{L}-]+/u)?.[0].length ?? 0;
    else if (unit.length > 0) end += tail.indexOf(unit.at(-1)!) + unit.at(-1)!.length;
    const start = match.index;
    const units = kind === "duration" ? [timeUnit!] : unit;
    const phrase = text.slice(start, end);
    found.push({
      text: phrase,
      start,
      end,
      kind,
      value,
      low,
      high,
      unit: units,
      unitTerms: units.flatMap(termsOf),
      terms: termsOf(phrase),
      qualifier: qualifier?.toLowerCase() ?? "",
    });
  }
  // "Millions of endpoints": a count the articles give only by its order, from two of it to a thousand.
  for (const match of text.matchAll(VAGUE)) {
    if (skip.some((s) => match.index >= s.start && match.index < s.end) || found.some((q) => match.index < q.end && q.start < match.index + match[0].length))
      continue;
    const scale = SCALE[match[1].toLowerCase().replace(/s$/, "")];
    const unit = [match[2].toLowerCase()];
    const phrase = match[0];
    found.push({
      text: phrase,
      start: match.index,
      end: match.index + phrase.length,
      kind: "count",
      value: 2 * scale,
      low: 2 * scale,
      high: 1000 * scale,
      unit,
      unitTerms: unit.flatMap(termsOf),
      terms: termsOf(phrase),
      qualifier: "",
    });
  }
  return found;
}
const VAGUE = /\b(thousands|millions|billions) of ([\p{L}-]+)/giu;

function rangeOf(value: number, qualifier: string | undefined): [number, number] {
  switch (qualifier) {
    case "nearly":
    case "almost":
    case "close to":
    case "just under":
      return [value * 0.8, value * 0.999];
    case "about":
    case "around":
    case "approximately":
    case "roughly":
    case "some":
    case "only about":
      return [value * 0.9, value * 1.1];
    case "less than":
    case "fewer than":
    case "under":
      return [0, value * 0.999];
    case "up to":
      return [0, value];
    case "over":
    case "more than":
    case "just over":
    case "upwards of":
      return [value * 1.001, Infinity];
    case "at least":
      return [value, Infinity];
    default:
      return [value, value];
  }
}

/** Do two quantities count the same thing? Either names no unit, or they share a unit word ("clients"). */
export function sameUnit(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== "count" || a.unit.length === 0 || b.unit.length === 0) return true;
  return b.unitTerms.some((t) => a.unitTerms.includes(t));
}

/** Two quantities of the same thing agree when the ranges their words allow overlap: "over 400 million" and "more than 400 million" do. */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  return sameUnit(a, b) && a.low <= b.high && b.low <= a.high;
}
