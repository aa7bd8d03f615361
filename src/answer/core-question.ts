import { phraseAlternatives } from "../index/escape-reg-exp.js";
import { checkedClaims } from "./claim-check.js";
import { REQUEST_OPENING } from "./intent.js";
import questionWords from "./question-words.json" with { type: "json" };

/**
 * The question inside a chat message. People put context around what they ask ("we're a
 * 300-person shop, half our fleet runs it… did they say why they're leaving?", "…? need the exact
 * date for a compliance memo"); the words about the asker are not what the sources are asked
 * about, and searching for them ("logistics", "laptops", "memo") makes an answerable question look
 * like one about something the articles never mention.
 */

/** Where a question starts: a question word, or a verb that opens a yes/no question. */
const QUESTION_START =
  /^\W*(what|what's|whats|when|why|how|who|whom|whose|which|where|did|does|do|is|isn't|are|aren't|was|wasn't|were|can|could|will|would|should|has|have|had|may|must|am|tell|explain|list|name|give|show|any|per|according)\b/i;

/**
 * "On what date…?", "in which year…?": a question word after a preposition starts a question only when
 * the segment ends as one; "for what it's worth, we run it…" and "with what's going on, we're…" are the
 * asker's context.
 */
const PREPOSITIONAL_START = /^\W*(on|in|at|by|from|to|for|during|under|of|with)\s+(what|which|when|whom|whose|how)\b/i;

/** Whether a segment opens a question: a question word or verb, or a question word after a preposition in a question. */
function startsQuestion(segment: string): boolean {
  return QUESTION_START.test(segment) || (PREPOSITIONAL_START.test(segment) && /\?\s*$/.test(segment));
}

/** The asker speaking of themselves: "we're a bank", "our laptops", "I'm writing a memo". */
const FIRST_PERSON = /\b(i|i'm|im|i've|i'd|me|my|we|we're|we've|we'd|our|ours|us)\b/i;
/** Whether the text has the asker speak of themselves; "US" in capitals is the country ("Kaspersky said its US wind-down starts on a day; which one?"). */
function speaksOfAsker(text: string): boolean {
  return FIRST_PERSON.test(text.replace(/\bUS\b/g, " "));
}

/** Nothing but courtesies: "thanks", "morning all", "hey quick q" (question-words.json, asides); not "quick q on the ban". */
const COURTESY = new RegExp(
  `^\\W*(${phraseAlternatives(questionWords.asides.courtesies)})(\\W+(${phraseAlternatives([...questionWords.asides.courtesies, ...questionWords.asides.addressees])}))*[\\W_]*$`,
  "iu",
);

/** A message of courtesies alone ("thanks!", "never mind", "no worries, cheers"): it asks nothing. */
export function isCourtesyOnly(text: string): boolean {
  return COURTESY.test(text);
}

/**
 * How the asker wants the answer put, and nothing else: "in a nutshell", "big picture:", "tl;dr -" (question-words.json,
 * asides.answerForms). Before a question it is dropped; a message of nothing else still asks for the overview.
 */
const ANSWER_FORMS = phraseAlternatives(questionWords.asides.answerForms);
/** What may follow an answer form: "short answer is fine", "one line please" (question-words.json, asides.answerFormAcceptances). */
const ACCEPTED = `(?:\\s+(?:${phraseAlternatives(questionWords.asides.answerFormAcceptances)})(?![\\p{L}]))?`;
/** A request for the answer in that form: "what's the short answer?", "give me the tl;dr". */
const FORM_ASKED = `(?:(?:what(?:'s|’s|\\s+is)|whats|give\\s+me|gimme)\\s+(?:the\\s+)?)?`;
const ANSWER_FORM = new RegExp(`^\\W*${FORM_ASKED}(${ANSWER_FORMS})(?![\\p{L}])${ACCEPTED}[\\W_]*$`, "iu");
/**
 * An answer form opening a question, with or without a comma or colon, maybe with what makes it acceptable: "in a nutshell
 * why was it banned?", "short answer is fine: when do updates stop?" (question-words.json, asides.answerFormAcceptances).
 */
const ANSWER_FORM_OPENING = new RegExp(`^\\W*(${ANSWER_FORMS})(?![\\p{L}])${ACCEPTED}[\\s,:;.!-]*`, "iu");

/** A purpose or a courtesy rather than a question: "need the exact date for a memo", "asking for a friend", "thanks!". */
const ASIDE = new RegExp(`^\\W*(${phraseAlternatives([...questionWords.asides.purposes, ...questionWords.asides.courtesies])})\\b`, "i");

/** "U.S.", "Sept.", "Inc.": a full stop that ends an abbreviation, not a sentence. */
const ABBREVIATION = /(\b\p{L}\.\p{L}\.|\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|vs|etc|inc|corp|co|no|approx)\.)$/iu;

/** A parenthesis about the asker: "(we're a regional bank)". */
const ASIDE_PARENTHESIS = /\(([^()]*)\)/g;

/**
 * The parts of a message that ask: its questions, without the sentences and leading clauses in
 * which the asker speaks of themselves or says what the answer is for. A message with no part
 * that reads as a question is returned whole.
 */
export function coreQuestion(text: string): string {
  const withoutAsides = text.replace(ASIDE_PARENTHESIS, (whole, inner: string) => (speaksOfAsker(inner) ? " " : whole));
  const segments = checkedClaims(withoutLabelledContext(split(withoutAsides)), isQuestion)
    .map(embeddedQuestion)
    .map(taskTopic);
  if (segments.length === 0) return text;
  // The lead-in goes first: "evening folks, is it banned" is a courtesy before a question, not a courtesy.
  const kept = segments
    .map(withoutLeadIn)
    .filter((s) => !isAside(s))
    .map((s) => s.replace(TRAILING_PURPOSE, ""));
  if (kept.length === 0 || !kept.some(isQuestion)) return text;
  const core = kept.join(" ").replace(/\s+/g, " ").trim();
  return core || text;
}

/**
 * The whole message, the asker's context with it, but without what the answer is for ("for my boss: sum it up",
 * "…for our change calendar?"): what the question's context says, searched when the question itself names nothing.
 */
export function withoutPurposes(text: string): string {
  return purposesDropped(split(text)).join(" ");
}

/**
 * What the message states beside its question, to search with a question that points back at it: the whole message without
 * what the answer is for (as withoutPurposes), courtesies, context labels, and how the asker wants the answer put ("long
 * story short, why are they leaving?" says nothing of a story).
 */
export function statedContext(text: string): string {
  const stated = withoutLabelledContext(split(text))
    .filter((s) => !COURTESY.test(s) && !ANSWER_FORM.test(s))
    .map((s) => s.replace(ANSWER_FORM_OPENING, ""));
  return purposesDropped(stated).join(" ");
}

/** The segments without those that only say what the answer is for, and without such a purpose at their end. */
function purposesDropped(segments: readonly string[]): string[] {
  return segments.filter((s) => !PURPOSE_LEAD_IN.test(s.replace(/[\s:;.!-]+$/u, ""))).map((s) => s.replace(TRAILING_PURPOSE, ""));
}

/**
 * "Context: ~200 seats, Kaspersky centrally managed. What do…?": the label the asker puts before what they tell of
 * their setting (question-words.json, asides.contextLabels) is no word of what they ask ("Situation:" found the
 * "evolving situation"). What follows it is read as any statement is: it may be the topic ("Background: the 2018
 * military ban. Who imposed it?").
 */
function withoutLabelledContext(segments: readonly string[]): string[] {
  const label = segments.findIndex((s) => CONTEXT_LABEL.test(s));
  if (label < 0 || !segments.some((s, i) => i > label && isQuestion(s))) return [...segments];
  return [...segments.slice(0, label), ...segments.slice(label + 1)];
}
/** A segment that is only a context label: "Context:", "background -", "FYI:". */
const CONTEXT_LABEL = new RegExp(`^\\W*(?:${phraseAlternatives(questionWords.asides.contextLabels)})\\s*[:\\-–—]?\\s*$`, "i");

/**
 * A question reported inside a statement ("Our board wants to know if there's hard evidence…", "a client's CFO
 * asked which agency sanctioned its leadership"), as the question itself: "is there hard evidence…?", "which agency
 * sanctioned its leadership?". A segment that asks in its own words is left as it is.
 */
function embeddedQuestion(segment: string): string {
  if (isQuestion(segment)) return segment;
  const match = EMBEDDED.exec(segment);
  if (!match) return segment;
  const clause = segment
    .slice(match.index + match[0].length - match[1].length)
    .replace(/[\s.!,;:]+$/u, "")
    .replace(/^(if|whether)\s+or\s+not\b/i, "$1");
  // "just wondering if", "wondering why": no question is reported yet.
  if (clause.split(/\s+/).length < 3) return segment;
  return `${/^(if|whether)\b/i.test(clause) ? asYesNo(clause.replace(/^\S+\s+/, "")) : clause}?`;
}
const EMBEDDED = new RegExp(
  `\\b(?:${phraseAlternatives(questionWords.embeddedAsks)})\\s+(?:(?:me|us|him|her|them)\\s+)?(if|whether|when|why|how|what|which|who|whom|where)\\b`,
  "i",
);

/**
 * A task asked of the bot on a topic ("help me draft a memo on the deadlines", "can u help me write an email to
 * customers explaining the ban", "help me make a slide with the key ban dates"), as the question it needs answered:
 * "tell me about the deadlines". What the task makes ("a memo", "a slide") is the asker's document, not what the
 * articles are asked about. A task with no topic is left as it is.
 */
function taskTopic(segment: string): string {
  const topic = TOPIC.exec(helpMeTask(segment)?.rest ?? "");
  return topic ? `tell me about ${topic[1]}` : segment;
}
const TOPIC = /\b(?:about|on|of|regarding|re|explaining|covering|summarizing|summarising|with)\s+(\S.*)$/i;

/**
 * "Help me write…", "can u help me book…", "pls help us plan…": a task asked of the bot, its verb one of
 * question-words.json's taskVerbs, with the words after the verb; null for anything else ("help me figure out…").
 */
export function helpMeTask(text: string): { verb: string; rest: string } | null {
  const match = HELP_ME.exec(text);
  const verb = match?.[1].toLowerCase();
  return verb && TASK_VERBS.has(verb) ? { verb, rest: match![2] } : null;
}
const HELP_ME = new RegExp(`${REQUEST_OPENING}help\\s+(?:me|us)\\s+(?:to\\s+)?(\\p{L}+)(.*)$`, "iu");
const TASK_VERBS: ReadonlySet<string> = new Set(questionWords.taskVerbs);

/** "there's hard evidence…" → "is there hard evidence…", "we can still get it" → "can we still get it": the yes/no question a clause after "if" asks. */
function asYesNo(clause: string): string {
  // "there's", "it's" are "there is", "it is"; "Kaspersky's updates" is a possessive.
  const contracted = /^(it|that|there|this|what|who|he|she|\S+(?=['’](?:re|ll)))['’](s|re|ll)\b(.*)$/i.exec(clause);
  if (contracted) return `${CONTRACTED[contracted[2].toLowerCase()]} ${contracted[1]}${contracted[3]}`;
  const inverted = /^((?:(?:the|our|my|their|its|\S+['’]s)\s+)?\S+)\s+(must|can|could|should|will|would|is|are|was|were|has|have|had|do|does|did)\b(.*)$/i.exec(
    clause,
  );
  return inverted ? `${inverted[2]} ${inverted[1]}${inverted[3]}` : clause;
}
const CONTRACTED: Record<string, string> = { s: "is", re: "are", ll: "will" };

/** Sentences, the parts of a sentence a colon, semicolon or ellipsis sets apart, and a courtesy a spaced dash does. */
function split(text: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/([?!]+|\.(?!\d)|…|\.\.\.|:|;|(?<=\s)[-–—])(\s+|$)/g)) {
    const end = match.index + match[1].length;
    const piece = text.slice(start, end);
    // "U.S. operations": the full stop belongs to the abbreviation.
    if (match[1] === "." && ABBREVIATION.test(piece)) continue;
    // "hey quick q - is it gone?": a dash sets a courtesy apart. Elsewhere what comes before one is part of the
    // question ("our firewalls use its feeds under the hood — does the ban cover those?").
    if (/^[-–—]$/.test(match[1]) && !COURTESY.test(piece.slice(0, -1)) && !ANSWER_FORM.test(piece.slice(0, -1)) && !CONTEXT_LABEL.test(piece)) continue;
    segments.push(piece.trim());
    start = match.index + match[0].length;
  }
  segments.push(text.slice(start).trim());
  return segments.filter((s) => /\p{L}/u.test(s));
}

/** The sentences of a message that ask (see isQuestion), without those that tell; the whole message when none asks. */
export function askingSentences(text: string): string {
  const asking = split(text).filter(isQuestion);
  return asking.length > 0 ? asking.join(" ") : text;
}

/** A segment that asks: it ends in a question mark or opens with a question word or the verb of a yes/no question. */
export function isQuestion(segment: string): boolean {
  return /\?\s*$/.test(segment) || QUESTION_START.test(segment);
}

/** A sentence that is not a question and speaks of the asker, or a purpose or courtesy. */
function isAside(segment: string): boolean {
  if (ASIDE.test(segment) && !/\?\s*$/.test(segment)) return true;
  if (ANSWER_FORM.test(segment)) return true;
  // "For the timeline slide: when…": what the answer is for, set apart by a colon.
  return !isQuestion(segment) && (speaksOfAsker(segment) || PURPOSE_LEAD_IN.test(segment.replace(/[\s:;.!-]+$/u, "")));
}

/**
 * "Our auditors flagged it, what's the deadline?", "from a hospital IT point of view, what is the
 * risk?": a lead-in about the asker, or saying from where they ask, before the question word.
 */
function withoutLeadIn(segment: string): string {
  for (const opening of [ANSWER_FORM_OPENING, HEDGE_OPENING]) {
    const form = opening.exec(segment);
    if (form && startsQuestion(segment.slice(form[0].length))) return segment.slice(form[0].length);
  }
  // "ok so kaspersky cant sell in us anymore but can i still use it": a statement, then "but" and the yes/no question it
  // raises about it, its subject named after the auxiliary; not a clause that goes on with the statement's subject
  // ("…but were told updates end soon", "…but can't find the date", "…but are managed from the US."). An open question
  // after "but" may need the statement's topic ("maybe a reseller could keep licensing it, but what do the rules
  // say?"), and keeps it.
  const but = STATEMENT_BUT.exec(segment);
  const asked = but ? segment.slice(but[0].length) : "";
  if (but && !QUESTION_START.test(but[1]) && opensYesNo(asked) && !/[.!]\s*$/.test(asked)) return asked;
  const match = /^([^,]*),\s*(?=\S)/.exec(segment);
  if (!match) return segment;
  const rest = segment.slice(match[0].length);
  const leadIn = match[1];
  if (!startsQuestion(rest) || QUESTION_START.test(leadIn)) return segment;
  // Here "US" counts as the asker's: a lead-in naming the country is set apart from what is asked of the rest ("other
  // than the US, how many countries does Kaspersky serve?").
  return FIRST_PERSON.test(leadIn) || STANDPOINT.test(leadIn) || COURTESY.test(leadIn) ? rest : segment;
}

/** A yes/no question's auxiliary, then what opens its subject (question-words.json, yesNoAuxiliaries, yesNoSubjects), or a capitalised name. */
function opensYesNo(text: string): boolean {
  const subject = AUXILIARY_THEN_WORD.exec(text)?.[1];
  // Tested apart: under the "i" flag \p{Lu} would match any letter.
  return subject !== undefined && (YES_NO_SUBJECTS.has(subject.toLowerCase()) || /^\p{Lu}/u.test(subject));
}
const AUXILIARY_THEN_WORD = new RegExp(`^\\W*(?:${phraseAlternatives(questionWords.yesNoAuxiliaries).replace(/'/g, "['’]?")})\\s+([\\p{L}'’]+)`, "iu");
const YES_NO_SUBJECTS: ReadonlySet<string> = new Set(questionWords.yesNoSubjects);
/** How long a statement before "but" may be: a question's context, not a story of its own. */
const MAX_STATEMENT = 160;
/** A statement before "but" (the first "but"). */
const STATEMENT_BUT = new RegExp(`^([^?]{1,${MAX_STATEMENT}}?)[,;]?\\s+but\\s+(?=\\S)`, "iu");
/** How long a hedge may run before its "but" or comma. */
const MAX_HEDGE = 80;

/**
 * "Sorry if this is obvious, but…", "dumb question but…", "maybe a silly one, but…": a lead-in that apologises for or
 * belittles the question (question-words.json, asides.hedges), to its "but" (tried first: "sorry if this is obvious, or
 * if it's been asked, but…") or else its comma. Bounded, so that a long message is not read again from every comma.
 */
const { apologies, qualifiers, belittling } = questionWords.asides.hedges;
const HEDGE_OPENING = new RegExp(
  `^\\W*(?:(?:${phraseAlternatives(apologies)})|(?:(?:${phraseAlternatives(qualifiers)})\\s+)?(?:(?:a|an)\\s+)?(?:${phraseAlternatives(belittling)}))(?![\\p{L}])(?:[^?]{0,${MAX_HEDGE}}?,?\\s+but\\s+|[^,?]{0,${MAX_HEDGE}},\\s*)`,
  "iu",
);

/** What the answer is for: the asker's document, or whom in their organisation it is for (question-words.json, standpoints). */
const PURPOSE_DOCUMENTS = [...questionWords.standpoints.purposeDocuments, ...questionWords.standpoints.purposeAudiences];
/** A lead-in saying what the answer is for: "for planning purposes", "for the compliance log" (question-words.json, standpoints). */
// Whom it is for only as the asker's own ("for my CFO, …"): "For Kaspersky's CFO, was he sanctioned?" is about theirs.
const PURPOSE = `for\\b.*\\b(${[...questionWords.standpoints.purposeNouns, ...questionWords.standpoints.purposeDocuments].join("|")})\\s*$|for (?:my|our) (?:[\\w-]+\\s+){0,2}(?:${questionWords.standpoints.purposeAudiences.join("|")})\\s*$`;
const PURPOSE_LEAD_IN = new RegExp(`^\\W*(?:${PURPOSE})`, "i");

/** A lead-in saying from where one asks (question-words.json, standpoints). */
const STANDPOINT = new RegExp(
  `^\\W*(from (a|an|the)\\b.*\\b(${questionWords.standpoints.viewNouns.join("|")})\\b|(${questionWords.standpoints.asRoles.join("|")})\\b|${PURPOSE})`,
  "i",
);

/**
 * "…kick in for our change calendar?", "…guidance that I can reference in our policy?": the asker's document the answer is
 * for, at the question's end (question-words.json, standpoints), or what they will do with the answer in it.
 */
const TRAILING_PURPOSE = new RegExp(
  `\\s+(?:for|(?:that|which)\\s+(?:i|we)\\s+(?:(?:can|could|may|might|should|will|would)\\s+)?(?:${questionWords.standpoints.purposeUses.join("|")})\\b[^?.!]*?\\s+(?:in|into|on|for|with))\\s+(my|our) ([\\p{L}-]+\\s+){0,2}(${PURPOSE_DOCUMENTS.join("|")})(?=\\s*[?.!]*\\s*$)`,
  "iu",
);
