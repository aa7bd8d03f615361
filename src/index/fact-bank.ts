import { CorpusError } from "./corpus-error.js";
import type { Passage } from "./passages.js";
import type { FactEntry } from "./question-bank.js";
import { TermSearch } from "./term-search.js";
import { termsOf } from "./tokenize.js";

/** A curated fact, anchored to the passages an answer quotes. */
export type Fact = FactEntry & {
  /** The passages its sentences fall in, in the fact's order (best first). */
  passageIds: number[];
  /** Index terms of its sentences: what a question about it may also use. */
  sentenceTerms: ReadonlySet<string>;
  /** Index terms of all its phrasings and its answer line: the words people use for it. */
  askedTerms: ReadonlySet<string>;
  /** Index terms of its answer line: what it states ("corporate clients" is what 240,000 counts). */
  answerTerms: ReadonlySet<string>;
};

/** One way of asking for a fact (or the fact's own answer line), as searched. */
export type Phrasing = { id: number; fact: Fact; text: string; terms: readonly string[] };

/** What the index snapshot keeps of the bank: each phrasing's terms, in order. */
export type FactBankSnapshot = { terms: string[][] };

/**
 * The question bank made searchable: every phrasing of every fact in a search of its own (scored
 * as a MiniSearch of them would be), beside the passages' index. Its terms are kept in the index
 * snapshot: turning its hundreds of phrasings into terms took a fifth of a start.
 */
export class FactBank {
  readonly facts: readonly Fact[];
  readonly phrasings: readonly Phrasing[];
  /** Every index term the phrasings use: the bank's vocabulary counts as known to the corpus. */
  readonly terms: ReadonlySet<string>;
  private readonly search: TermSearch;

  /** From the facts, or from a snapshot of this bank taken over the same facts (see KnowledgeIndex). */
  constructor(entries: readonly FactEntry[], passages: readonly Passage[], saved?: FactBankSnapshot) {
    const sources = new Set(entries.flatMap((e) => e.sentences.map((s) => s.source)));
    const bySource = new Map<string, Passage[]>();
    for (const p of passages) {
      if (!sources.has(p.sourceId)) continue;
      const list = bySource.get(p.sourceId);
      if (list) list.push(p);
      else bySource.set(p.sourceId, [p]);
    }
    // Each fact's phrasings are its questions, then its answer line.
    const texts = entries.map((entry) => [...entry.questions, entry.answer]);
    const count = texts.reduce((n, list) => n + list.length, 0);
    // A snapshot of a bank over other facts has another count: it is not used (the fingerprint should have caught it).
    const fromSaved = saved !== undefined && saved.terms.length === count;
    const terms = fromSaved ? saved.terms : texts.flat().map((text) => termsOf(text));
    let next = 0;
    const phrasings: Phrasing[] = [];
    this.facts = entries.map((entry, i) => {
      const own = texts[i].map((text) => ({ text, terms: terms[next++] }));
      const fact = anchor(
        entry,
        own.map((p) => p.terms),
        bySource,
        passages,
      );
      for (const { text, terms: t } of own) phrasings.push({ id: phrasings.length, fact, text, terms: t });
      return fact;
    });
    this.phrasings = phrasings;
    this.terms = new Set(phrasings.flatMap((p) => p.terms));
    this.search = TermSearch.of(phrasings.map((p) => p.terms));
  }

  toSnapshot(): FactBankSnapshot {
    return { terms: this.phrasings.map((p) => [...p.terms]) };
  }

  get size(): number {
    return this.facts.length;
  }

  /** Phrasings sharing any of the terms, best first. */
  candidates(terms: readonly string[], limit: number): Phrasing[] {
    if (this.phrasings.length === 0 || terms.length === 0) return [];
    return this.search.search(terms, limit).map((id) => this.phrasings[id]);
  }
}

/** The passages a fact's sentences fall in: the one each sentence overlaps most. `phrasingTerms`: its questions' terms, then its answer's. */
function anchor(entry: FactEntry, phrasingTerms: readonly (readonly string[])[], bySource: ReadonlyMap<string, Passage[]>, passages: readonly Passage[]): Fact {
  const passageIds: number[] = [];
  for (const s of entry.sentences) {
    let best: { id: number; overlap: number } | null = null;
    for (const p of bySource.get(s.source) ?? []) {
      const overlap = Math.min(p.end, s.end) - Math.max(p.start, s.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { id: p.id, overlap };
    }
    // A quote in a headline or caption matches its offsets but cannot be cited.
    if (!best)
      throw new CorpusError(
        `facts.json: fact ${entry.id}, sentences.${entry.sentences.indexOf(s)}: the quote is in no sentence an answer may quote (a headline, caption or byline?)`,
      );
    if (!passageIds.includes(best.id)) passageIds.push(best.id);
  }
  const sentenceTerms = new Set(passageIds.flatMap((id) => passages[id].terms.map(([t]) => t)));
  const askedTerms = new Set(phrasingTerms.flat());
  return { ...entry, passageIds, sentenceTerms, askedTerms, answerTerms: new Set(phrasingTerms.at(-1)) };
}
