import { EvalCaseSchema, judge, type EvalCase } from "../eval/eval-case.js";
import { CommandError } from "./command-error.js";
import { parseCommandLine, refuseUsage } from "./command-line.js";
import { readInputFile } from "./read-input-file.js";
import { runCommand } from "./run-command.js";

/** `npm run eval -- FILE.jsonl`: per-kind results, the failures, and a last line `score: P/N (X%)`. */
const USAGE = "usage: npm run eval -- FILE.jsonl    an eval set, one case a line (test/eval/*.jsonl, ../shared/eval/dev.jsonl)";

const { positionals } = parseCommandLine("eval", USAGE, {});
if (positionals.length !== 1) refuseUsage("eval", positionals.length === 0 ? "which eval file?" : "one eval file at a time", USAGE);
const [file] = positionals;

await runCommand("eval", async () => {
  const cases = parseCases(file, readInputFile(file, "an eval set, one JSON case a line"));
  // The engine is imported once the eval file is known to be good.
  const [{ ask }, { loadIndex }] = await Promise.all([import("../answer/ask.js"), import("../index/load-index.js")]);
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
  return 0;
});

/** Every case, or the first line that is not one, named by file and line number. */
function parseCases(file: string, text: string): EvalCase[] {
  const cases: EvalCase[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CommandError(`${file}:${i + 1}: not JSON (one case a line: {"id", "question", "kind", "expect_any", "expect_sources"})`);
    }
    const parsed = EvalCaseSchema.safeParse(json);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      throw new CommandError(`${file}:${i + 1}: field "${issue.path.join(".")}": ${issue.message}`);
    }
    cases.push(parsed.data);
  }
  if (cases.length === 0) throw new CommandError(`${file}: no cases in it`);
  return cases;
}
