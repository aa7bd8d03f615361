import { phraseAlternatives } from "../index/escape-reg-exp.js";
import questionWords from "./question-words.json" with { type: "json" };
import { speakersIn } from "./speakers.js";

/**
 * A claim put to the bot to check (question-words.json, claimChecks), as the question it asks: "my IT guy says
 * Kaspersky will keep updating forever, is that right?" → "is it true that Kaspersky will keep updating forever?";
 * "I heard the government is forcing people to remove it." + "Is that true?" → one question; "true or false: users
 * will be fined" → "is it true that users will be fined?". Otherwise the tag alone ("is that right?") is read as the
 * question, and the claim, told in the asker's words ("my…", "I heard…"), is set aside as context about them.
 * A tag after the asker's own statement ("We have 200 seats. True?") or a side's words ("Kaspersky said X, is that
 * true?") is left as it is: the statement is context, and the side's words read as the yes/no question they are.
 * `segments`: a message's sentences (core-question.ts); `isQuestion`: whether a sentence asks in its own words.
 */
export function checkedClaims(segments: readonly string[], isQuestion: (segment: string) => boolean): string[] {
  const checked: string[] = [];
  for (const [i, segment] of segments.entries()) {
    // "True or false: X": the opening is a sentence of its own where a colon sets it apart.
    if (OPENING_ALONE.test(segment) && i + 1 < segments.length) continue;
    if (i > 0 && OPENING_ALONE.test(segments[i - 1])) {
      checked.push(isQuestion(segment) ? segment : asChecked(toldClaim(segment) ?? segment));
      continue;
    }
    // "I heard X. Is that true?": the tag asks of the hearsay before it.
    const previous = checked.at(-1);
    const heard = previous !== undefined && TAG_ALONE.test(segment) && !isQuestion(previous) ? toldClaim(previous) : null;
    if (heard !== null) {
      checked[checked.length - 1] = asChecked(heard);
      continue;
    }
    // "My IT guy says X, is that right?": hearsay, then the tag, set apart by a comma or a dash.
    const tag = TAG_AT_END.exec(segment);
    const claim = tag ? segment.slice(0, tag.index) : "";
    const told = tag && /\p{L}/u.test(claim) && !isQuestion(claim) ? toldClaim(claim) : null;
    if (told !== null) {
      checked.push(asChecked(told));
      continue;
    }
    const opened = OPENING_BEFORE_CLAIM.exec(segment);
    const rest = opened ? segment.slice(opened[0].length) : "";
    checked.push(/\p{L}/u.test(rest) ? (isQuestion(rest) ? rest : asChecked(toldClaim(rest) ?? rest)) : segment);
  }
  return checked;
}

/** The claim as the yes/no question it puts. */
function asChecked(claim: string): string {
  return `is it true that ${claim.replace(/[\s.!,;:]+$/u, "")}?`;
}

/**
 * What someone other than a side of the story was heard to say ("my IT guy says that X", "I heard X": X), or null.
 * The word of hearing or saying follows its subject, a few words at most, and no determiner ("my insurance claim was
 * denied…" reports nothing); a side's own words ("Kaspersky said X") are no hearsay.
 */
function toldClaim(text: string): string | null {
  const reported = REPORTED.exec(text);
  if (!reported) return null;
  const subject = text.slice(0, reported.index).trim().split(/\s+/).filter(Boolean);
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS || DETERMINERS.has(subject.at(-1)!.toLowerCase())) return null;
  if (speakersIn(text.slice(0, reported.index + reported[1].length)).size > 0) return null;
  const claim = text.slice(reported.index + reported[0].length);
  return /\p{L}/u.test(claim) ? claim : null;
}
/** "My IT guy", "someone on reddit", "people at work": how far before its verb hearsay's subject may start. */
const MAX_SUBJECT_WORDS = 5;
const DETERMINERS: ReadonlySet<string> = new Set(questionWords.claimChecks.determiners);

const { tags, openings, reporters } = questionWords.claimChecks;
const TAG = phraseAlternatives(tags);
/** "Is that true?", "true?", "right??": a sentence that only asks whether the one before is true. */
const TAG_ALONE = new RegExp(`^\\W*(?:${TAG})[\\s?!.]*$`, "iu");
/** "…, is that right?", "… - true?": the tag at a sentence's end, set apart by a comma or a dash; the claim is what comes before. */
const TAG_AT_END = new RegExp(`[,–—-]\\s*(?:${TAG})[\\s?!.]*$`, "iu");
/** "True or false: X", "fact check - X": the opening, then the claim. */
const OPENING_BEFORE_CLAIM = new RegExp(`^\\W*(?:${phraseAlternatives(openings)})\\s*[:,–—-]\\s*`, "iu");
const OPENING_ALONE = new RegExp(`^\\W*(?:${phraseAlternatives(openings)})[\\s:,–—-]*$`, "iu");
/** The first word of hearing or saying, and its "that": the claim comes after it. */
const REPORTED = new RegExp(`(?<![\\p{L}])(${phraseAlternatives(reporters)})(?![\\p{L}])(?:\\s+that(?![\\p{L}]))?\\s*`, "iu");
