import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import LogisticRegression from "ml-logistic-regression";
import { Matrix } from "ml-matrix";
import type { Answer } from "../src/answer/answer-schema.js";
import { ANSWER_DEFAULTS, ask, type Trace } from "../src/answer/ask.js";
import { DECIDE_WEIGHTS_FILE, DEFAULT_THRESHOLDS, intentClass, type DecideWeights, type IntentClass } from "../src/answer/decide-weights.js";
import { bestFactAnswer } from "../src/answer/fact-answer.js";
import { FACT_FEATURES, FACT_MATCH_DEFAULTS, type FactMatch, type FactModel } from "../src/answer/fact-match.js";
import { holdsNeededValues, neededValues } from "../src/answer/needed-values.js";
import { EvalCaseSchema, judge, type EvalCase } from "../src/eval/eval-case.js";
import { loadIndex } from "../src/index/load-index.js";

/**
 * `npm run train`: fits the decide stage on the labelled question sets in test/eval and the
 * shared dev set, and writes src/answer/decide-weights.json.
 *
 * 1. The fact-match model: a logistic regression (ml-logistic-regression) over FACT_FEATURES of
 *    each question's candidate facts, labelled by whether answering from that fact passes the
 *    question's eval case. Its probability is the match's score.
 * 2. For each class of question (valued, open), the two thresholds on that score (answer from
 *    the fact before the passages; rescue a question the passages call not found), by exhaustive
 *    search over a grid, maximising the mean of the sets' pass rates, so that the older sets,
 *    which the passages' rules were tuned on, do not outvote the newer ones by size alone.
 *
 * Each set is held out in turn (leave-one-set-out cross-validation: model and thresholds fitted
 * on the others) to measure what a fit is worth on questions it was not fitted on. The file keeps
 * whichever of the fitted model, fitted thresholds alone, or the hand-set defaults scores best
 * there, and says which.
 */
const CANDIDATES = 8;
const dir = fileURLToPath(new URL("../test/eval/", import.meta.url));
const files = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => dir + f),
  fileURLToPath(new URL("../../shared/eval/dev.jsonl", import.meta.url)),
];
const { index } = loadIndex();
const OFF = { factAnswer: 2, factRescue: 2 };

/** What every route would answer for one case, worked out once. */
type Case = EvalCase & {
  set: string;
  cls: IntentClass;
  /** The answer when no fact is consulted: canned, refused early, the passages', or not found. */
  base: { answer: Answer; pass: boolean; fixed: boolean; passages: boolean; broad: boolean };
  /** Candidate facts: features, the hand-set match score, whether answering from each is possible and passes. */
  facts: { features: number[]; handScore: number; usable: boolean; pass: boolean }[];
};

const cases: Case[] = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => prepare(EvalCaseSchema.parse(JSON.parse(l)), file.split("/").pop()!)),
);

function prepare(c: EvalCase, set: string): Case {
  const trace: Trace = {};
  const answer = ask(index, c.question, { trace, decide: { valued: OFF, open: OFF, fact: null } });
  const question = trace.question;
  // A message answered part by part ("where is it from and how old is it?") has no one question whose facts the
  // thresholds weigh: its answer is what it is, whatever they are.
  if (trace.route === "parts" || !question) {
    return { ...c, set, cls: "open", base: { answer, pass: judge(c, answer, index).pass, fixed: true, passages: false, broad: false }, facts: [] };
  }
  const fixed = trace.route === "canned" || question.unknownAction !== null || question.unknownEntities.length > 0;
  const needed = neededValues(question);
  const facts = (trace.facts ?? []).slice(0, CANDIDATES).map((match: FactMatch) => {
    const a = bestFactAnswer(index, question, [match], 0, ANSWER_DEFAULTS.maxCitations);
    const usable =
      a !== null &&
      holdsNeededValues(
        needed,
        a.citations.map((x) => x.quote),
      );
    // Asked without a model, a match's score is the hand-set one (matchFacts), taken as it is rather than rebuilt from the features.
    return { features: match.features, handScore: match.score, usable, pass: usable && judge(c, a!, index).pass };
  });
  return {
    ...c,
    set,
    cls: intentClass(question.intent),
    base: {
      answer,
      pass: judge(c, answer, index).pass,
      fixed,
      passages: trace.route === "passages",
      // With no fact above the thresholds, a broad question's overview or advice answered (ask()'s routes after the rescue).
      broad: trace.route === "fact-rescue" || trace.route === "story-overview",
    },
    facts,
  };
}

/** The pass/fail of a case under a model and thresholds, as ask() would decide it. */
function passes(c: Case, model: FactModel | null, w: { factAnswer: number; factRescue: number }): boolean {
  if (c.base.fixed) return c.base.pass;
  const scored = c.facts.map((f) => ({ ...f, score: model ? probability(model, f.features) : f.handScore }));
  scored.sort((a, b) => b.score - a.score);
  const fromFact = (floor: number) => {
    for (const f of scored) {
      if (f.score < floor || f.score < scored[0].score * FACT_MATCH_DEFAULTS.runnerUp) return null;
      if (f.usable) return f.pass;
    }
    return null;
  };
  const refused = c.kind === "unanswerable" || c.kind === "out_of_scope";
  // As ask()'s clearLead: a valued question goes to the passages first unless the best fact clearly leads.
  const leads = c.cls !== "valued" || scored.length < 2 || scored[0].score - scored[1].score >= ANSWER_DEFAULTS.valuedLead;
  return (
    (leads ? fromFact(w.factAnswer) : null) ??
    (c.base.passages ? c.base.pass : null) ??
    fromFact(w.factRescue) ??
    (c.base.broad ? c.base.pass : null) ??
    refused
  );
}

function probability(model: FactModel, x: number[]): number {
  return 1 / (1 + Math.exp(-x.reduce((sum, v, i) => sum + v * model.coefficients[i], 0)));
}

function fitModel(train: Case[]): FactModel {
  const rows = train.flatMap((c) => (c.base.fixed ? [] : c.facts));
  const X = new Matrix(rows.map((r) => r.features));
  const y = Matrix.columnVector(rows.map((r) => (r.pass ? 1 : 0)));
  const lr = new LogisticRegression({ numSteps: 4000, learningRate: 0.5 / rows.length });
  lr.train(X, y);
  // One-vs-all: the first classifier scores "not class 0", that is, the fact answers.
  return { features: [...FACT_FEATURES], coefficients: lr.classifiers[0].weights.to1DArray().map((v: number) => round(v, 4)) };
}

const grid: { factAnswer: number; factRescue: number }[] = [];
for (let a = 0.2; a <= 1.0001; a += 0.05) for (let r = 0.1; r <= a + 0.0001; r += 0.05) grid.push({ factAnswer: round(a, 3), factRescue: round(r, 3) });

/** Thresholds for one class: the grid point with the best mean pass rate over the sets. */
function fitThresholds(train: Case[], model: FactModel | null) {
  const bySet = new Map<string, Case[]>();
  for (const c of train) bySet.set(c.set, [...(bySet.get(c.set) ?? []), c]);
  const macro = (w: (typeof grid)[number]) => [...bySet.values()].reduce((sum, cs) => sum + cs.filter((c) => passes(c, model, w)).length / cs.length, 0);
  let best = grid[0];
  let bestScore = macro(best);
  for (const w of grid.slice(1)) {
    const score = macro(w);
    // Ties go to the stricter thresholds, which refuse more readily.
    if (score >= bestScore) [best, bestScore] = [w, score];
  }
  return best;
}

type Fit = { model: FactModel | null; valued: (typeof grid)[number]; open: (typeof grid)[number] };
function fit(train: Case[], learn: boolean): Fit {
  const model = learn ? fitModel(train) : null;
  return {
    model,
    valued: fitThresholds(
      train.filter((c) => c.cls === "valued"),
      model,
    ),
    open: fitThresholds(
      train.filter((c) => c.cls === "open"),
      model,
    ),
  };
}
const score = (cs: Case[], f: Fit) => cs.filter((c) => passes(c, f.model, f[c.cls])).length;

const sets = [...new Set(cases.map((c) => c.set))];
function crossValidate(learn: boolean) {
  const perSet: Record<string, string> = {};
  let total = 0;
  for (const set of sets) {
    const held = cases.filter((c) => c.set === set);
    const pass = score(
      held,
      fit(
        cases.filter((c) => c.set !== set),
        learn,
      ),
    );
    total += pass;
    perSet[set] = `${pass}/${held.length}`;
  }
  return { total, perSet };
}

// Three candidates, compared by what they score on sets they were not fitted on. The hand-set
// defaults are fitted on nothing, so their score on every set is already a held-out score.
const defaults: Fit = { model: null, ...DEFAULT_THRESHOLDS };
const candidates = [
  { name: "fitted model and thresholds", learn: true as boolean | null, ...crossValidate(true) },
  { name: "hand-set match score, fitted thresholds", learn: false as boolean | null, ...crossValidate(false) },
  {
    name: "hand-set match score and thresholds",
    learn: null,
    total: score(cases, defaults),
    perSet: Object.fromEntries(
      sets.map((set) => {
        const held = cases.filter((c) => c.set === set);
        return [set, `${score(held, defaults)}/${held.length}`];
      }),
    ),
  },
];
const best = candidates.reduce((a, b) => (b.total > a.total ? b : a));
const final = best.learn === null ? defaults : fit(cases, best.learn);
const weights: DecideWeights = {
  valued: final.valued,
  open: final.open,
  fact: final.model && { features: [...final.model.features], coefficients: [...final.model.coefficients] },
};
const result = {
  command: "npm run train",
  weights,
  chosen: `${best.name}: the best score on sets held out of the fitting`,
  heldOutScores: Object.fromEntries(candidates.map((c) => [c.name, `${c.total}/${cases.length}`])),
  heldOutPerSet: best.perSet,
};
writeFileSync(DECIDE_WEIGHTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));

function round(x: number, digits: number): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
