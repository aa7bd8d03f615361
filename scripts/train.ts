import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ask } from "../src/answer/ask.js";
import { DECIDE_WEIGHTS_FILE, type DecideWeights } from "../src/answer/decide-weights.js";
import { EvalCaseSchema, judge, type EvalCase } from "../src/eval/eval-case.js";
import { loadIndex } from "../src/index/load-index.js";

/**
 * `npm run train`: fits the decide stage's thresholds on the labelled question sets in test/eval
 * (and the shared dev set), by grid search, and writes src/answer/decide-weights.json. Each set is
 * held out in turn (leave-one-set-out cross-validation) to report what the fit is worth on
 * questions it was not fitted on; the written weights are then fitted on all sets.
 *
 * Two thresholds over a fine grid: an exhaustive search is exact here, where a general optimiser
 * would only approximate it.
 */
const sets = new Map<string, EvalCase[]>();
const dir = fileURLToPath(new URL("../test/eval/", import.meta.url));
const files = [...readdirSync(dir).filter((f) => f.endsWith(".jsonl")).map((f) => dir + f), fileURLToPath(new URL("../../shared/eval/dev.jsonl", import.meta.url))];
for (const file of files) {
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
  sets.set(file.split("/").pop()!, lines.map((l) => EvalCaseSchema.parse(JSON.parse(l))));
}

const { index } = loadIndex();
const grid: DecideWeights[] = [];
for (let a = 0.3; a <= 1.001; a += 0.05) for (let r = 0.2; r <= a + 0.001; r += 0.05) grid.push({ factAnswer: round(a), factRescue: round(r) });

// passes[set][case][gridIndex]
const passes = new Map<string, boolean[][]>();
for (const [name, cases] of sets) passes.set(name, cases.map((c) => grid.map((w) => judge(c, ask(index, c.question, {}, w), index).pass)));

const score = (names: string[], g: number) => names.reduce((sum, n) => sum + passes.get(n)!.filter((row) => row[g]).length, 0);
const size = (names: string[]) => names.reduce((sum, n) => sum + sets.get(n)!.length, 0);
/** Best grid point on these sets; ties go to the stricter (higher) thresholds, which refuse more readily. */
function fit(names: string[]): number {
  let best = 0;
  for (let g = 1; g < grid.length; g++) if (score(names, g) >= score(names, best)) best = g;
  return best;
}

const names = [...sets.keys()];
const heldOut: Record<string, string> = {};
let cvPass = 0;
for (const name of names) {
  const g = fit(names.filter((n) => n !== name));
  cvPass += score([name], g);
  heldOut[name] = `${score([name], g)}/${size([name])} with ${JSON.stringify(grid[g])}`;
}
const g = fit(names);
const result = {
  command: "npm run train",
  fitted: new Date().toISOString().slice(0, 10),
  weights: grid[g],
  training: `${score(names, g)}/${size(names)}`,
  crossValidated: `${cvPass}/${size(names)} (each set scored with the weights fitted on the others)`,
  heldOut,
};
writeFileSync(DECIDE_WEIGHTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
