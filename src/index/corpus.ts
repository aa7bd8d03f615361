import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { CorpusError } from "./corpus-error.js";
import { loadFacts, type FactEntry } from "./question-bank.js";

/** What `seeds/sources.json` says about one article. Every quoted field is optional knowledge: `null` means unknown. */
export const SourceMetaSchema = z.object({
  id: z.string().regex(/^\w+$/, 'must be a short word like "005"'),
  file: z.string().regex(/^[\w.-]+\.txt$/, "must be a .txt file name inside seeds/"),
  publisher: z.string().min(1),
  title: z.string().min(1),
  author: z.string().min(1).nullable(),
  published: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
    .refine(isCalendarDate, "is not a real calendar date")
    .nullable(),
  publishedPrecision: z.enum(["day", "month", "year"]).nullable().optional(),
  url: z.url().nullable(),
});
function isCalendarDate(value: string): boolean {
  const [y, m = "01", d = "01"] = value.split("-");
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${y}-${m}-${d}`);
}

export type SourceMeta = z.infer<typeof SourceMetaSchema>;

export type Article = SourceMeta & {
  /** The file's text exactly as stored: every quote is a slice of it. */
  text: string;
};

/** The articles, and the curated facts tied to their sentences (seeds/facts.json; none when absent). */
export type Corpus = { dir: string; articles: Article[]; facts: FactEntry[] };

export { CorpusError } from "./corpus-error.js";

/**
 * Reads `sources.json`, every article it names and the curated facts tied to them. A broken
 * corpus stops here with one message naming the file and the field, instead of surfacing later as
 * a wrong or unquotable answer.
 */
export function loadCorpus(dir: string): Corpus {
  const articles = loadArticles(dir);
  return { dir, articles, facts: loadFacts(dir, articles) };
}

/** The articles alone, for tools that fix the facts' offsets after an article changed. */
export function loadArticles(dir: string): Article[] {
  const metaPath = join(dir, "sources.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(metaPath, "utf8"));
  } catch (error) {
    if (isMissing(error)) throw new CorpusError(`${metaPath} is missing: it lists the articles; restore it from the repository`);
    throw new CorpusError(`${metaPath}: ${(error as Error).message}`);
  }
  const parsed = z.array(SourceMetaSchema).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, field] = issue.path;
    const id = Array.isArray(raw) && typeof index === "number" ? (raw[index] as { id?: unknown })?.id : undefined;
    const where = `entry ${String(index)}${id ? ` (id ${String(id)})` : ""}`;
    throw new CorpusError(`${metaPath}: ${where}, field "${String(field ?? "")}": ${issue.message}`);
  }

  const seen = new Set<string>();
  const articles = parsed.data.map((meta) => {
    if (seen.has(meta.id)) throw new CorpusError(`${metaPath}: duplicate id "${meta.id}" (field "id")`);
    seen.add(meta.id);
    checkPrecision(metaPath, meta);
    const path = join(dir, meta.file);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      const problem = isMissing(error)
        ? "is missing: restore it, or remove its entry from sources.json"
        : `cannot be read (${(error as NodeJS.ErrnoException).code})`;
      throw new CorpusError(`${path}: the file named by "${meta.id}" (field "file") ${problem}`);
    }
    return { ...meta, text };
  });

  const listed = new Set(articles.map((a) => a.file));
  const unlisted = readdirSync(dir).filter((f) => f.endsWith(".txt") && !listed.has(f));
  if (unlisted.length > 0) {
    throw new CorpusError(`${join(dir, unlisted[0])}: has no entry in sources.json (field "file")`);
  }
  return articles;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/** The precision must agree with the date's shape, or dates would be shown more exactly than known. */
function checkPrecision(metaPath: string, meta: SourceMeta): void {
  if (meta.published === null) return;
  const shape = meta.published.length === 10 ? "day" : meta.published.length === 7 ? "month" : "year";
  const precision = meta.publishedPrecision ?? shape;
  if (precision !== shape) {
    throw new CorpusError(`${metaPath}: id ${meta.id}, field "publishedPrecision": "${precision}" does not match published "${meta.published}"`);
  }
}
