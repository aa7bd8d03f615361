import type { Answer } from "../../answer/answer-schema.js";

/** What a feedback click is recorded against: the question, the answer's status and its sources. */
export type SentAnswer = { question: string; status: Answer["status"]; sourceIds: string[] };

/**
 * The answers recently sent, by the id Teams gave each message. Teams' feedback invoke names only
 * that id (`replyToId`), so this is how a 👍/👎 finds its question. Bounded: the oldest goes first.
 */
export class SentAnswers {
  private readonly answers = new Map<string, SentAnswer>();

  constructor(private readonly capacity = 10_000) {}

  remember(messageId: string, answer: Answer): void {
    this.answers.set(messageId, { question: answer.question, status: answer.status, sourceIds: [...new Set(answer.citations.map((c) => c.sourceId))] });
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value!);
  }

  recall(messageId: string | undefined): SentAnswer | undefined {
    return messageId ? this.answers.get(messageId) : undefined;
  }
}
