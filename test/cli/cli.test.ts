import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/answer/answer-schema.js";

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

describe("npm run ask", () => {
  it("prints the answer, the quote in quotation marks and '— Publisher, date'", async () => {
    const out = await cli("src/cli/ask.ts", ["When do updates stop?"]);
    expect(out).toMatch(/^September 29, 2024\./);
    expect(out).toMatch(/“The U\.S\. government's recent restrictions, which will take effect on September 29/);
    expect(out).toContain("— BTimes (btimesonline.com), July 16, 2024");
    expect(out).toContain("— THE UBJ (theubj.com), July 2024");
  });

  it("prints one Answer as JSON with --json", async () => {
    const answer = AnswerSchema.parse(JSON.parse(await cli("src/cli/ask.ts", ["--json", "Who first reported that Kaspersky was leaving?"])));
    expect(answer.answer).toBe("CNN.");
  });

  it("answers JSON lines in order with --jsonl, surviving a malformed line", async () => {
    const input = ['{"question":"When was Kaspersky founded?"}', "not json", '{"question":"What is the weather?"}', ""].join("\n");
    const lines = (await cli("src/cli/ask.ts", ["--jsonl"], input)).trim().split("\n").map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(lines.map((a) => a.status)).toEqual(["answered", "help", "out_of_scope"]);
    expect(lines[0].answer).toBe("1997.");
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
    expect(out).toContain("The Cyber Express, July 15, 2024");
    expect(out).toMatch(/September 29, 2024\n  “/);
    expect(out).toContain("1997.");
  });
});
