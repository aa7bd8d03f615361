import { z } from "zod";

/**
 * What the bot writes down for operators: a 👍/👎 on an answer, or an on-topic question the
 * sources could not answer (the hint for which article to add next). One JSON object a line.
 */
export const VoteRecordSchema = z.object({
  // Records written before unanswered questions were logged have no kind: they are votes.
  kind: z.literal("vote").default("vote"),
  at: z.string(),
  platform: z.enum(["slack", "teams"]),
  user: z.string(),
  vote: z.enum(["up", "down"]),
  question: z.string(),
  status: z.string(),
  sourceIds: z.array(z.string()),
  /** The rated message (Slack's ts, Teams' activity id): a person's later vote on it replaces the earlier. */
  messageId: z.string().optional(),
  /** What the user wrote with the vote, where the platform asks for it (Teams does). */
  comment: z.string().optional(),
});

export const UnansweredRecordSchema = z.object({
  kind: z.literal("unanswered"),
  at: z.string(),
  platform: z.enum(["slack", "teams"]),
  question: z.string(),
});

export const JournalRecordSchema = z.union([UnansweredRecordSchema, VoteRecordSchema]);

export type VoteRecord = z.infer<typeof VoteRecordSchema>;
export type UnansweredRecord = z.infer<typeof UnansweredRecordSchema>;
export type JournalRecord = VoteRecord | UnansweredRecord;
