import { z } from "zod";
import type { Answer } from "../../answer/answer-schema.js";
import type { Store } from "../../store/store.js";

/** What a feedback click is recorded against: the question, the answer's status and its sources. */
const SentAnswerSchema = z.object({ question: z.string(), status: z.string(), sourceIds: z.array(z.string()) });
export type SentAnswer = z.infer<typeof SentAnswerSchema>;

/** People rate an answer soon after reading it; after a week the vote counts without its question. */
const REMEMBER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The answers recently sent, by the id Teams gave each message. Teams' feedback invoke names only
 * that id (`replyToId`), so this is how a 👍/👎 finds its question. Kept in the shared store, so
 * the click may reach another replica than the one that answered.
 */
export class SentAnswers {
  constructor(private readonly store: Store) {}

  async remember(messageId: string, answer: Answer): Promise<void> {
    const sent: SentAnswer = { question: answer.question, status: answer.status, sourceIds: [...new Set(answer.citations.map((c) => c.sourceId))] };
    await this.store.claim(`teams:sent:${messageId}`, REMEMBER_MS, JSON.stringify(sent));
  }

  async recall(messageId: string | undefined): Promise<SentAnswer | undefined> {
    const stored = messageId ? await this.store.get(`teams:sent:${messageId}`) : null;
    if (stored === null) return undefined;
    try {
      return SentAnswerSchema.parse(JSON.parse(stored));
    } catch {
      return undefined;
    }
  }
}
