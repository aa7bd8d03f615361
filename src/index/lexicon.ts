import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../project-root.js";
import { StartupError } from "../startup-error.js";

/**
 * What is specific to this story's vocabulary, kept as data beside seeds/sources.json
 * (`seeds/lexicon.json`): groups of words that mean the same thing in questions about it. Each
 * group folds to one index term (its first word), so "When do patches stop?" finds "…prohibit
 * the download of software updates". Groups are kept narrow on purpose: "users" and "clients"
 * stay apart, because the articles give different numbers for each and a merged term would
 * answer one with the other. Stems must not collide with other words: Porter stems "department"
 * to "depart", so "depart" is left out of the leaving group. Each group's `note` says why a
 * word is in or out.
 */
export const LEXICON_FILE = join(PROJECT_ROOT, "seeds", "lexicon.json");

const word = z.string().regex(/^[a-z0-9]+$/, "must be one lower-case word");
/** Kinds of value a sentence can be seen to hold (see src/answer/needed-values.ts). */
export const VALUE_KINDS = ["money", "contact", "identifier", "clock", "count"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const LexiconSchema = z.object({
  /** Acronyms, matched as written in capitals ("IT" → "information technology"). */
  acronyms: z
    .object({
      note: z.string().optional(),
      words: z.record(z.string().regex(/^[A-Z]{2,}$/, "must be written in capitals"), z.string().regex(/^[a-z ]+$/, "must be lower-case words")),
    })
    .default({ words: {} }),
  /** Chat shorthand → the words the articles spell out ("govt" → "government", "whats" → "what is"). */
  // A key may be a phrase whose sense its words alone would misread ("end up" is not "end"); an
  // empty value drops chat filler ("lol") that would otherwise be searched as a word the articles lack.
  shorthand: z
    .object({
      note: z.string().optional(),
      words: z.record(
        // "$$" is chat for money, "% wise" for "in percent"; "w/o" for "without".
        z.string().regex(/^([a-z0-9]+(\/[a-z0-9]+)?|[$€£%]+)( [a-z0-9]+(\/[a-z0-9]+)?)*$/, "must be lower-case words, or currency or percent signs"),
        z.string().regex(/^[a-z ]*$/, "must be lower-case words, or empty"),
      ),
    })
    .default({ words: {} }),
  /**
   * Words that mean the same in this story, folded to the group's first word. A listed word also
   * brings its unlisted forms by their stem ("sanctioning" by "sanction"), except those in
   * `asWritten`: words whose stem is another common word ("news" stems to "new", "authority" to
   * "author"), which would otherwise be read as this group's word wherever it is asked.
   */
  synonyms: z.array(
    z
      .object({ words: z.array(word).min(1), asWritten: z.array(word).default([]), note: z.string().optional() })
      .refine((g) => g.asWritten.every((w) => g.words.includes(w)), { message: "asWritten must list only words of the group", path: ["asWritten"] }),
  ),
  /**
   * The sides whose words the articles report, each with the words that name it ("Kaspersky",
   * "the company"; "Raimondo", "officials"): "according to Kaspersky…" asks for its side's words.
   */
  speakers: z
    .array(z.object({ side: z.string().regex(/^[a-z]+$/, "must be one lower-case word"), words: z.array(word).min(1), note: z.string().optional() }))
    .default([]),
  /** Focus words that ask for a kind of value ("what is the fine" asks for money). */
  valueKinds: z.array(z.object({ kind: z.enum(VALUE_KINDS), asks: z.array(word).min(1), note: z.string().optional() })).default([]),
});
export type Lexicon = {
  synonyms: string[][];
  /** Listed words whose stem claims nothing (see LexiconSchema.synonyms). */
  asWritten: ReadonlySet<string>;
  valueKinds: ReadonlyMap<string, ValueKind>;
  /** A word naming a side whose words the articles report → that side ("raimondo" → "government"). */
  speakers: ReadonlyMap<string, string>;
  /** Maps, not objects: a word such as "constructor" must not find Object.prototype's. */
  shorthand: ReadonlyMap<string, string>;
  acronyms: ReadonlyMap<string, string>;
};

export class LexiconError extends StartupError {
  constructor(message: string) {
    super(`lexicon: ${message}`);
    this.name = "LexiconError";
  }
}

/** Checks a lexicon: the schema, then that no word is in two groups. Errors name the entry. */
export function parseLexicon(raw: unknown, where = "seeds/lexicon.json"): Lexicon {
  const parsed = LexiconSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [section, group, , position] = issue.path;
    const entry =
      section === "shorthand" || section === "acronyms"
        ? ` ${section} "${String(issue.path[2] ?? "")}"`
        : typeof group === "number"
          ? ` group ${group}${typeof position === "number" ? `, word ${position}` : ""}`
          : "";
    throw new LexiconError(`${where}:${entry} (${issue.path.join(".")}): ${issue.message}`);
  }
  const groupOf = new Map<string, number>();
  const groups = parsed.data.synonyms.map((g) => g.words);
  groups.forEach((words, i) => {
    for (const w of words) {
      const other = groupOf.get(w);
      if (other !== undefined && other !== i) throw new LexiconError(`${where}: "${w}" is in two groups (${groups[other][0]}, ${words[0]})`);
      groupOf.set(w, i);
    }
  });
  const valueKinds = new Map<string, ValueKind>();
  for (const { kind, asks } of parsed.data.valueKinds) for (const w of asks) valueKinds.set(w, kind);
  const speakers = new Map<string, string>();
  for (const { side, words } of parsed.data.speakers) {
    for (const w of words) {
      const other = speakers.get(w);
      if (other !== undefined && other !== side) throw new LexiconError(`${where}: speaker word "${w}" names two sides (${other}, ${side})`);
      speakers.set(w, side);
    }
  }
  return {
    synonyms: groups,
    asWritten: new Set(parsed.data.synonyms.flatMap((g) => g.asWritten)),
    valueKinds,
    speakers,
    shorthand: new Map(Object.entries(parsed.data.shorthand.words)),
    acronyms: new Map(Object.entries(parsed.data.acronyms.words)),
  };
}

/** Reads and checks a lexicon file; a missing or malformed one stops the start, naming the file. */
export function readLexicon(path: string = LEXICON_FILE): Lexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new LexiconError(`${path} is missing: restore it from the repository`);
    throw new LexiconError(`${path}: ${(error as Error).message}`);
  }
  return parseLexicon(raw, path);
}

/** The lexicon, read once per process. */
export const LEXICON: Lexicon = readLexicon();
export const SYNONYM_GROUPS: readonly string[][] = LEXICON.synonyms;
