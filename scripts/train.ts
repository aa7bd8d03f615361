import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ask } from "../src/answer/ask.js";
import { DECIDE_WEIGHTS_FILE, intentClass, type DecideWeights, type IntentClass } from "../src/answer/decide-weights.js";
import { readQuestion } from "../src/answer/question.js";
import { EvalCaseSchema, judge, type EvalCase } from "../src/eval/eval-case.js";
import { loadIndex } from "../src/index/load-index.js";

/**
 * `npm run train`: fits the decide stage's thresholds (src/answer/decide-weights.ts) on the
 * labelled question sets in test/eval and the shared dev set, and writes decide-weights.json.
 *
 * Each class of question (valued, open) has two thresholds, fitted on that class's questions by
 * exhaustive search over a grid: with two parameters an exact search is cheap, where a general
 * optimiser would only approximate a step-shaped score. Each set is held out in turn
 * (leave-one-set-out cross-validation) to report what the fit is worth on questions it was not
 * fitted on; the written thresholds are fitted on all sets. Ties go to the stricter thresholds.
 */
const dir = fileURLToPath(new URL("../test/eval/", import.meta.url));
const files = [...readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => dir + f), fileURLToPath(new URL("../../shared/eval/dev.jsonl", import.meta.url))];
const { index } = loadIndex();

type Case = EvalCase & { set: string; cls: IntentClass };
const cases: Case[] = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const c = EvalCaseSchema.parse(JSON.parse(l));
      return { ...c, set: file.split("/").pop()!, cls: intentClass(readQuestion(c.question, index).intent) };
    }),
);

const grid: [number, number][] = [];
for (let a = 0.3; a <= 1.0001; a += 0.05) for (let r = 0.2; r <= a + 0.0001; r += 0.05) grid.push([round(a), round(r)]);

/** passes[case][grid point], each case judged with its class's thresholds at that point. */
const passes = cases.map((c) =>
  grid.map(([factAnswer, factRescue]) => {
    const weights = { valued: { factAnswer, factRescue }, open: { factAnswer, factRescue } };
    return judge(c, ask(index, c.question, {}, weights), index).pass;
  }),
);

const count = (rows: number[], g: number) => rows.filter((i) => passes[i][g]).length;
/**
 * The grid point with the best mean of the sets' pass rates: each set samples its own way of
 * asking, and the older sets, which the passages' rules were tuned on, would otherwise outvote
 * the newer ones by their size alone.
 */
function fit(rows: number[]): number {
  const bySet = new Map<string, number[]>();
  for (const i of rows) bySet.set(cases[i].set, [...(bySet.get(cases[i].set) ?? []), i]);
  const macro = (g: number) => [...bySet.values()].reduce((sum, r) => sum + count(r, g) / r.length, 0);
  let best = 0;
  for (let g = 1; g < grid.length; g++) if (macro(g) >= macro(best)) best = g;
  return best;
}
const rowsOf = (keep: (c: Case) => boolean) => cases.flatMap((c, i) => (keep(c) ? [i] : []));
const classes: IntentClass[] = ["valued", "open"];
const at = (g: number) => ({ factAnswer: grid[g][0], factRescue: grid[g][1] });

const weights = Object.fromEntries(classes.map((cls) => [cls, at(fit(rowsOf((c) => c.cls === cls)))])) as DecideWeights;
const sets = [...new Set(cases.map((c) => c.set))];
const heldOut: Record<string, string> = {};
let cvPass = 0;
for (const set of sets) {
  let pass = 0;
  for (const cls of classes) {
    const g = fit(rowsOf((c) => c.cls === cls && c.set !== set));
    pass += count(rowsOf((c) => c.cls === cls && c.set === set), g);
  }
  cvPass += pass;
  heldOut[set] = `${pass}/${rowsOf((c) => c.set === set).length}`;
}
const trained = classes.reduce((sum, cls) => {
  const g = grid.findIndex(([a, r]) => a === weights[cls].factAnswer && r === weights[cls].factRescue);
  return sum + count(rowsOf((c) => c.cls === cls), g);
}, 0);
const result = {
  command: "npm run train",
  weights,
  training: `${trained}/${cases.length}`,
  crossValidated: `${cvPass}/${cases.length}: each set scored with the thresholds fitted on the others`,
  heldOut,
};
writeFileSync(DECIDE_WEIGHTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
