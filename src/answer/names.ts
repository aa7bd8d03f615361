import { termsOf } from "../index/tokenize.js";
import { vectorRow } from "../index/word-vectors.js";
import { isNameWord } from "./entities.js";

/** A proper name in a sentence: a person ("Commerce Secretary Gina Raimondo") or an organisation ("CNN"). */
export type Name = {
  text: string;
  start: number;
  end: number;
  person: boolean;
  place: boolean;
  /** Index terms of `text`. */
  terms: string[];
};

const TITLES = new Set([
  "Secretary",
  "President",
  "Senator",
  "Minister",
  "Director",
  "Chairman",
  "Chair",
  "CEO",
  "Judge",
  "Governor",
  "Commissioner",
  "Ambassador",
  "Spokesperson",
  "Spokesman",
  "Founder",
]);
/** Whether a word is a title written before a person's name ("President", "Secretary"). */
export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

const ORG_WORDS = new Set(
  (
    "Department Office Lab Labs Laboratory Administration Government Commerce Treasury Security Homeland Control Express " +
    "Agency Bureau Inc Corp Company Committee Council House Senate Congress Court Register News Times Post Journal " +
    "Assets Foreign Federal Commission Group Ministry Service Services Union Bank Association Institute"
  ).split(" "),
);
/** Words any organisation may have; they don't tell one from another. */
const GENERIC_ORG_WORDS = new Set(
  (
    "Department Office Lab Labs Laboratory Administration Government Agency Bureau Inc Corp Company Committee Council " +
    "Commission Group Ministry Service Services Union Association Institute"
  ).split(" "),
);
const PLACES = new Set(
  (
    "US U.S. USA America American Americans United States Russia Russian Moscow Israel China Chinese Europe European " +
    "Washington Kremlin UK Britain British Ukraine"
  ).split(" "),
);
/** The countries and regions among PLACES (the rest are cities and seats of government): "what city" wants neither. */
const COUNTRIES = new Set(
  "US U.S. USA America American Americans United States Russia Russian Israel China Chinese Europe European UK Britain British Ukraine".split(" "),
);
const NOT_NAMES = new Set(
  (
    "The This That These Those It Its In On At As A An But And Or So However Meanwhile He She They We I You There Their " +
    "After Before While When Despite Although Since If For Prior Reports Officials Security Stakeholders Looking " +
    "January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
  ).split(" "),
);

/** A capitalised word, an acronym, or "U.S.". */
const WORD = /U\.S\.|[A-Z][\p{L}'’.-]*[\p{L}]|[A-Z]{2,}/uy;

/**
 * Runs of capitalised words, joined by "of"/"for" ("Office of Foreign Assets Control"). A run that
 * opens the sentence counts only from two words on, since every sentence starts with a capital.
 */
export function extractNames(text: string): Name[] {
  const names: Name[] = [];
  let i = 0;
  while (i < text.length) {
    WORD.lastIndex = i;
    const first = WORD.exec(text);
    if (!first || !(i === 0 || /[\s("“‘—-]/.test(text[i - 1]))) {
      i = nextWordStart(text, i);
      continue;
    }
    const tokens: Token[] = [{ word: first[0], start: i, end: i + first[0].length }];
    for (;;) {
      const from = tokens.at(-1)!.end;
      const gap = /^(\s+(?:of|for|and)\s+|\s+)/.exec(text.slice(from));
      if (!gap) break;
      WORD.lastIndex = from + gap[0].length;
      const next = WORD.exec(text);
      if (!next) break;
      const connector = gap[0].trim();
      if (connector) tokens.push({ word: connector, start: from + gap[0].indexOf(connector), end: from + gap[0].indexOf(connector) + connector.length });
      tokens.push({ word: next[0], start: next.index, end: next.index + next[0].length });
    }
    i = tokens.at(-1)!.end;
    const atSentenceStart = /^[\s“"(]*$/.test(text.slice(0, tokens[0].start));
    // Opening common words and dangling connectors are not part of the name.
    while (tokens.length && (NOT_NAMES.has(tokens[0].word) || CONNECTOR.test(tokens[0].word))) tokens.shift();
    while (tokens.length && CONNECTOR.test(tokens.at(-1)!.word)) tokens.pop();
    if (tokens.length === 0 || (atSentenceStart && tokens.length === 1 && tokens[0].start === 0)) continue;

    const start = tokens[0].start;
    const end = tokens.at(-1)!.end - (tokens.at(-1)!.word.match(/['’]s$/)?.[0].length ?? 0);
    const words = tokens.flatMap((t) => t.word.replace(/['’]s$/, "").split("-")).filter((w) => /^\p{Lu}|^U\.S\.$/u.test(w));
    const hasTitle = words.some((w) => TITLES.has(w));
    const plain = words.filter((w) => !TITLES.has(w) && !ORG_WORDS.has(w) && !PLACES.has(w));
    // Two or three plain words are a person's name when one of them is a name or no common word: "Gina Raimondo",
    // not "Final Determination", whose words any English text uses.
    const person =
      (hasTitle && plain.length >= 1) ||
      (words.length >= 2 &&
        words.length <= 3 &&
        plain.length === words.length &&
        !words.some((w) => /^[A-Z]{2,}$/.test(w)) &&
        words.some((w) => isNameWord(w) || vectorRow(w.toLowerCase()) < 0));
    const nameText = text.slice(start, end);
    names.push({ text: nameText, start, end, person, place: words.every((w) => PLACES.has(w)), terms: termsOf(nameText) });
  }
  return names;
}

type Token = { word: string; start: number; end: number };
const CONNECTOR = /^(of|for|and)$/;

function nextWordStart(text: string, i: number): number {
  const m = /[\s("“‘—-]+/g;
  m.lastIndex = i + 1;
  const found = m.exec(text);
  return found ? found.index + found[0].length : text.length;
}

/** The words that single a name out: "Commerce" in "Department of Commerce", not "Department". */
export function distinctiveWords(name: Name): string[] {
  return (name.text.match(/[\p{L}]+/gu) ?? []).filter(
    (w) => /^\p{Lu}/u.test(w) && w.length > 1 && !GENERIC_ORG_WORDS.has(w) && !TITLES.has(w) && !PLACES.has(w) && !NOT_NAMES.has(w),
  );
}

const PLACE_TERMS: ReadonlySet<string> = new Set([...PLACES].flatMap(termsOf));

/** Is an index term a place the corpus knows ("us", "russia")? */
export function isPlaceTerm(term: string): boolean {
  return PLACE_TERMS.has(term);
}

/**
 * A name that stands for a place: a known place, or a single plain name after "in"/"from" or
 * before "-based"/"-headquartered" ("Founded in Moscow", "Moscow-headquartered").
 */
export function placeLike(name: Name, sentence: string): boolean {
  if (name.place) return true;
  if (name.person || /\s/.test(name.text.trim()) || ORG_WORDS.has(name.text)) return false;
  const before = sentence.slice(Math.max(0, name.start - 6), name.start);
  return /\b(in|from|near)\s$/i.test(before) || /^-(based|headquartered)\b/i.test(sentence.slice(name.end));
}

/** A country or region ("Russia-based", "the U.S."), not a city. */
export function isCountry(name: Name): boolean {
  const words = name.text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length > 0 && words.every((w) => COUNTRIES.has(w));
}
