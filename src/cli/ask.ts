import { createInterface } from "node:readline";
import { z } from "zod";
import type { Trace } from "../answer/ask.js";
import { parseCommandLine, refuseUsage } from "./command-line.js";
import { runCommand } from "./run-command.js";

/**
 * `npm run ask -- "question"` prints the answer for a person; `--json` prints the Answer;
 * `--jsonl` reads `{"question": …}` lines from stdin and prints one Answer per line, in order;
 * `--explain` adds what each stage of the engine decided.
 */
const USAGE = `usage: npm run ask -- [--json] [--explain] "question"
       npm run ask -- --jsonl < QUESTIONS.jsonl    one {"question": "…"} a line in, one Answer JSON a line out`;

const { values, positionals } = parseCommandLine("ask", USAGE, { json: { type: "boolean" }, jsonl: { type: "boolean" }, explain: { type: "boolean" } });
if (values.jsonl && (values.json || values.explain || positionals.length > 0)) {
  refuseUsage("ask", "--jsonl reads its questions from standard input: give it no question, --json or --explain", USAGE);
}

await runCommand("ask", async () => {
  // The engine is imported once the command line is known to be good: a mistyped flag is refused at once.
  const [{ ask }, { loadIndex }, { renderExplanation }, { renderText }] = await Promise.all([
    import("../answer/ask.js"),
    import("../index/load-index.js"),
    import("./explain.js"),
    import("./render-text.js"),
  ]);
  const { index } = loadIndex();
  if (!values.jsonl) {
    const trace: Trace = {};
    const answer = ask(index, positionals.join(" "), trace);
    console.log(values.json ? JSON.stringify(answer, null, 2) : renderText(answer));
    if (values.explain) console.log(`\n${renderExplanation(trace, answer)}`);
    return 0;
  }
  const Line = z.object({ question: z.string() });
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
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
  return 0;
});
