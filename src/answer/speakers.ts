import { LEXICON } from "../index/lexicon.js";
import questionWords from "./question-words.json" with { type: "json" };

/** Words of saying, answering and holding a view (question-words.json). */
const SPEECH: ReadonlySet<string> = new Set(questionWords.speech);
/** Those of them that, in a question, ask for a side's own words: all but those that ask about an event ("announced"). */
const ASKED_SPEECH: ReadonlySet<string> = new Set(questionWords.speech.filter((w) => !questionWords.eventSpeech.includes(w)));

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

const SPEAKERS = new WeakMap<object, ReadonlySet<string>>();
/** The sides whose words `owner` (a passage, a fact) reports, worked out once: they live as long as the index. */
export function speakersOf(owner: object, read: () => ReadonlySet<string>): ReadonlySet<string> {
  let sides = SPEAKERS.get(owner);
  if (!sides) SPEAKERS.set(owner, (sides = read()));
  return sides;
}
