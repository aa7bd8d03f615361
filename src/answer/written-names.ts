import { phraseAlternatives } from "../index/escape-reg-exp.js";
import { vectorRow } from "../index/word-vectors.js";
import { FILLER_WORDS, STOPWORDS } from "../index/stopwords.js";
import { isModifierWord, isPossessive, readsAsCommonNoun } from "./entities.js";
import questionWords from "./question-words.json" with { type: "json" };

export const WRITTEN_NAME_DEFAULTS = {
  /**
   * A capitalised word is read as a name only when English uses it more rarely than this rank of
   * the word vectors' frequency list (about 20,000 words are more common), in every form ("Macs"
   * is as common as "mac"). IT admins capitalise everyday words ("our Windows servers", "the Mac
   * fleet"), and the articles still answer those questions.
   */
  rareNameRank: 20_000,
} as const;

/** Words after which a capitalised word is the asker's setting or a common noun ("on Chromebook", "the Helpdesk"; question-words.json). */
const BEFORE_SETTINGS: ReadonlySet<string> = new Set([...questionWords.writtenNames.settings, ...questionWords.writtenNames.determiners]);

/** The kinds of product the story is about ("antivirus", "av"; question-words.json, writtenNames.productKinds). */
const PRODUCT_KINDS: ReadonlySet<string> = new Set(questionWords.writtenNames.productKinds);
/** A capitalised word with the offset it starts at. */
const CAPITALISED = /\p{Lu}[\p{L}\p{N}]+/gu;
/** What ends a sentence or clause before a word: the word after it is capitalised as any first word is. */
const SENTENCE_END = /(^|[.!?:;…\n]|[^\p{L}\p{N}\p{P}\s])\s*$/u;

/**
 * Words written as names that English rarely uses, lower-cased: "is Bitdefender a good
 * replacement?", "is Huawei under the same ban?"; words `known` to the corpus are not asked
 * about. Not a name here:
 * - a sentence's first word ("Sorry to bug you. Kindly tell me…"), capitalised as any first word is;
 * - a word compromise's lexicon knows as an adjective or adverb ("Kindly");
 * - the asker's own things, after a possessive ("our Chromebooks", "our Workstations");
 * - the asker's setting, after a preposition ("on Chromebook", "under Jamf", "per Gartner"), or
 *   a common noun written with a capital, after a determiner ("the Helpdesk");
 * - a part or product of a name, after a capitalised word ("Kaspersky Sandbox");
 * - a name in a clause that is the question's context ("…so we can plan our move to Webroot?");
 * - a word that modifies the common noun after it ("Ubuntu servers", "Sharepoint servers"; see readsAsCommonNoun), unless
 *   that noun is the kind of product the story is about ("Avast antivirus").
 */
export function rareWrittenNames(text: string, known: (word: string) => boolean, options = WRITTEN_NAME_DEFAULTS): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(CAPITALISED)) {
    const word = match[0].toLowerCase();
    const before = text.slice(0, match.index);
    // The cheap checks first: whether the corpus knows a word may mean a fuzzy search of its vocabulary.
    if (!writtenAsName(match[0], before) || !isRare(word, options.rareNameRank) || isModifierWord(word) || known(word)) continue;
    const previous = /([\p{L}\p{N}]+)\s+$/u.exec(before);
    const previousWord = previous?.[1].toLowerCase() ?? "";
    if (previous && (isPossessive(previousWord) || BEFORE_SETTINGS.has(previousWord) || writtenAsName(previous[1], before.slice(0, previous.index)))) continue;
    const after = text.slice(match.index + match[0].length);
    // "Webroot-managed machines": the first part of a compound modifier.
    if (/^-\p{L}/u.test(after)) continue;
    const next = /^\s+([\p{L}\p{N}]+)/u.exec(after)?.[1];
    // …unless that noun is the kind of product the story is about: "Avast antivirus" names another such product.
    const nextWord = next?.toLowerCase() ?? "";
    if (next && !STOPWORDS.has(nextWord) && !FILLER_WORDS.has(nextWord) && !PRODUCT_KINDS.has(nextWord) && readsAsCommonNoun(next)) continue;
    if (inContextClause(before)) continue;
    found.add(word);
  }
  return found;
}

/**
 * Names written as a run of capitalised words inside a sentence that the articles never print ("was Kaspersky added
 * to the Entity List?", "is Windows Defender a good replacement?"), lower-cased: each word may be common English, the
 * run is a name. A possessive ends a run ("the Commerce Department's Entity List" holds two). Not a name:
 * - a run the articles print, in any case ("Final Determination", "foreign adversary");
 * - one with a word that is a name by itself, or one the articles print capitalised ("President Biden", "Kaspersky
 *   Security Center": the `named` callback says);
 * - the asker's own, or their setting ("our Security Team", "on Windows Server");
 * - one in a clause that is the question's context.
 */
export function writtenPhraseNames(text: string, printed: (phrase: string) => boolean, named: (word: string) => boolean): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    let before = text.slice(0, match.index);
    let words = match[0].split(/\s+/);
    // A sentence's first word is capitalised as any first word is.
    if (SENTENCE_END.test(before)) {
      before = `${before}${words[0]} `;
      words = words.slice(1);
    }
    for (const segment of possessiveSegments(words)) {
      const previous = /([\p{L}\p{N}]+)\s+$/u.exec(before)?.[1].toLowerCase() ?? "";
      before = `${before}${segment.join(" ")} `;
      // "Our Security Team": the possessive may be written with a capital too.
      const owned = isPossessive(previous) || SETTINGS.has(previous) || isPossessive(segment[0]);
      if (segment.length < 2 || owned || inContextClause(before)) continue;
      const plain = segment.map((w) => w.replace(/['’]s$/u, ""));
      if (plain.some((w) => named(w)) || printed(plain.join(" ").toLowerCase())) continue;
      found.add(plain.join(" ").toLowerCase());
    }
  }
  return found;
}
/**
 * Names written with a full stop inside them ("is Dr.Web banned too?"), lower-cased, that the articles never print: a
 * product's or a site's. Not an abbreviation of single letters ("U.S."), not two sentences typed without a space
 * ("banned.Can I", "thanks.when do…", "ok.so"), not one the `printed` callback knows (the articles' text, their
 * publishers: "ema.cam", the story's own names: "kaspersky.com"), and not where the asker read something ("on
 * theverge.com", "per reuters.com"): their setting, not what they ask about.
 */
export function dottedNames(text: string, printed: (name: string) => boolean): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(DOTTED_NAME)) {
    const [name, before, after] = match;
    // "banned.Can I…": a sentence's end and the next one's capital; "Dr.Web" is capitalised on both sides.
    const twoSentences = /^\p{Lu}/u.test(after) && !/^\p{Lu}/u.test(before);
    if (twoSentences || STOPWORDS.has(after.toLowerCase()) || READ_AT.test(text.slice(0, match.index))) continue;
    if (!printed(name.toLowerCase())) found.add(name.toLowerCase());
  }
  return found;
}
const DOTTED_NAME = /(?<![\p{L}\p{N}.])(\p{L}[\p{L}\p{N}]+)\.([\p{L}\p{N}]{2,})(?:\.[\p{L}\p{N}]{2,})*(?![\p{L}\p{N}])/gu;
/** Words before a site that make it where the asker read something (question-words.json, writtenNames.readAt). */
const READ_AT = new RegExp(`\\b(?:${phraseAlternatives(questionWords.writtenNames.readAt)})\\s+$`, "i");

/** Two or more capitalised words in a row, each maybe possessive. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}]*(?:['’]s)?(?:\s+\p{Lu}[\p{L}\p{N}]*(?:['’]s)?)+/gu;
/** Words before a run that make it the asker's setting ("on Windows Server"); a possessive before it makes it their own. */
const SETTINGS: ReadonlySet<string> = new Set(questionWords.writtenNames.settings);

/** A run's words split after each possessive ("Commerce Department's" | "Entity List"). */
function possessiveSegments(words: readonly string[]): string[][] {
  const segments: string[][] = [[]];
  for (const word of words) {
    segments.at(-1)!.push(word);
    if (/['’]s$/u.test(word)) segments.push([]);
  }
  return segments.filter((s) => s.length > 0);
}

/** Whether a clause that is the question's context opens before this point of its sentence ("…so we can plan our move to…"), after its first word. */
function inContextClause(before: string): boolean {
  const sentence = before.split(/[.!?;:]\s+/).at(-1) ?? "";
  return sentence
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(1)
    .some((word) => CLAUSE_OPENERS.has(word));
}
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(questionWords.writtenNames.clauseOpeners);

/** Capitalised, and not as a first word is. */
function writtenAsName(word: string, before: string): boolean {
  return /^\p{Lu}/u.test(word) && !SENTENCE_END.test(before);
}

/** Rarer than `rank` in the word vectors, or not among their words, with any plural ending taken off too. */
function isRare(word: string, rank: number): boolean {
  const forms = [word, ...(word.endsWith("es") ? [word.slice(0, -2)] : []), ...(word.endsWith("s") ? [word.slice(0, -1)] : [])];
  return forms.every((form) => {
    const row = vectorRow(form);
    return row < 0 || row > rank;
  });
}
