import { createInterface } from "node:readline";
import type { Trace } from "../answer/ask.js";
import type { Turn } from "../answer/follow-up.js";
import { parseCommandLine, refuseUsage } from "./command-line.js";
import { readQuestionLine } from "./question-line.js";
import { runCommand } from "./run-command.js";

/**
 * `npm run ask -- "question"` prints the answer for a person; `--json` prints the Answer;
 * `--jsonl` reads `{"question": …}` lines from stdin and prints one Answer per line, in order
 * (lines sharing a `"conversation"` id are one conversation, read as follow-ups in turn);
 * `--explain` adds what each stage of the engine decided.
 */
const USAGE = `usage: npm run ask -- [--json] [--explain] "question"
       npm run ask -- --jsonl < QUESTIONS.jsonl    one {"question": "…", "conversation"?: "id"} a line in, one Answer JSON a line out`;

const { values, positionals } = parseCommandLine("ask", USAGE, { json: { type: "boolean" }, jsonl: { type: "boolean" }, explain: { type: "boolean" } });
if (values.jsonl && (values.json || values.explain || positionals.length > 0)) {
  refuseUsage("ask", "--jsonl reads its questions from standard input: give it no question, --json or --explain", USAGE);
}

await runCommand("ask", async () => {
  // The engine is imported once the command line is known to be good: a mistyped flag is refused at once.
  const { loadIndex } = await import("../index/load-index.js");
  const { index } = loadIndex();
  const [{ ask }, { renderExplanation }, { renderText }] = await Promise.all([import("../answer/ask.js"), import("./explain.js"), import("./render-text.js")]);
  if (!values.jsonl) {
    const trace: Trace = {};
    const answer = ask(index, positionals.join(" "), { trace });
    console.log(values.json ? JSON.stringify(answer, null, 2) : renderText(answer));
    if (values.explain) console.log(`\n${renderExplanation(trace, answer)}`);
    return 0;
  }
  const { turnAfter } = await import("../answer/follow-up.js");
  // The last turn of each conversation the lines name.
  const conversations = new Map<string, Turn>();
  // A malformed line is reported with its number and skipped; the others are still answered, in order.
  let lineNumber = 0;
  let malformed = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const read = readQuestionLine(line);
    if (read.ok) {
      const { question, conversation } = read.value;
      const answer = ask(index, question, { previous: conversation === undefined ? null : conversations.get(conversation) });
      const turn = conversation === undefined ? null : turnAfter(answer);
      if (turn) conversations.set(conversation!, turn);
      process.stdout.write(`${JSON.stringify(answer)}\n`);
    } else {
      malformed++;
      process.stderr.write(`ask: line ${lineNumber}: ${read.problem}\n`);
    }
  }
  return malformed > 0 ? 1 : 0;
});
