import { readFileSync } from "node:fs";
import { ask } from "../answer/ask.js";
import { EvalCaseSchema, judge, type EvalCase } from "../eval/eval-case.js";
import { loadIndex } from "../index/load-index.js";

/** `npm run eval -- FILE.jsonl`: per-kind results, the failures, and a last line `score: P/N (X%)`. */
const file = process.argv[2];
if (!file) {
  console.error("usage: npm run eval -- FILE.jsonl");
  process.exit(2);
}
const cases: EvalCase[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line, i) => {
    const parsed = EvalCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0].message}`);
    return parsed.data;
  });

const { index } = loadIndex();
const byKind = new Map<string, { pass: number; total: number }>();
const failures: string[] = [];
for (const c of cases) {
  const answer = ask(index, c.question);
  const verdict = judge(c, answer, index);
  const tally = byKind.get(c.kind) ?? { pass: 0, total: 0 };
  tally.total++;
  if (verdict.pass) tally.pass++;
  else failures.push(`  ${c.id} ${JSON.stringify(c.question)}: ${verdict.reason}\n      → ${answer.status}: ${answer.answer}`);
  byKind.set(c.kind, tally);
}
for (const [kind, { pass, total }] of byKind) console.log(`${kind.padEnd(13)} ${pass}/${total}`);
if (failures.length) console.log(`failures:\n${failures.join("\n")}`);
const passed = [...byKind.values()].reduce((n, t) => n + t.pass, 0);
console.log(`score: ${passed}/${cases.length} (${Math.round((100 * passed) / cases.length)}%)`);
