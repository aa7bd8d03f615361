import { phraseAlternatives } from "../index/escape-reg-exp.js";
import questionWords from "./question-words.json" with { type: "json" };
import { speakersIn } from "./speakers.js";

/**
 * A claim put to the bot to check (question-words.json, claimChecks), as the question it asks: "my IT guy says
 * Kaspersky will keep updating forever, is that right?" → "is it true that Kaspersky will keep updating forever?";
 * "I heard the government is forcing people to remove it." + "Is that true?" → one question; "true or false: users
 * will be fined" → "is it true that users will be fined?". Otherwise the tag alone ("is that right?") is read as the
 * question, and the claim, told in the asker's words ("my…", "I heard…"), is set aside as context about them.
 * `segments`: a message's sentences (core-question.ts); `isQuestion`: whether a sentence asks in its own words.
 */
export function checkedClaims(segments: readonly string[], isQuestion: (segment: string) => boolean): string[] {
  const checked: string[] = [];
  for (const [i, segment] of segments.entries()) {
    // "True or false: X": the opening is a sentence of its own where a colon sets it apart.
    if (OPENING_ALONE.test(segment) && i + 1 < segments.length) continue;
    if (i > 0 && OPENING_ALONE.test(segments[i - 1])) {
      checked.push(isQuestion(segment) ? segment : asChecked(segment));
      continue;
    }
    const previous = checked.at(-1);
    // "I heard X. Is that true?": the tag asks of the sentence before it.
    if (TAG_ALONE.test(segment) && previous !== undefined && !isQuestion(previous)) {
      checked[checked.length - 1] = asChecked(previous);
      continue;
    }
    // "My IT guy says X, is that right?": a claim told in the asker's words, which would be set aside as context about
    // them. "X, right?" or "Kaspersky said X, is that true?" already reads as the yes/no question it is.
    const tagged = TAG_AFTER_CLAIM.exec(segment);
    const told = tagged && !isQuestion(tagged[1]) ? toldClaim(tagged[1]) : null;
    if (told !== null) {
      checked.push(asChecked(told));
      continue;
    }
    const opened = OPENING_BEFORE_CLAIM.exec(segment);
    checked.push(opened ? (isQuestion(opened[1]) ? opened[1] : asChecked(opened[1])) : segment);
  }
  return checked;
}

/** "My IT guy says that X" → "is it true that X?"; a side's own words stay its words ("Kaspersky said X" → "is it true that Kaspersky said X?"). */
function asChecked(claim: string): string {
  return `is it true that ${(toldClaim(claim) ?? claim).replace(/[\s.!,;:]+$/u, "")}?`;
}

/** What someone other than a side of the story was heard to say ("my IT guy says that X", "I heard X": X), or null. */
function toldClaim(text: string): string | null {
  const reported = REPORTED.exec(text);
  if (!reported || speakersIn(text.slice(0, reported.index + reported[1].length)).size > 0) return null;
  const claim = text.slice(reported.index + reported[0].length);
  return /\p{L}/u.test(claim) ? claim : null;
}

const { tags, openings, reporters } = questionWords.claimChecks;
const TAG = phraseAlternatives(tags);
/** "Is that true?", "true?", "right??": a sentence that only asks whether the one before is true. */
const TAG_ALONE = new RegExp(`^\\W*(?:${TAG})[\\s?!.]*$`, "iu");
/** "X, is that right?", "X - true?": a claim, then the tag, set apart by a comma or a dash. */
const TAG_AFTER_CLAIM = new RegExp(`^(.*\\p{L}.*?)\\s*[,–—-]\\s*(?:${TAG})[\\s?!.]*$`, "iu");
/** "True or false: X", "fact check - X": the tag, then the claim. */
const OPENING_BEFORE_CLAIM = new RegExp(`^\\W*(?:${phraseAlternatives(openings)})\\s*[:,–—-]\\s*(.*\\p{L}.*)$`, "iu");
const OPENING_ALONE = new RegExp(`^\\W*(?:${phraseAlternatives(openings)})[\\s:,–—-]*$`, "iu");
/** The first word of hearing or saying, and its "that": the claim comes after it. */
const REPORTED = new RegExp(`(?<![\\p{L}])(${phraseAlternatives(reporters)})(?![\\p{L}])(?:\\s+that(?![\\p{L}]))?\\s*`, "iu");
