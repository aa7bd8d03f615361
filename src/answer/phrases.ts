import { termsOf, type TermOffset } from "../index/tokenize.js";

/** A piece of a sentence: `sentence.slice(start, end) === text`. */
export type Phrase = { text: string; start: number; end: number };

/** Items after "including", "such as" or "namely", up to the end of the enumeration. */
export function extractList(sentence: string): Phrase | null {
  const match = /\b(?:including|such as|namely|among them)\s+(.+?)(?=,\s*(?:among others|citing|as well as|which|who|while)\b|[.;:]\s|[.;:]?$|\s[—–]\s)/u.exec(
    sentence,
  );
  if (!match || !/,|\band\b/.test(match[1])) return null;
  const start = match.index + match[0].length - match[1].length;
  return { text: match[1], start, end: start + match[1].length };
}

/** Words in quotation marks inside a sentence: what someone said or wrote. */
export function extractQuotations(sentence: string): Phrase[] {
  const found: Phrase[] = [];
  for (const match of sentence.matchAll(/“([^“”]{4,})”|"([^"]{4,})"/g)) {
    const inner = match[1] ?? match[2];
    found.push({ text: inner, start: match.index + 1, end: match.index + 1 + inner.length });
  }
  return found;
}

/** Words that advise: "they strongly advise switching", "should closely monitor … and consider". */
const ADVICE = /\b(advise[sd]?|advice|recommend(?:s|ed)?|urge[sd]?|should|ought to|consider)\b/i;

/**
 * A sentence that gives advice, whole: the advice often follows a clause that belongs to it
 * ("While the U.S. government won’t penalize those continuing to use Kaspersky software, they
 * strongly advise switching…").
 */
export function extractAdvice(sentence: string): Phrase | null {
  if (!ADVICE.test(sentence)) return null;
  const text = sentence.trimEnd();
  return { text, start: 0, end: text.length };
}

// "rather than risk …" gives a motive; "based on"/"stemming from" give grounds.
const CAUSE =
  /\b(because(?: of)?|due to|owing to|citing|cited|over concerns?|amid|as the reason|concerns? (?:that|over|about)|fears? (?:that|of)|worries that|to protect|aimed at|rather than risk|based on|stemming from|rooted in)\b/gi;

/** "X raises concerns about Y": the concern is X's effect, not its cause. */
const EFFECT_BEFORE = /\b(raise[sd]?|raising|spark(?:s|ed)?|fuel(?:s|ed|led)?|prompt(?:s|ed)?)\s+$/i;

/** The clause giving a reason: "citing national security concerns". */
export function extractReason(sentence: string): Phrase | null {
  const match = [...sentence.matchAll(CAUSE)].find((m) => !EFFECT_BEFORE.test(sentence.slice(0, m.index)));
  if (!match) return null;
  const rest = sentence.slice(match.index);
  const stop = /[;.](?=\s|$)|,\s(?!(?:and|or)\b)|\s[—–]\s|—/u.exec(rest.slice(match[0].length));
  const length = stop ? match[0].length + stop.index : rest.length;
  const text = rest.slice(0, length).replace(/[\s,.;]+$/, "");
  if (text.split(/\s+/).length < 3) return null;
  return { text, start: match.index, end: match.index + text.length };
}

/**
 * The clauses of a sentence that carry the asked-about terms: the shortest run of clauses holding
 * the most question weight, so a long sentence yields a short answer.
 */
export function focusClause(sentence: string, terms: readonly TermOffset[], weights: ReadonlyMap<string, number>): Phrase {
  const bounds = [0];
  for (const m of sentence.matchAll(/[,;:]\s+|\s[—–]\s|—/g)) bounds.push(m.index + m[0].length);
  const clauses = bounds.map((start, i) => ({ start, end: i + 1 < bounds.length ? bounds[i + 1] : sentence.length }));
  const weightOf = (start: number, end: number) => {
    const seen = new Set<string>();
    let sum = 0;
    for (const [term, offset] of terms) {
      if (offset >= start && offset < end && !seen.has(term)) {
        seen.add(term);
        sum += weights.get(term) ?? 0;
      }
    }
    return sum;
  };
  const total = weightOf(0, sentence.length);
  let best = { start: 0, end: sentence.length };
  let bestLength = sentence.length;
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i; j < clauses.length; j++) {
      const start = clauses[i].start;
      const end = clauses[j].end;
      if (weightOf(start, end) >= total && end - start < bestLength && sentence.slice(start, end).split(/\s+/).length >= 5) {
        best = { start, end };
        bestLength = end - start;
      }
    }
  }
  const text = sentence.slice(best.start, best.end).replace(/[\s,;:—–-]+$/, "");
  return { text, start: best.start, end: best.start + text.length };
}

/** A phrase as a stand-alone answer line: capitalised, ends with a full stop, without a dangling "While"/"However". */
export function asAnswerLine(phrase: string): string {
  let text = withoutStrayQuotes(phrase.trim())
    .replace(/^(however|but|and|while|although|though|despite this|meanwhile|moreover|also|still|so),?\s+/i, "")
    .trim();
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?][”"’']*$/.test(text) ? text : `${text}.`;
}

/**
 * A phrase's quotation marks at either end that open or close nothing in it: cut from a sentence,
 * a phrase may keep one half of a pair. A pair the phrase holds whole stays ("…, “Russia has
 * shown…”", "…from \"foreign adversaries.\"").
 */
function withoutStrayQuotes(text: string): string {
  let result = text;
  for (;;) {
    const unpaired = unpairedMarks(result);
    if (unpaired.has(0)) result = result.slice(1).trimStart();
    else if (unpaired.has(result.length - 1)) result = result.slice(0, -1).trimEnd();
    else return result;
  }
}

/**
 * Where `text`'s quotation marks that open or close nothing are, pairing them left to right. A
 * straight mark opens after a space or at the start and closes elsewhere; an apostrophe is not a
 * mark: between letters ("Kaspersky’s"), before a digit ("'90s"), or after a plural's "s" while no
 * single quotation is open ("its users' sake").
 */
function unpairedMarks(text: string): Set<number> {
  const open: Record<"double" | "single", number[]> = { double: [], single: [] };
  const unpaired = new Set<number>();
  const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const opensHere = (i: number) => i === 0 || /[\s([{]/.test(text[i - 1]);
  const close = (kind: "double" | "single", i: number) => {
    if (open[kind].length > 0) open[kind].pop();
    else unpaired.add(i);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "“") open.double.push(i);
    else if (c === "”") close("double", i);
    else if (c === '"') opensHere(i) ? open.double.push(i) : close("double", i);
    else if (c === "‘" || c === "’" || c === "'") {
      const apostrophe =
        (isLetter(text[i - 1]) && isLetter(text[i + 1])) || /\d/.test(text[i + 1] ?? "") || (text[i - 1] === "s" && open.single.length === 0 && c !== "‘");
      if (apostrophe) continue;
      if (c === "‘" || (c === "'" && opensHere(i))) open.single.push(i);
      else close("single", i);
    }
  }
  for (const i of [...open.double, ...open.single]) unpaired.add(i);
  return unpaired;
}

/** Phrases come from a fixed corpus and are compared on every question: their terms are worked out once. */
const PHRASE_TERMS = new Map<string, string[]>();
const MAX_CACHED_PHRASES = 10_000;

function phraseTerms(text: string): string[] {
  let terms = PHRASE_TERMS.get(text);
  if (!terms) {
    terms = termsOf(text);
    if (PHRASE_TERMS.size < MAX_CACHED_PHRASES) PHRASE_TERMS.set(text, terms);
  }
  return terms;
}

/** The items of an enumeration, each as its set of index terms ("chief legal officer" = "legal officer"). */
function itemsOf(list: string): string[] {
  return list
    .split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((item) => [...new Set(phraseTerms(item))].sort().join(" "))
    .filter(Boolean);
}

/**
 * Do two lists name the same items? `false` when they share an item but differ ("chief of human
 * resources" in one, "corporate communications chief" in the other): two accounts of one list.
 * `null` when they share none: then they are lists of different things.
 */
export function sameItems(a: string, b: string): boolean | null {
  const x = new Set(itemsOf(a));
  const y = new Set(itemsOf(b));
  const shared = [...x].filter((item) => y.has(item)).length;
  if (shared === 0) return null;
  return shared === x.size && shared === y.size;
}

/**
 * Do two quotations give the same words? Compared as index terms, so "U.S."/"US" and reported
 * speech ("our customers"/"its customers") do not count as a difference, and a part of a quotation
 * agrees with the whole. The shorter is the same statement as the longer when `sameStatementShare`
 * of its words are in it. `false` when they are one statement worded differently ("capability and
 * intent" vs "capacity and… intent"); `null` when they are different statements.
 */
export function sameWords(a: string, b: string, sameStatementShare: number): boolean | null {
  const [short, long] = [phraseTerms(a), phraseTerms(b)].sort((x, y) => x.length - y.length);
  if (short.length === 0) return null;
  if (` ${long.join(" ")} `.includes(` ${short.join(" ")} `)) return true;
  const words = new Set(long);
  const held = short.filter((t) => words.has(t)).length;
  return held / short.length >= sameStatementShare ? false : null;
}
