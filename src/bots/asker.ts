import type { Answer } from "../answer/answer-schema.js";
import type { AnswerCache } from "../answer/answer-cache.js";
import { looksLikeQuestion } from "../answer/follow-up.js";
import { listingAsked } from "../answer/listing-request.js";
import { sources, timeline, type SourceSummary, type TimelineEvent } from "../answer/timeline.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { Logger, RequestLog } from "../log.js";
import { storeFor } from "../store/fail-open.js";
import type { Store } from "../store/store.js";
import { ConversationMemory } from "./conversation-memory.js";
import type { PlatformName } from "./platforms.js";

/** What a platform adapter renders: an answer, one of the listings, or a fair-use notice. */
export type Reply =
  | { kind: "answer"; answer: Answer }
  | { kind: "sources"; sources: SourceSummary[] }
  | { kind: "timeline"; events: TimelineEvent[] }
  | { kind: "limited"; notice: string };

/** A platform's renderers, one a kind of reply. */
export type ReplyRenderers<T> = {
  answer(answer: Answer): T;
  sources(sources: SourceSummary[]): T;
  timeline(events: TimelineEvent[]): T;
  notice(text: string): T;
};

export function renderWith<T>(reply: Reply, render: ReplyRenderers<T>): T {
  switch (reply.kind) {
    case "answer":
      return render.answer(reply.answer);
    case "sources":
      return render.sources(reply.sources);
    case "timeline":
      return render.timeline(reply.events);
    case "limited":
      return render.notice(reply.notice);
  }
}

export const ASKER_DEFAULTS = {
  /** Questions one user may ask a minute before the bot asks them to wait; 0 turns the limit off. */
  questionsPerMinute: 20,
};

/**
 * What every adapter does with a user's text, whichever platform it came from: apply the
 * per-user fair-use limit, read the `sources` and `timeline` commands, answer anything else,
 * and note on-topic questions the sources could not answer, for the operator's report.
 */
export class Asker {
  private readonly options: typeof ASKER_DEFAULTS;
  /** The listings depend on the index alone: worked out once, on first request (timeline() reads every passage). */
  private listings: { sources: SourceSummary[]; events: TimelineEvent[] } | null = null;

  constructor(
    private readonly deps: { index: KnowledgeIndex; answers: AnswerCache; store: Store; logger: Logger },
    options: Partial<typeof ASKER_DEFAULTS> = {},
  ) {
    this.options = { ...ASKER_DEFAULTS, ...options };
  }

  /**
   * The reply to `text` from `user`. In a `conversation` (a thread, a DM, a chat: the platform's
   * id for it), a follow-up is read in the light of the turn before, and this turn is remembered.
   * `log` is the request's (see requestLog): what goes wrong on the way is logged with its id.
   */
  async reply(platform: PlatformName, user: string, text: string, conversation?: string, log: RequestLog = () => this.deps.logger): Promise<Reply> {
    const { index, answers } = this.deps;
    const store = storeFor(this.deps.store, log);
    const limit = this.options.questionsPerMinute;
    if (limit > 0 && (await store.hit(`questions:${platform}:${user}`, 60_000)) > limit) {
      return {
        kind: "limited",
        notice: `You've asked ${limit} questions this minute, which is as many as I answer for one person. Please ask again in a minute.`,
      };
    }
    const command = listingAsked(text);
    if (command) {
      const listings = (this.listings ??= { sources: sources(index), events: timeline(index) });
      return command === "sources" ? { kind: "sources", sources: listings.sources } : { kind: "timeline", events: listings.events };
    }
    const conversations = conversation ? new ConversationMemory(store) : null;
    const previous = conversations ? await conversations.previous(`${platform}:${conversation}`) : null;
    const answer = answers.ask(text, previous);
    if (conversations) {
      // Kept before the reply goes, so that a quick follow-up finds it; a failure costs one follow-up its context, nothing more.
      await conversations
        .remember(`${platform}:${conversation}`, answer)
        .catch((error) => log().warn({ err: error }, "remembering a conversation turn failed"));
    }
    if (answer.status === "not_found") {
      // Not awaited: the asker should not wait on the operator's notes, and losing one is harmless.
      store
        .append({ kind: "unanswered", at: new Date().toISOString(), platform, question: answer.question })
        .catch((error) => log().warn({ err: error }, "noting an unanswered question failed"));
    }
    return { kind: "answer", answer };
  }

  /**
   * A message in a thread the bot answered in, without a mention: people there also talk to each
   * other ("thanks!", "ok 👍"), so a message that is neither put as a question nor about the
   * sources gets no reply (null) and does not count against the limit. Anything put as a
   * question is answered, in the thread's context.
   */
  async replyToFollowUp(platform: PlatformName, user: string, text: string, conversation: string, log?: RequestLog): Promise<Reply | null> {
    const chatter = !listingAsked(text) && !looksLikeQuestion(text) && (!text.trim() || this.deps.answers.ask(text).status === "out_of_scope");
    return chatter ? null : this.reply(platform, user, text, conversation, log);
  }
}
