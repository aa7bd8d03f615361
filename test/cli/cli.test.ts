import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/answer/answer-schema.js";
import { ask } from "../../src/answer/ask.js";
import { sources, timeline } from "../../src/answer/timeline.js";
import { formatDate } from "../../src/index/dates.js";
import { seeds } from "../helpers.js";

const run = promisify(execFile);
const tsx = "node_modules/.bin/tsx";

/** Runs a CLI entry point as a user would, optionally feeding standard input. */
async function cli(script: string, args: string[], input?: string): Promise<string> {
  const child = run(tsx, [script, ...args], { timeout: 60_000 });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return (await child).stdout;
}

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
    const out = await cli("src/cli/ask.ts", ["When do updates stop?"]);
    expect(out.startsWith(`${answer.answer}\n`)).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) {
      // In quotation marks; a quote that is itself one whole quotation keeps a single pair.
      const whole = /^[“"][^“”"]*[”"]$/.test(citation.quote);
      expect(out).toContain(`“${whole ? citation.quote.slice(1, -1) : citation.quote}”`);
      expect(out).toContain(attributed(citation));
    }
  });

  it("prints one Answer as JSON with --json", async () => {
    const question = "Who first reported that Kaspersky was leaving?";
    const answer = AnswerSchema.parse(JSON.parse(await cli("src/cli/ask.ts", ["--json", question])));
    expect(answer).toEqual(expected(question));
  });

  it("answers JSON lines in order with --jsonl, surviving a malformed line", async () => {
    const input = ['{"question":"When was Kaspersky founded?"}', "not json", '{"question":"What is the weather?"}', ""].join("\n");
    const lines = (await cli("src/cli/ask.ts", ["--jsonl"], input)).trim().split("\n").map((l) => AnswerSchema.parse(JSON.parse(l)));
    // The malformed line is answered as an empty question (help), in its place.
    expect(lines).toEqual([expected("When was Kaspersky founded?"), expected(""), expected("What is the weather?")]);
    expect(lines[1].status).toBe("help");
  });
});

describe("npm run eval", () => {
  it("ends with the score line", async () => {
    const out = await cli("src/cli/eval.ts", ["../shared/eval/dev.jsonl"]);
    expect(out.trim().split("\n").at(-1)).toMatch(/^score: \d+\/28 \(\d+%\)$/);
  });
});

describe("npm run chat", () => {
  it("answers questions and commands until standard input ends", async () => {
    const out = await cli("src/cli/chat.ts", [], "sources\ntimeline\nWhen was Kaspersky founded?\n");
    for (const source of sources(seeds())) expect(out).toContain(`${source.id}  ${source.publisher}, ${source.published ? formatDate(source.published) : "date unknown"}`);
    const [first] = timeline(seeds());
    expect(out).toContain(`${formatDate(first.iso)}\n  “`);
    expect(out).toContain(`${expected("When was Kaspersky founded?").answer}\n`);
  });
});
