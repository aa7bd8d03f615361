import type { Answer } from "./answer-schema.js";
import { coreQuestion, isQuestion } from "./core-question.js";
import { PERSONAL_ANAPHORS } from "./follow-up.js";
import { joinAnswers } from "./join-answers.js";

/**
 * The questions of a message that asks two or three things at once: "Where does Kaspersky come
 * from and how old is the company?", "r existing customers screwed? and whats the best thing to
 * do", "when do updates stop and can i still renew my sub?". Read as one question, their words mix:
 * the intent of one and the terms of the other find a passage that answers neither.
 *
 * A message splits after a question mark followed by another question, and before "and"/"also"
 * that opens a new clause with a question word and its verb ("and how old is…", "and can i…").
 * "The 2017 ban and what happened since" is one question: "what" there has no verb of asking
 * after it. "How long between the June announcement and the update cutoff?" asks when each one was.
 * A message that is one question comes back as it is, alone.
 */
export function questionParts(text: string): string[] {
  // Most messages ask one thing: nothing follows a question mark, and no word joins two.
  if (!MAY_JOIN.test(text)) return [text];
  // "How much time is there between the wind-down start and the update cutoff?" asks when each one is.
  const interval = INTERVAL.exec(text);
  if (interval) return interval.slice(1, 3).map((event) => `when is ${event.replace(/[?!.]+$/u, "")}?`);
  const sentences = text
    .split(/(?<=\?)\s+(?=\S)/u)
    .flatMap((sentence) => (BETWEEN.test(sentence) ? [sentence] : sentence.split(CLAUSE_JOIN)))
    .map((part) => part.replace(LEADING_JOIN, "").trim())
    // An emoji or a stray "?" between two questions is not a third.
    .filter((part) => /\p{L}/u.test(part));
  if (sentences.length < 2 || sentences.length > MAX_PARTS) return [text];
  // Every part must ask, in words of its own: "thanks! when do updates stop?" is one question, and
  // "Where and when was it founded?" has no second part to split off ("Where" asks nothing alone).
  if (!sentences.every((part) => isQuestion(coreQuestion(part)) && part.split(/\s+/).length >= 2)) return [text];
  // "Who is Raimondo and what did she say?": a later question that points back is not asked on its own.
  if (sentences.slice(1).some(pointsBack)) return [text];
  return sentences;
}

/** Whether a question holds "she", "it" or "their": it names nothing of its own for them to stand for. */
function pointsBack(part: string): boolean {
  return (part.toLowerCase().match(/[\p{L}']+/gu) ?? []).some((word) => PERSONAL_ANAPHORS.has(word));
}

/** "The difference between when sales end and when do updates end": one question about two things. */
const BETWEEN = /\bbetween\b/i;

const MAY_JOIN = /\?\s*\S|\b(?:and|also|plus|between)\b/i;

/** How long between two events: the time between them is read from each one's date. */
const INTERVAL =
  /\b(?:how (?:much time|long|many (?:days|weeks|months))|what(?:'s|’s| is) the (?:gap|time|window|interval))\b[^?]*?\bbetween\s+(\S+(?:\s+\S+)+?)\s+and\s+(\S+(?:\s+\S+)+?)\s*\??\s*$/iu;

/** More parts than this, and the message is a list to read whole, not questions to answer one by one. */
const MAX_PARTS = 3;

/** A question word and the verb that asks with it ("why does", "how long has"), or a verb and its subject ("can i", "is it"). */
const ASKS =
  "(?:(?:what|when|where|why|who|which|how(?: long| many| much| old)?)(?:'s|’s)?\\s+(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)|(?:can|could|do|does|did|is|are|was|were|will|would|should|has|have)\\s+(?:i|we|you|they|it|he|she|this|that|there|my|our|their|kaspersky))\\b";

/** ", and how old is…", " and can i…", " also is there…": where a second question starts inside a sentence. */
const CLAUSE_JOIN = new RegExp(`,?\\s+(?:and|also|plus)\\s+(?=${ASKS})`, "iu");

/** "And whats the best thing to do?", "also is it the same date": the join that opens a later part. */
const LEADING_JOIN = /^(?:and|also|plus|and also)\b[\s,]*/iu;

/**
 * One answer to a message's questions, from each one's own answer (see joinAnswers), each line after its
 * question when one of them is a bare value ("Moscow.", "2019."), which says nothing alone. Null
 * unless every part is answered, none with a disagreement (whose sides would claim the other parts'
 * sources too), and by different sentences (two parts one sentence answers ask one thing): the
 * message is then answered whole, as one question.
 */
export function answerTogether(message: string, parts: readonly string[], answers: readonly Answer[], maxCitations: number): Answer | null {
  const bare = answers.some((a) => a.answer.split(/\s+/).length <= BARE_WORDS);
  const lines = answers.map((a, i) => (bare ? `${asQuestion(parts[i])} ${a.answer}` : a.answer));
  return joinAnswers(message, answers, maxCitations, lines);
}

/** An answer line this short is a bare value: "Moscow.", "September 29, 2024.", "Less than 50 employees." */
const BARE_WORDS = 4;

/** "where is kaspersky from" → "Where is kaspersky from?"; "hey all, 🤔 when was it founded" → "When was it founded?" */
function asQuestion(part: string): string {
  const trimmed = coreQuestion(part)
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/[\s?!.,;:]+$/u, "");
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}?`;
}
