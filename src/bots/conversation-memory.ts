import type { Answer } from "../answer/answer-schema.js";
import { turnAfter, TurnSchema, type Turn } from "../answer/follow-up.js";
import { safeJson } from "../safe-json.js";
import type { Store } from "../store/store.js";

export const CONVERSATION_DEFAULTS = {
  /** A conversation picked up after a day starts afresh: a follow-up then reads on its own. */
  ttlMs: 24 * 60 * 60 * 1000,
};

/**
 * The last turn of each conversation (a Slack thread or DM, a Teams chat or reply chain), kept in
 * the store: in memory for one replica, in Redis for several, where it also outlives a restart.
 */
export class ConversationMemory {
  constructor(
    private readonly store: Store,
    private readonly options: typeof CONVERSATION_DEFAULTS = CONVERSATION_DEFAULTS,
  ) {}

  async previous(conversation: string): Promise<Turn | null> {
    const stored = await this.store.get(key(conversation));
    if (stored === null) return null;
    // Another version, or another deployment sharing the Redis, may have written it: checked, never trusted.
    const turn = TurnSchema.safeParse(safeJson(stored));
    return turn.success ? turn.data : null;
  }

  async remember(conversation: string, answer: Answer): Promise<void> {
    const turn = turnAfter(answer);
    if (turn) await this.store.put(key(conversation), JSON.stringify(turn), this.options.ttlMs);
  }
}

const key = (conversation: string) => `conversation:${conversation}`;
