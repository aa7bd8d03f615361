import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import SearchableMap from "minisearch/SearchableMap";
import { swappedPairs } from "./slips.js";
import type { Article, Corpus, SourceMeta } from "./corpus.js";
import { FactBank } from "./fact-bank.js";
import { indexCodeHash } from "./index-code.js";
import { LEXICON_FILE } from "./lexicon.js";
import { passageSearch } from "./passage-search.js";
import { passagesOf, type Passage } from "./passages.js";
import { processTerm, SYNONYM_WORDS, termsOf, tokenize } from "./tokenize.js";
import type { TermSearch } from "./term-search.js";
import { rowSimilarity, vectorRow } from "./word-vectors.js";

/** Every default of the index in one place. */
export const INDEX_DEFAULTS = {
  /**
   * A word shares its stem with a passage word by accident when their word vectors are less
   * similar than this: "severance" and "several" 0.12, while the forms of one word ("issued",
   * "issues") are 0.4 or more.
   */
  stemSiblingSimilarity: 0.3,
  /**
   * The word vectors' rows are ordered by frequency: a word in the first this many is common
   * English, never a misspelling. Past them, the web text they were learnt from has common
   * misspellings ("goverment", row 36,101), which are corrected when their vectors are this
   * similar to the near corpus word's (0.56 for "goverment"; "friction" and "function" 0.28).
   */
  commonWords: 30_000,
  misspeltSimilarity: 0.5,
  /** Candidates handed to the answer engine for re-ranking. */
  candidates: 30,
  /**
   * A term in more passages than this is not searched, which would score every one of
   * them; its candidates are the heads of its passage list instead: the passages where it weighs
   * most (the shortest), worked out when the index is built.
   */
  headSize: 1_500,
  /** When every term is background ("How long has Kaspersky been in the US?"), fit decides: look wider. */
  backgroundCandidates: 150,
  /**
   * Terms in more than this share of passages ("kaspersky") are left out of the search itself,
   * where they would only make every passage a candidate, but still count when re-ranking.
   */
  backgroundShare: 0.25,
  /**
   * The passages are ranked as a MiniSearch of them was, with fields "text" and "context" (see
   * passage-search.ts): its BM25+ constants; the sentence or heading before lends its words at a
   * third ("Uncertain Future for Existing Users" introduces the advice that follows).
   */
  bm25: { k1: 1.2, b: 0.7, d: 0.5, contextBoost: 0.3 },
  /** How many of a common term's most focused passages are kept as its candidates. */
  headLength: 300,
  /** Stems shorter than this are not matched one letter off ("cost"/"cast"). */
  minNearTermLength: 5,
  /** An unknown question word weighs this share of the rarest known word. */
  unknownShare: 0.6,
} as const;

/** The snapshot's JSON shape: 4 no longer keeps a MiniSearch (the passage search is made from the passages' terms). */
const SNAPSHOT_VERSION = 4;

export type Source = SourceMeta;

/** The corpus made searchable: passages, their search, and term statistics. */
export class KnowledgeIndex {
  private constructor(
    readonly sources: ReadonlyMap<string, Article>,
    /** Prose passages only: the sentences an answer may quote. */
    readonly passages: readonly Passage[],
    private readonly search: TermSearch,
    /** How many passages each index term occurs in (their own text; context would count each sentence twice). */
    private readonly documentFrequency: ReadonlyMap<string, number>,
    /** Words seen in the corpus (and the synonym table), with counts, for typo correction. */
    private readonly vocabulary: SearchableMap<number>,
    /** For each term in more than `headSize` passages, its most focused passages (ids), best first. */
    private readonly heads: ReadonlyMap<string, readonly number[]>,
    readonly fingerprint: string,
    /** The curated facts and their phrasings, searched beside the passages. */
    readonly bank: FactBank,
  ) {}

  static build(corpus: Corpus): KnowledgeIndex {
    const passages: Passage[] = [];
    for (const article of corpus.articles) passages.push(...passagesOf(article, passages.length));

    const frequency = new Map<string, number>();
    const vocabulary = new Map<string, number>();
    for (const passage of passages) {
      for (const word of tokenize(passage.text)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
      for (const term of new Set(passage.terms.map(([term]) => term))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
    // Typos are corrected to the articles' words and the lexicon's, not the question bank's:
    // "write" one letter from a phrasing's "white" is not a typo.
    for (const word of SYNONYM_WORDS) if (!vocabulary.has(word)) vocabulary.set(word, 1);
    return new KnowledgeIndex(
      articleMap(corpus),
      passages,
      searchOf(passages),
      frequency,
      SearchableMap.from(vocabulary),
      headsOf(passages, frequency),
      fingerprintOf(corpus),
      new FactBank(corpus.facts, passages),
    );
  }

  /** A snapshot loads without re-reading sentences or dates; it is tied to the corpus it was built from. */
  toSnapshot(): string {
    const vocabulary: [string, number][] = [];
    this.vocabulary.forEach((word, count) => {
      vocabulary.push([word, count]);
    });
    return JSON.stringify({
      version: SNAPSHOT_VERSION,
      fingerprint: this.fingerprint,
      passages: this.passages,
      documentFrequency: [...this.documentFrequency],
      vocabulary,
      heads: [...this.heads],
      bank: this.bank.toSnapshot(),
    });
  }

  /** Loads a snapshot for `corpus`, or returns null when the snapshot is stale, foreign or unreadable. */
  static fromSnapshot(json: string, corpus: Corpus): KnowledgeIndex | null {
    try {
      const data = JSON.parse(json);
      if (data.version !== SNAPSHOT_VERSION || data.fingerprint !== fingerprintOf(corpus)) return null;
      return new KnowledgeIndex(
        articleMap(corpus),
        data.passages,
        searchOf(data.passages),
        new Map(data.documentFrequency),
        SearchableMap.from<number>(data.vocabulary),
        new Map(data.heads),
        data.fingerprint,
        new FactBank(corpus.facts, data.passages, data.bank),
      );
    } catch {
      return null;
    }
  }

  get size(): number {
    return this.passages.length;
  }

  /** Inverse document frequency of an index term; a term the corpus lacks weighs as much as the rarest. */
  idf(term: string): number {
    const n = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.passages.length + 1) / (n + 0.5));
  }

  /**
   * Terms in a large share of passages are the corpus's subject ("kaspersky", "us"): they say
   * what every article is about, so they never distinguish one answer from another.
   */
  isBackground(term: string): boolean {
    return this.df(term) > INDEX_DEFAULTS.backgroundShare * this.passages.length;
  }

  /**
   * The same test for a word as written, before synonyms fold it: "Moscow" is a rare word even
   * though its term, shared with "Russian", is everywhere. Counts occurrences, near enough to passages.
   */
  isBackgroundWord(word: string): boolean {
    return (this.wordCounts.get(word) ?? 0) > INDEX_DEFAULTS.backgroundShare * this.passages.length;
  }

  /** Whether the passages (or the lexicon's synonym groups) use a word as written, in lower case. */
  hasWord(word: string): boolean {
    return this.wordCounts.has(word);
  }

  /**
   * The vocabulary's words and counts as a plain Map, for exact look-ups: the radix tree walks a
   * node per prefix, and every word of every question is looked up (typo checks, background words).
   */
  private get wordCounts(): ReadonlyMap<string, number> {
    if (!this.wordCountMap) {
      const counts = new Map<string, number>();
      this.vocabulary.forEach((word, count) => {
        counts.set(word, count);
      });
      this.wordCountMap = counts;
    }
    return this.wordCountMap;
  }

  private wordCountMap: ReadonlyMap<string, number> | undefined;

  /** How many passages hold an index term. */
  passageCount(term: string): number {
    return this.df(term);
  }

  /**
   * A term of the passages, of the headings before them and the articles' titles ("FCC adds
   * Kaspersky to its list"), or of
   * the question bank's phrasings (a word people use for what the articles say).
   */
  knows(term: string): boolean {
    return this.documentFrequency.has(term) || this.bank.terms.has(term) || this.contextTerms.has(term);
  }

  private get contextTerms(): ReadonlySet<string> {
    this.contextTermSet ??= new Set([...this.passages.flatMap((p) => p.contextTerms), ...[...this.sources.values()].flatMap((a) => termsOf(a.title))]);
    return this.contextTermSet;
  }

  private contextTermSet: ReadonlySet<string> | undefined;

  /**
   * Whether a word the passages lack shares its stem with passage words by accident of the
   * stemmer: Porter stems both "severance" and "several" to "sever". It does when the word vectors
   * know the word and every passage word of that stem, and none of them is close to it.
   */
  stemCollides(word: string, term: string): boolean {
    if (this.wordCounts.has(word) || !word.startsWith(term)) return false;
    const row = vectorRow(word);
    if (row < 0) return false;
    let collides = false;
    let close = false;
    this.vocabulary.atPrefix(term).forEach((sibling) => {
      if (close || processTerm(sibling) !== term) return;
      const other = vectorRow(sibling);
      if (other < 0 || rowSimilarity(row, other) >= INDEX_DEFAULTS.stemSiblingSimilarity) close = true;
      else collides = true;
    });
    return collides && !close;
  }

  /**
   * The corpus word closest to a misspelt one ("updtes" → "updates"), or null: a word of the
   * passages, or else one people ask with in the question bank ("uninstal" → "uninstall"). A word
   * of English (the word vectors' vocabulary) is taken as written.
   */
  correct(word: string): string | null {
    // A four-letter word is too often a real word one letter from a corpus word ("cost"/"cast", "joke"/"joe"): only
    // one no English word is (not in the word vectors) is corrected, and only by the letter left out ("blok", "usrs")
    // or two swapped. A "word" of more than 24 letters is no word mistyped, and costly to compare.
    if (word.length === 4 && !/\d/.test(word) && vectorRow(word) < 0) {
      const longer = (candidate: string) => candidate.length === word.length + 1;
      return this.closest(word, this.vocabulary, 1, longer) ?? this.closest(word, (this.bankWords ??= bankVocabulary(this.bank)), 1, longer);
    }
    if (word.length < 5 || word.length > 24 || /\d/.test(word)) return null;
    // An English word is no misspelling of another ("friction" is not "function", "write" is not "white"),
    // unless it is a rare one used as the word it is near ("goverment" is the vectors' 36,101st word).
    const row = vectorRow(word);
    if (row >= 0 && row < INDEX_DEFAULTS.commonWords) return null;
    const fromPassages = this.closest(word, this.vocabulary);
    if (fromPassages && (row < 0 || rowSimilarity(row, vectorRow(fromPassages)) >= INDEX_DEFAULTS.misspeltSimilarity)) return fromPassages;
    if (row >= 0) return null;
    // The bank's words only one letter off: its vocabulary is people's, and a word two letters from
    // one of them is as often another word of theirs.
    const bankWords = (this.bankWords ??= bankVocabulary(this.bank));
    return bankWords.has(word) ? null : this.closest(word, bankWords, 1);
  }

  private bankWords: SearchableMap<number> | undefined;

  /** The vocabulary word nearest `word` (and the commonest of the nearest) that `accept` takes, with its first letter; else one with two letters swapped. */
  private closest(
    word: string,
    vocabulary: SearchableMap<number>,
    maxDistance = word.length >= 8 ? 2 : 1,
    accept = (_candidate: string) => true,
  ): string | null {
    let best: { word: string; distance: number; count: number } | null = null;
    for (const [candidate, [count, distance]] of vocabulary.fuzzyGet(word, maxDistance)) {
      // Typos rarely hit the first letter, and a changed one often flips the word ("uninstall"/"install").
      if (candidate[0] !== word[0] || !accept(candidate)) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word: candidate, distance, count };
      }
    }
    return best?.word ?? transposed(word, vocabulary);
  }

  /**
   * A corpus word of the same family as an unknown one, sharing most of its beginning
   * ("competitors" → "competing"), where the stemmer's rules stop short.
   */
  relative(word: string): string | null {
    // Seven letters keep "comment" from "commerce"; longer words may differ in their last four.
    if (word.length < 7 || /\d/.test(word)) return null;
    const prefix = word.slice(0, Math.max(7, word.length - 4));
    let best: [string, number] | null = null;
    this.vocabulary.atPrefix(prefix).forEach((candidate, count) => {
      if (!best || count > best[1]) best = [candidate, count];
    });
    return best?.[0] ?? null;
  }

  /**
   * The index term one letter from an unknown one, compared as stems: spellings that differ where
   * the stemmer keeps them ("licences" → "licenc", the corpus's "licensing" → "licens"), and word
   * forms the stemmer cuts differently ("resellers"/"resales"). Whole words are too far apart for
   * `correct()` there. Short stems are left alone, and only the last letter may differ: real
   * words are often one letter apart elsewhere ("expert"/"expect", "actual"/"factual").
   */
  nearTerm(term: string): string | null {
    if (term.length < 4 || /\d/.test(term)) return null;
    this.termMap ??= SearchableMap.from([...this.documentFrequency]);
    // A short stem may only be one letter short: Porter stems "focus" to "focu" but "focusing" to "focus".
    const stem = term.length < INDEX_DEFAULTS.minNearTermLength ? term : term.slice(0, -1);
    let best: [string, number] | null = null;
    for (const [candidate, [count]] of this.termMap.fuzzyGet(term, 1)) {
      if (candidate.startsWith(stem) && (!best || count > best[1])) best = [candidate, count];
    }
    return best?.[0] ?? null;
  }

  private termMap: SearchableMap<number> | undefined;

  /**
   * The weight of a question word the corpus does not have. It counts (a question about
   * "refunds" is not answered by a sentence about Kaspersky) but less than the rarest known
   * word: many unknown words are chat filler ("basically", "tbh"), and the corpus is small. A
   * name (capitalised inside the question) weighs in full.
   */
  unknownWeight(isName = false): number {
    return this.idf("") * (isName ? 1 : INDEX_DEFAULTS.unknownShare);
  }

  /**
   * Candidate passages for a set of index terms, best first, each with a BM25 relevance. Rare
   * terms are searched (scored as MiniSearch would), common ones through their heads; background terms
   * ("kaspersky") join the search only when the question has no other word.
   */
  candidates(terms: string[], limit: number = INDEX_DEFAULTS.candidates): { id: number; score: number }[] {
    const known = [...new Set(terms.filter((t) => this.knows(t)))];
    const focused = known.filter((t) => !this.isBackground(t));
    const query = focused.length > 0 ? focused : known;
    const rare = query.filter((t) => this.df(t) <= INDEX_DEFAULTS.headSize);
    const pool = new Set<number>();
    if (rare.length > 0) {
      for (const id of this.search.search(rare, 2 * limit)) pool.add(id);
    }
    for (const term of query) for (const id of this.heads.get(term) ?? []) pool.add(id);
    const wanted = focused.length > 0 ? limit : Math.max(limit, INDEX_DEFAULTS.backgroundCandidates);
    const idfs = known.map((t) => this.idf(t));
    return bestFirst(pool, (id) => this.bm25(this.passages[id], known, idfs), wanted);
  }

  /**
   * The relevance MiniSearch would give (BM25+, summed over the sentence and, at a third, its
   * context, times the number of question terms matched), computed from the passage's own terms.
   */
  private bm25(passage: Passage, terms: string[], idfs: readonly number[]): number {
    const { k1, b, d, contextBoost } = INDEX_DEFAULTS.bm25;
    const [textLength, contextLength] = this.averageLengths;
    const textNorm = k1 * (1 - b + (b * passage.terms.length) / textLength);
    const contextNorm = k1 * (1 - b + (b * passage.contextTerms.length) / contextLength);
    let score = 0;
    let matched = 0;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      let tf = 0;
      for (const [t] of passage.terms) if (t === term) tf++;
      const inContext = passage.contextTerms.includes(term);
      if (tf === 0 && !inContext) continue;
      matched++;
      const idf = idfs[i];
      if (tf > 0) score += idf * (d + (tf * (k1 + 1)) / (tf + textNorm));
      if (inContext) score += contextBoost * idf * (d + (k1 + 1) / (1 + contextNorm));
    }
    return score * matched;
  }

  private get averageLengths(): [number, number] {
    const n = Math.max(1, this.passages.length);
    this.meanLengths ??= [
      this.passages.reduce((sum, p) => sum + p.terms.length, 0) / n || 1,
      this.passages.reduce((sum, p) => sum + p.contextTerms.length, 0) / n || 1,
    ];
    return this.meanLengths;
  }

  private meanLengths: [number, number] | undefined;

  private df(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  passage(id: number): Passage {
    return this.passages[id];
  }

  source(id: string): Article {
    const article = this.sources.get(id);
    if (!article) throw new Error(`KnowledgeIndex: unknown source id ${id}`);
    return article;
  }
}

/**
 * The `wanted` best ids by score, highest first, a lower id first among equals: kept by insertion,
 * since sorting them all with a comparator (a call per comparison) cost more than scoring them.
 */
function bestFirst(ids: Iterable<number>, scoreOf: (id: number) => number, wanted: number): { id: number; score: number }[] {
  const best: { id: number; score: number }[] = [];
  for (const id of ids) {
    const score = scoreOf(id);
    let at = best.length;
    while (at > 0 && (score > best[at - 1].score || (score === best[at - 1].score && id < best[at - 1].id))) at--;
    if (at >= wanted) continue;
    best.splice(at, 0, { id, score });
    if (best.length > wanted) best.pop();
  }
  return best;
}

/** The most focused passages (fewest terms) of each common term: where it weighs most. */
function headsOf(passages: readonly Passage[], frequency: ReadonlyMap<string, number>): Map<string, number[]> {
  const heads = new Map<string, number[]>();
  for (const [term, count] of frequency) if (count > INDEX_DEFAULTS.headSize) heads.set(term, []);
  if (heads.size === 0) return heads;
  for (const passage of passages) {
    for (const term of new Set(passage.terms.map(([t]) => t))) heads.get(term)?.push(passage.id);
  }
  for (const [term, ids] of heads) {
    ids.sort((a, b) => passages[a].terms.length - passages[b].terms.length || a - b);
    heads.set(term, ids.slice(0, INDEX_DEFAULTS.headLength));
  }
  return heads;
}

/** The passages' search, with the index's BM25+ constants. */
function searchOf(passages: readonly Passage[]): TermSearch {
  const { k1, b, d, contextBoost } = INDEX_DEFAULTS.bm25;
  return passageSearch(passages, { k: k1, b, d, contextBoost });
}

function articleMap(corpus: Corpus): Map<string, Article> {
  return new Map(corpus.articles.map((a) => [a.id, a]));
}

/**
 * Changes when any article changes, or the code that turns articles into passages and terms does
 * (this folder, word tables included): a snapshot never outlives the rules that built it.
 */
function fingerprintOf(corpus: Corpus): string {
  const hash = createHash("sha256").update(indexCodeHash());
  for (const { text, ...meta } of corpus.articles) hash.update(JSON.stringify(meta)).update(text);
  // The question bank's phrasings are kept in the snapshot as terms.
  hash.update(JSON.stringify(corpus.facts));
  // The lexicon (synonyms, shorthand, acronyms) decides what words become which terms.
  hash.update(readFileSync(LEXICON_FILE));
  return hash.digest("hex");
}

/** A word of `vocabulary` the misspelt one is with two neighbouring letters swapped ("updaets" → "updates"), which edit distance counts twice. */
function transposed(word: string, vocabulary: SearchableMap<number>): string | null {
  let best: [string, number] | null = null;
  for (const swapped of swappedPairs(word)) {
    const count = vocabulary.get(swapped);
    if (count !== undefined && (!best || count > best[1])) best = [swapped, count];
  }
  return best?.[0] ?? null;
}

/** The words of the question bank's phrasings, each with how often they are used. */
function bankVocabulary(bank: FactBank): SearchableMap<number> {
  const words = new Map<string, number>();
  for (const p of bank.phrasings) for (const word of tokenize(p.text)) words.set(word, (words.get(word) ?? 0) + 1);
  return SearchableMap.from(words);
}
