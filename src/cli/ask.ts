import { createInterface } from "node:readline";
import { z } from "zod";
import { ask, type Trace } from "../answer/ask.js";
import { loadIndex } from "../index/load-index.js";
import { renderExplanation } from "./explain.js";
import { renderText } from "./render-text.js";

/**
 * `npm run ask -- "question"` prints the answer for a person; `--json` prints the Answer;
 * `--jsonl` reads `{"question": …}` lines from stdin and prints one Answer per line, in order;
 * `--explain` adds what each stage of the engine decided.
 */
const args = process.argv.slice(2);
const mode = args.includes("--jsonl") ? "jsonl" : args.includes("--json") ? "json" : "text";
const question = args.filter((a) => !a.startsWith("--")).join(" ");
const { index } = loadIndex();

if (mode === "jsonl") {
  const Line = z.object({ question: z.string() });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let parsed: { question: string };
    try {
      parsed = Line.parse(JSON.parse(line));
    } catch {
      // One bad line must not lose the others: answer it as an empty question, keeping the order.
      parsed = { question: "" };
    }
    process.stdout.write(`${JSON.stringify(ask(index, parsed.question))}\n`);
  }
} else {
  const trace: Trace = {};
  const answer = ask(index, question, { trace });
  console.log(mode === "json" ? JSON.stringify(answer, null, 2) : renderText(answer));
  if (args.includes("--explain")) console.log(`\n${renderExplanation(trace, answer)}`);
}
