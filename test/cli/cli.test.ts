import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/answer/answer-schema.js";
import { ask } from "../../src/answer/ask.js";
import { sources, timeline } from "../../src/answer/timeline.js";
import { formatDate } from "../../src/index/dates.js";
import { FOLLOW_UPS } from "../fixtures/follow-ups.js";
import { editSources, seeds } from "../helpers.js";

type Run = { code: number | null; stdout: string; stderr: string };

/**
 * Runs a command as `npm run ask` (eval, chat) does once dist/ is built (test/build-dist.ts):
 * `node dist/ask.js`, no wrapper process; optionally feeding standard input. `closeOutput` closes
 * the reading end of its stdout at once, as `| head` does once it has read enough.
 */
function cli(command: string, args: string[], options: { input?: string; closeOutput?: boolean; cwd?: string } = {}): Promise<Run> {
  const child = spawn(process.execPath, [`dist/${command}.js`, ...args], { cwd: options.cwd, timeout: 60_000 });
  let stdout = "";
  let stderr = "";
  if (options.closeOutput) child.stdout.destroy();
  else child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdin.on("error", () => {}); // a command that stopped early no longer reads its input
  child.stdin.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** An eval file of these lines, in a fresh directory. */
function evalFile(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "eval-")), "set.jsonl");
  writeFileSync(file, lines.join("\n"));
  return file;
}
const evalCase = { id: "a", question: "When do updates stop?", kind: "answerable", expect_any: ["September 29"], expect_sources: ["000"] };

/** Stopped with one line on stderr, never a stack trace. */
const oneLine = (stderr: string) => stderr.endsWith("\n") && !stderr.slice(0, -1).includes("\n");

/**
 * What the engine answers, worked out here from the same articles: the CLI is checked for printing
 * that answer, not for today's wording of it (render-text.test.ts pins the layout, with fixtures).
 */
const expected = (question: string) => ask(seeds(), question);
/** "— Publisher, date", the date as precisely as the source is dated, or none. */
const attributed = (c: { publisher: string; published: string | null }) => `— ${c.publisher}${c.published ? `, ${formatDate(c.published)}` : ""}`;

describe("npm run ask", () => {
  it("prints the answer, the quote in quotation marks and '— Publisher, date'", async () => {
    const answer = expected("When do updates stop?");
    const { code, stdout } = await cli("ask", ["When do updates stop?"]);
    expect(code).toBe(0);
    expect(stdout.startsWith(`${answer.answer}\n`)).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) {
      // In quotation marks; a quote that is itself one whole quotation keeps a single pair.
      const whole = /^[“"][^“”"]*[”"]$/.test(citation.quote);
      expect(stdout).toContain(`“${whole ? citation.quote.slice(1, -1) : citation.quote}”`);
      expect(stdout).toContain(attributed(citation));
    }
  });

  it("prints one Answer as JSON with --json", async () => {
    const question = "Who first reported that Kaspersky was leaving?";
    const { code, stdout } = await cli("ask", ["--json", question]);
    expect(code).toBe(0);
    expect(AnswerSchema.parse(JSON.parse(stdout))).toEqual(expected(question));
  });

  it("answers JSON lines in order with --jsonl, reporting each malformed line by number and exiting 1 at the end", async () => {
    const input = [
      '{"question":"When was Kaspersky founded?"}',
      "not json",
      "",
      '{"q":"When do updates stop?"}',
      '{"question":"What is the weather?","conversation":"fields it does not know are ignored"}',
      '{"question":42}',
      '{"question":"Who was sanctioned?"}',
    ].join("\n");
    const { code, stdout, stderr } = await cli("ask", ["--jsonl"], { input });
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(answers).toEqual([expected("When was Kaspersky founded?"), expected("What is the weather?"), expected("Who was sanctioned?")]);
    expect(stderr.trim().split("\n")).toEqual([
      'ask: line 2: not JSON (each line is {"question": "…"})',
      'ask: line 4: no string "question" (each line is {"question": "…"})',
      'ask: line 6: no string "question" (each line is {"question": "…"})',
    ]);
    expect(code).toBe(1);
  });

  it("reads --jsonl lines that share a conversation id as one conversation, in order, and others on their own", async () => {
    // The conversations interleaved, each line naming its own; the last line names none.
    const lines = [
      ...FOLLOW_UPS.map((f, i) => ({ question: f.first, conversation: `c${i}` })),
      ...FOLLOW_UPS.map((f, i) => ({ question: f.followUp, conversation: `c${i}` })),
      { question: FOLLOW_UPS[0].followUp },
    ];
    const { code, stdout } = await cli("ask", ["--jsonl"], { input: lines.map((l) => JSON.stringify(l)).join("\n") });
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split("\n")
      .map((l) => AnswerSchema.parse(JSON.parse(l)));
    for (const [i, f] of FOLLOW_UPS.entries()) {
      const answer = answers[FOLLOW_UPS.length + i];
      expect(answer.question).toBe(f.followUp);
      expect(answer.readAs).toBeDefined();
      expect(answer.answer).toMatch(f.answer);
      if (f.not) expect(answer.answer).not.toMatch(f.not);
    }
    expect(answers.at(-1)!.readAs).toBeUndefined();
  });

  it("exits 0 when every --jsonl line is a question", async () => {
    const { code, stdout, stderr } = await cli("ask", ["--jsonl"], { input: '{"question":"When do updates stop?"}\n' });
    expect({ code, stderr, lines: stdout.trim().split("\n").length }).toEqual({ code: 0, stderr: "", lines: 1 });
  });
});

describe("npm run eval", () => {
  it("ends with the score line", async () => {
    const { code, stdout } = await cli("eval", ["../shared/eval/dev.jsonl"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n").at(-1)).toMatch(/^score: \d+\/28 \(\d+%\)$/);
  });
});

describe("npm run chat", () => {
  it("answers questions and commands until standard input ends", async () => {
    const { code, stdout } = await cli("chat", [], { input: "sources\ntimeline\nWhen was Kaspersky founded?\n" });
    expect(code).toBe(0);
    for (const source of sources(seeds()))
      expect(stdout).toContain(`${source.id}  ${source.publisher}, ${source.published ? formatDate(source.published) : "date unknown"}`);
    const [first] = timeline(seeds());
    expect(stdout).toContain(`${formatDate(first.iso)}\n  “`);
    expect(stdout).toContain(`${expected("When was Kaspersky founded?").answer}\n`);
  });
});

describe("every command's command line", () => {
  const commands = ["ask", "chat", "eval", "report"];

  it("refuses a flag the command does not know, with its usage on stderr and exit code 2", async () => {
    const runs = await Promise.all(commands.map((name) => cli(name, ["--verbose", "x.jsonl"])));
    for (const [i, { code, stdout, stderr }] of runs.entries()) {
      expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
      expect(stderr).toMatch(new RegExp(`^${commands[i]}: unknown flag --verbose\nusage: npm run ${commands[i]}\\b`));
    }
  });

  it("refuses a short flag it does not know too", async () => {
    const { code, stderr } = await cli("ask", ["-q", "When do updates stop?"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ask: unknown flag -q\nusage: npm run ask\b/);
  });

  it("prints its usage with --help, exit code 0", async () => {
    const runs = await Promise.all(commands.map((name) => cli(name, ["--help"])));
    for (const [i, { code, stdout, stderr }] of runs.entries()) {
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(stdout).toMatch(new RegExp(`^usage: npm run ${commands[i]}\\b`));
    }
  });

  it("refuses --jsonl with a question of its own: the questions come from standard input", async () => {
    const { code, stderr } = await cli("ask", ["--jsonl", "When do updates stop?"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ask: --jsonl reads its questions from standard input.*\nusage: npm run ask\b/);
  });
});

describe("errors are one line saying what to do, never a stack trace", () => {
  it("names an eval file that does not exist", async () => {
    const { code, stderr } = await cli("eval", ["nope.jsonl"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^eval: no such file: nope\.jsonl \(give an eval set/);
    expect(oneLine(stderr)).toBe(true);
  });

  it("says when the eval file is a directory", async () => {
    const { code, stderr } = await cli("eval", ["test/eval"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^eval: test\/eval is a directory: give an eval set/);
    expect(oneLine(stderr)).toBe(true);
  });

  it("names the first malformed line of an eval file, and what it is missing", async () => {
    const file = evalFile([JSON.stringify(evalCase), JSON.stringify({ ...evalCase, kind: "maybe" }), "not json"]);
    const { code, stderr } = await cli("eval", [file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^eval: ${file}:2: field "kind": `));
    expect(oneLine(stderr)).toBe(true);
  });

  it("names the file and the field of a broken corpus", async () => {
    // The CLI reads the seeds beside dist/: a copy of the project whose sources.json is broken.
    const project = mkdtempSync(join(tmpdir(), "project-"));
    for (const part of ["dist", "seeds", "package.json"]) cpSync(part, join(project, part), { recursive: true });
    symlinkSync(resolve("node_modules"), join(project, "node_modules"));
    editSources(join(project, "seeds"), (entries) => entries.map((e, i) => (i === 1 ? { ...e, published: "mid-July" } : e)));
    const { code, stderr } = await cli("ask", ["When do updates stop?"], { cwd: project });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ask: corpus: \S+\/seeds\/sources\.json: entry 1 \(id \w+\), field "published": /);
    expect(oneLine(stderr)).toBe(true);
  });
});

describe("output piped to a reader that stops early (| head)", () => {
  it("ends eval quietly with exit code 0", async () => {
    const { code, stderr } = await cli("eval", [evalFile([JSON.stringify(evalCase)])], { closeOutput: true });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  });

  it("ends ask --jsonl quietly with exit code 0, however many questions are left", async () => {
    const input = Array.from({ length: 500 }, (_, i) => JSON.stringify({ question: `When do updates stop? (${i})` })).join("\n");
    const { code, stderr } = await cli("ask", ["--jsonl"], { input, closeOutput: true });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  });
});
