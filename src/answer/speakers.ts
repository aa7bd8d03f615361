import { LEXICON } from "../index/lexicon.js";
import { STOPWORDS } from "../index/stopwords.js";
import { isNameWord } from "./entities.js";
import questionWords from "./question-words.json" with { type: "json" };

/** Words of saying, answering and holding a view (question-words.json). */
const SPEECH: ReadonlySet<string> = new Set(questionWords.speech);
/** Those of them that, in a question, ask for a side's own words: all but those that ask about an event ("announced"). */
const ASKED_SPEECH: ReadonlySet<string> = new Set(questionWords.speech.filter((w) => !questionWords.eventSpeech.includes(w)));

/** Rules and bans, whose "saying" is what they provide (question-words.json, documentSubjects). */
const DOCUMENTS: ReadonlySet<string> = new Set(questionWords.documentSubjects);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "this", "that"]);

export const SPEAKER_DEFAULTS = {
  /**
   * How many words before a word of speech its speaker may stand: a subject can be far from its
   * verb ("Kaspersky, which has been operating in the US for over two decades, has denied…").
   */
  window: 16,
  /** How many words after "according to" the side may be named ("according to a Kaspersky spokesperson"). */
  accordingWindow: 4,
} as const;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * The sides (seeds/lexicon.json, "speakers") whose words a text reports or asks for: the side
 * named nearest before each word of speech ("Raimondo said…", "officials worry…", "Kaspersky's
 * response"), and the side named after "according to".
 */
export function speakersIn(text: string, speech: ReadonlySet<string> = SPEECH, options = SPEAKER_DEFAULTS): Set<string> {
  const words = wordsOf(text);
  const sides = new Set<string>();
  words.forEach((word, i) => {
    if (word === "according" && words[i + 1] === "to") {
      for (let j = i + 2; j < Math.min(words.length, i + 2 + options.accordingWindow); j++) {
        const side = LEXICON.speakers.get(words[j]);
        if (side) {
          sides.add(side);
          break;
        }
      }
      return;
    }
    if (!speech.has(word)) return;
    // "What does the ban say about resales?": a rule's provisions, whoever the message named before it.
    if (DOCUMENTS.has(words[DETERMINERS.has(words[i - 1]) ? i - 2 : i - 1] ?? "")) return;
    for (let j = i - 1; j >= Math.max(0, i - options.window); j--) {
      const side = LEXICON.speakers.get(words[j]);
      if (side) {
        // "The Russian government": the word before names whose government it is.
        sides.add((j > 0 && LEXICON.speakers.get(words[j - 1])) || side);
        break;
      }
    }
  });
  return sides;
}

/** The one side a question asks to hear from ("according to Kaspersky…", "what did officials say…"), or null. */
export function askedSpeaker(text: string): string | null {
  const sides = speakersIn(text, ASKED_SPEECH);
  return sides.size === 1 ? [...sides][0] : null;
}

/**
 * A name a question asks to hear from that is no side of the lexicon's ("how did China react?", "what did the EU
 * say?"): the word before its word of speech, past function words, when compromise's lexicon knows it as a name or
 * the articles print it as one (`printedAsName`: "how did mcafee react?"); lower-case, or null.
 */
export function askedOtherSpeaker(
  text: string,
  printedAsName: (word: string) => boolean = () => false,
  sources: ReadonlySet<string> = new Set(),
): string | null {
  // A sentence at a time: "Raimondo announced it in June. When does it take effect?" asks no June anything.
  for (const sentence of text.toLowerCase().split(/[.!?]+\s+/u)) {
    // Hyphenated words whole: the "ups" of "write-ups" is no company. A possessive is its owner ("Kaspersky's side").
    const words = (sentence.match(/\p{L}+(?:[-'’]\p{L}+)*/gu) ?? []).map((w) => w.replace(/['’]s$/u, ""));
    for (let i = 1; i < words.length; i++) {
      if (!ASKED_SPEECH.has(words[i])) continue;
      let j = i - 1;
      while (j > 0 && STOPWORDS.has(words[j])) j--;
      const name = words[j];
      // An article the question names ("what did cyberexpress say?") is no speaker the articles report on.
      if (LEXICON.speakers.has(name) || sources.has(name) || STOPWORDS.has(name)) continue;
      if (isNameWord(name) || printedAsName(name)) return name;
    }
  }
  return null;
}

/** The words of a text that a word of speech follows within the window: whoever it reports words of may be among them (see askedOtherSpeaker). */
export function wordsBeforeSpeech(text: string, options = SPEAKER_DEFAULTS): Set<string> {
  const words = wordsOf(text);
  const found = new Set<string>();
  words.forEach((word, i) => {
    if (!SPEECH.has(word)) return;
    for (let j = Math.max(0, i - options.window); j < i; j++) found.add(words[j]);
  });
  return found;
}

const SPEAKERS = new WeakMap<object, ReadonlySet<string>>();
/** The sides whose words `owner` (a passage, a fact) reports, worked out once: they live as long as the index. */
export function speakersOf(owner: object, read: () => ReadonlySet<string>): ReadonlySet<string> {
  let sides = SPEAKERS.get(owner);
  if (!sides) SPEAKERS.set(owner, (sides = read()));
  return sides;
}
