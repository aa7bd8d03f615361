import { isCourtesyOnly } from "./core-question.js";
import { z } from "zod";
import conversationWords from "./conversation-words.json" with { type: "json" };
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer } from "./answer-schema.js";
import { STOPWORDS } from "../index/stopwords.js";
import { processTerm } from "../index/tokenize.js";
import { rowSimilarity, vectorRow } from "../index/word-vectors.js";
import { isHelpRequest } from "./canned-answers.js";
import { INTENT_WORDS } from "./intent.js";
import { cleanText, readQuestion, SCOPES } from "./question.js";
import { escapeRegExp } from "../index/escape-reg-exp.js";

/** The turn before, as the conversation remembers it: what was asked (as read in its context) and the answer line. */
export const TurnSchema = z.object({ question: z.string().max(1_000), answer: z.string().max(2_000) });
export type Turn = z.infer<typeof TurnSchema>;

/**
 * The turn a conversation remembers after `answer`, or null when it should keep the one before:
 * only on-topic answers move a conversation on, so "thanks!" between two questions does not lose
 * what the next follow-up refers to.
 */
export function turnAfter(answer: Pick<Answer, "status" | "question" | "readAs" | "answer">): Turn | null {
  if (answer.status === "out_of_scope" || answer.status === "help") return null;
  return { question: (answer.readAs ?? answer.question).slice(0, 1_000), answer: answer.answer.slice(0, 2_000) };
}

const WordsSchema = z.object({
  continuations: z.array(z.string().min(1)),
  questionStarts: z.array(z.string().min(1)),
  demonstratives: z.array(z.string().min(1)),
  placeAnaphors: z.array(z.string().min(1)),
  timeAnaphors: z.array(z.string().min(1)),
  placePrepositions: z.array(z.string().min(1)),
  personalAnaphors: z.array(z.string().min(1)),
});
// Imported, not read from beside this file: the bundle in dist/ carries it.
const WORDS = WordsSchema.parse(conversationWords);
const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const QUESTION_STARTS = set(WORDS.questionStarts);
const DEMONSTRATIVES = set(WORDS.demonstratives);
/** "it", "she", "their": pronouns that point back to what an earlier question named. */
export const PERSONAL_ANAPHORS: ReadonlySet<string> = set(WORDS.personalAnaphors);
const PLACE_ANAPHORS = set(WORDS.placeAnaphors);
const TIME_ANAPHORS = set(WORDS.timeAnaphors);
const SCAFFOLD = new Set([...QUESTION_STARTS, ...Object.values(INTENT_WORDS).flat()]);
// Longest first, so that "and what about" is taken whole rather than as "and".
const CONTINUATION = new RegExp(
  `^(?:${[...WORDS.continuations]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\b[\\s,]*`,
  "i",
);
const PLACE_PHRASE = new RegExp(`\\b(?:${WORDS.placePrepositions.map(escapeRegExp).join("|")})\\s+(?:the\\s+)?[\\p{L}.]+(?:\\s+[\\p{L}.]+)?`, "giu");

export const FOLLOW_UP_DEFAULTS = {
  /** A fragment ("the staff?") longer than this, without a question word, is read on its own. */
  maxFragmentWords: 4,
  /** A word in most passages ("kaspersky") is what the whole conversation is about, never the part a follow-up replaces. */
  subjectShare: 0.4,
};

export type ReadInContext = {
  /** The question to answer: the message itself, or the question it stands for in this conversation. */
  question: string;
  /** How the previous turn completed it; null when the message was read on its own. */
  completedBy: "substitution" | "scope" | "reference" | "question-word" | null;
};

/**
 * The parse stage's reading of a message in a conversation. An elliptical follow-up is completed
 * from the turn before, keeping its intent, focus and scope and replacing what the follow-up
 * supplies:
 * - a fragment names what to ask the same about ("and resales?", "what about the staff?") or
 *   where ("and in the US?");
 * - a reference points back ("when was that?", "who said that?", "how many does it have there?");
 * - a bare question word asks something new of the same subject ("and why?").
 * A message that stands on its own is read on its own.
 */
export function readInContext(message: string, previous: Turn | null | undefined, index: KnowledgeIndex): ReadInContext {
  const text = cleanText(message);
  const alone: ReadInContext = { question: text, completedBy: null };
  // "Never mind", "noted": chatter completes nothing ("when do never mind?").
  if (!previous || !text || isHelpRequest(text) || isCourtesyOnly(text)) return alone;
  const rest = text.replace(CONTINUATION, "").trim();
  const continues = rest !== text;
  const body = rest.replace(/[?!.\s]+$/u, "");
  if (!body) return continues ? { question: previous.question, completedBy: "substitution" } : alone;
  const words = body.split(/\s+/);
  const content = contentWords(body, index);

  if (!QUESTION_STARTS.has(words[0].toLowerCase())) {
    // A fragment: it must be short, and name something the sources know ("thanks" is not a follow-up).
    if (content.length === 0 || (!continues && words.length > FOLLOW_UP_DEFAULTS.maxFragmentWords)) return alone;
    const fragment = body.replace(/^(?:the|a|an|its|their)\s+/i, "");
    const scoped = readQuestion(fragment, index).termSet;
    if (SCOPES.some((s) => scoped.has(s))) return { question: `${withoutScope(previous.question, index)} ${body}?`, completedBy: "scope" };
    return { question: substitute(previous.question, fragment, index), completedBy: "substitution" };
  }

  const ownContent = content.length > 0;
  let changed = false;
  const resolved = words.map((word, i) => {
    const lower = word.toLowerCase().replace(/[^\p{L}']/gu, "");
    const next = words[i + 1]?.toLowerCase();
    if (PLACE_ANAPHORS.has(lower)) {
      const place = placeIn(previous.question, index);
      if (place) {
        changed = true;
        return place;
      }
    }
    // "that" points back when nothing follows it ("who said that?") or the message has nothing else to ask about.
    const pointsBack = DEMONSTRATIVES.has(lower) && (!next || STOPWORDS.has(next) || !ownContent);
    if (pointsBack || (TIME_ANAPHORS.has(lower) && !ownContent)) {
      changed = true;
      return gist(previous.question);
    }
    return word;
  });
  if (changed) return { question: `${resolved.join(" ")}?`, completedBy: "reference" };
  if (!ownContent && (continues || words.length <= 2)) return { question: `${body} ${gist(previous.question)}?`, completedBy: "question-word" };
  return continues ? { question: rest, completedBy: null } : alone;
}

/**
 * Whether a message is put as a question: a question mark, or a question word or auxiliary
 * first, after any "and…"/"what about…". Thread chatter ("thanks!", "ok 👍", "got it") is not.
 */
export function looksLikeQuestion(message: string): boolean {
  const text = cleanText(message);
  if (text.includes("?")) return true;
  const firstWord = (t: string) =>
    t
      .split(/[^\p{L}']+/u)
      .find(Boolean)
      ?.toLowerCase() ?? "";
  // "what about resales", "and why", "and what about…": the message, its "and…" or what follows it starts as a question.
  const lead = CONTINUATION.exec(text)?.[0] ?? "";
  return [firstWord(text), ...lead.toLowerCase().split(/[^\p{L}']+/u), firstWord(text.slice(lead.length))].some((w) => QUESTION_STARTS.has(w));
}

/** The words of a message that name something the sources know: not scaffolding, not pointers back. */
function contentWords(text: string, index: KnowledgeIndex): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w && !STOPWORDS.has(w) && !SCAFFOLD.has(w) && !DEMONSTRATIVES.has(w))
    .filter((w) => {
      const term = processTerm(w);
      return term !== null && index.knows(term);
    });
}

/** A question without its question word and auxiliaries: "who was sanctioned by the Treasury?" → "sanctioned by the Treasury". */
function gist(question: string): string {
  const words = question.replace(/[?!.\s]+$/u, "").split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && (QUESTION_STARTS.has(words[start].toLowerCase()) || STOPWORDS.has(words[start].toLowerCase()))) start++;
  return words.slice(start).join(" ");
}

/** "in the US", "across America": where the previous question was asked about, as written. */
function placeIn(question: string, index: KnowledgeIndex): string | null {
  for (const match of question.matchAll(PLACE_PHRASE)) {
    const terms = readQuestion(match[0], index).termSet;
    if (SCOPES.some((s) => terms.has(s))) return match[0];
  }
  return null;
}

/** The previous question without where it was asked about, for a follow-up that names another place. */
function withoutScope(question: string, index: KnowledgeIndex): string {
  const place = placeIn(question, index);
  const trimmed = (place ? question.replace(place, " ") : question).replace(/[?!.\s]+$/u, "");
  return trimmed
    .split(/\s+/)
    .filter((w) => {
      const term = processTerm(w.toLowerCase());
      return !(term && (SCOPES as readonly string[]).includes(term));
    })
    .join(" ");
}

/**
 * The previous question about the fragment instead: the fragment replaces the words it stands
 * beside in meaning ("resales" replaces "software updates" in "when do software updates stop?";
 * "individual users" replaces "corporate clients"), never the conversation's subject, its scope
 * or its scaffolding.
 */
function substitute(question: string, fragment: string, index: KnowledgeIndex): string {
  const headRow = vectorRow(fragment.split(/\s+/).at(-1)!.toLowerCase());
  const words = question.replace(/[?!.\s]+$/u, "").split(/\s+/);
  const replaceable = words.map((word) => {
    const lower = word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, "");
    const term = processTerm(lower);
    if (!term || STOPWORDS.has(lower) || SCAFFOLD.has(lower) || !index.knows(term)) return false;
    return !(SCOPES as readonly string[]).includes(term) && index.passageCount(term) <= FOLLOW_UP_DEFAULTS.subjectShare * index.size;
  });
  let best = -1;
  let bestSimilarity = -Infinity;
  words.forEach((word, i) => {
    if (!replaceable[i]) return;
    const similarity = rowSimilarity(headRow, vectorRow(word.toLowerCase()));
    // Ties (no vectors for either word) go to the later word: a noun phrase's head comes last.
    if (similarity >= bestSimilarity) [best, bestSimilarity] = [i, similarity];
  });
  if (best < 0) return `${words.join(" ")} ${fragment}?`;
  // With the words right before it: in English a noun's modifiers come first ("software updates").
  let from = best;
  while (from > 0 && replaceable[from - 1]) from--;
  return `${[...words.slice(0, from), fragment, ...words.slice(best + 1)].join(" ")}?`;
}
