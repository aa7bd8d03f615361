import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Answer } from "./answer-schema.js";
import { ask } from "./ask.js";
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

  ask(question: string): Answer {
    // Case is part of the key: a capitalised unknown word is read as a name and weighs more.
    const key = cleanText(question);
    const cached = this.answers.get(key);
    if (cached) {
      // Re-inserting moves the key to the end: Map keeps insertion order, which makes this an LRU.
      this.answers.delete(key);
      this.answers.set(key, cached);
      return cached;
    }
    const answer = ask(this.index, question);
    this.answers.set(key, answer);
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value!);
    return answer;
  }
}
