import { z } from "zod";

/** A date inside a quote, resolved against the article's date. */
export const QuoteDateSchema = z.object({ text: z.string(), iso: z.string() });

export const CitationSchema = z.object({
  /** Matches an id in seeds/sources.json. */
  sourceId: z.string(),
  title: z.string(),
  publisher: z.string(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  /** "2024-07-15" (day known), "2024-07" (month known) or null: never more precise than known. */
  published: z.string().nullable(),
  /** Verbatim: `quote === fileText.slice(start, end)`. */
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  dates: z.array(QuoteDateSchema),
  /**
   * How the citation serves the answer: the `answer` itself, a `support`ing source that says the
   * same, one side of a `conflict`, or, for not_found, a `related` passage that does not answer.
   */
  role: z.enum(["answer", "support", "conflict", "related"]),
});

export const AnswerSchema = z
  .object({
    status: z.enum(["answered", "conflict", "not_found", "out_of_scope", "help"]),
    /** As asked, after trimming. */
    question: z.string(),
    /** In a conversation, the question a follow-up was read as ("and resales?" → "when do resales stop?"); absent when read on its own. */
    readAs: z.string().optional(),
    /** The direct answer in plain text, e.g. "September 29, 2024." */
    answer: z.string(),
    /** Best first. */
    citations: z.array(CitationSchema),
    confidence: z.number().min(0).max(1),
    /** Questions to ask next, which the articles answer: curated facts stated near the quoted sentences. */
    suggestions: z.array(z.string()).optional(),
    /** For conflict: each value the sources give, with the sources that give it. */
    sides: z.array(z.object({ value: z.string(), sourceIds: z.array(z.string()) })).optional(),
  })
  .refine((a) => !["answered", "conflict"].includes(a.status) || a.citations.length > 0, {
    message: "an answered or conflict status needs at least one citation",
  });

export type Answer = z.infer<typeof AnswerSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type AnswerStatus = Answer["status"];
