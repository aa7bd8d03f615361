import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Article } from "./corpus.js";
import { CorpusError } from "./corpus-error.js";

/**
 * The curated layer of the corpus, the way FAQ bots keep one (Azure question answering's
 * alternate phrasings): `seeds/facts.json` lists facts the articles state, each tied by offsets
 * to the sentences that state it, with the ways people ask for it. Retrieval searches these
 * phrasings beside the passages; an answer still quotes the passages. The file is optional: an
 * article with no curated facts is answered from its passages alone.
 */
export const FACTS_FILE = "facts.json";

const FactSentenceSchema = z.object({
  /** An id in sources.json. */
  source: z.string(),
  /** `article.text.slice(start, end) === quote`: checked at load, so an edited article cannot silently misquote. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string().min(1),
  /** For a fact the sources disagree on: the value this source gives ("240,000"). */
  value: z.string().min(1).optional(),
});

const FactId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case");

export const FactSchema = z.object({
  id: FactId,
  /** The direct answer, in plain words, saying no more than its sentences. */
  answer: z.string().min(1).max(300),
  /** Best first: the first is the answer's citation, the others also report it. */
  sentences: z.array(FactSentenceSchema).min(1),
  /** Ways people ask for it. */
  questions: z.array(z.string().min(3)).min(1),
  /**
   * An overview for a broad question: each sentence is one of its points, quoted in the order the
   * answer line makes them, so the first quote backs the line's first claim ("Home users can keep
   * running Kaspersky without penalty…" is quoted first by "…won't penalize those continuing…").
   */
  broad: z.boolean().default(false),
  /** The sources disagree: each sentence carries the `value` its source gives. */
  conflict: z.boolean().default(false),
  /**
   * The ids of the facts that give its reason, as the articles tell it: "why did Kaspersky lay everyone off?" is
   * answered by why it is leaving (`company-reason-for-exit`), not by the layoffs again. Best first.
   */
  because: z
    .array(FactId)
    .refine((ids) => new Set(ids).size === ids.length, "lists a reason twice")
    .default([]),
});

export type FactEntry = z.infer<typeof FactSchema>;

/**
 * Reads and checks `facts.json` in the seeds folder against the articles: a bad entry stops the
 * start with one message naming the fact and the field, like a bad sources.json entry does.
 */
export function loadFacts(dir: string, articles: readonly Article[]): FactEntry[] {
  const path = join(dir, FACTS_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new CorpusError(`${path}: ${(error as Error).message}`);
  }
  const parsed = z.array(FactSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [position, ...field] = issue.path;
    const id = Array.isArray(raw) && typeof position === "number" ? (raw[position] as { id?: unknown })?.id : undefined;
    throw new CorpusError(`${path}: fact ${String(position)}${id ? ` (${String(id)})` : ""}, field "${field.join(".")}": ${issue.message}`);
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const factIds = new Set(parsed.data.map((fact) => fact.id));
  for (const fact of parsed.data) {
    if (seen.has(fact.id)) throw new CorpusError(`${path}: duplicate fact id "${fact.id}"`);
    seen.add(fact.id);
    fact.sentences.forEach((sentence, i) => {
      const where = `${path}: fact ${fact.id}, sentences.${i}`;
      const article = byId.get(sentence.source);
      if (!article) throw new CorpusError(`${where}: source "${sentence.source}" is not in sources.json`);
      if (article.text.slice(sentence.start, sentence.end) !== sentence.quote) {
        throw new CorpusError(`${where}: the quote is not at ${sentence.start}–${sentence.end} of ${article.file} (run npm run facts:anchor after editing)`);
      }
    });
    for (const cause of fact.because) {
      if (!factIds.has(cause)) throw new CorpusError(`${path}: fact ${fact.id}, field "because": no fact "${cause}"`);
      if (cause === fact.id) throw new CorpusError(`${path}: fact ${fact.id}, field "because": a fact is not its own reason`);
    }
    if (fact.conflict && fact.sentences.some((s) => !s.value)) {
      throw new CorpusError(`${path}: fact ${fact.id}, field "sentences": a conflict needs each sentence's "value"`);
    }
  }
  return parsed.data;
}
