import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer } from "./answer-schema.js";
import { ask } from "./ask.js";
import { readInContext, type Turn } from "./follow-up.js";
import { cleanText } from "./question.js";

/**
 * `ask()` with a bounded memory of recent questions. An answer depends only on the question and
 * the index, and people ask the same few questions again and again ("when do updates stop?"),
 * so a repeat costs a lookup. The least recently asked question goes first when it is full.
 * Answers are shared between callers: treat them as read-only.
 */
export class AnswerCache {
  private readonly answers = new Map<string, Answer>();

  constructor(
    private readonly index: KnowledgeIndex,
    private readonly capacity = 1_000,
  ) {}

  /** The answer to `question`, read in the light of the conversation's `previous` turn when there is one. */
  ask(question: string, previous?: Turn | null): Answer {
    // Case is part of the key: a capitalised unknown word is read as a name and weighs more.
    // A follow-up's answer depends on what it completes to, as well as on its own words.
    const reading = previous ? readInContext(question, previous, this.index) : null;
    const key = reading?.completedBy ? `${cleanText(question)}\u0000${reading.question}` : cleanText(question);
    const cached = this.answers.get(key);
    if (cached) {
      // Re-inserting moves the key to the end: Map keeps insertion order, which makes this an LRU.
      this.answers.delete(key);
      this.answers.set(key, cached);
      return cached;
    }
    const answer = ask(this.index, question, { previous });
    this.answers.set(key, answer);
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value!);
    return answer;
  }
}
