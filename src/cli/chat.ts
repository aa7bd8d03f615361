import { createInterface } from "node:readline/promises";
import type { Turn } from "../answer/follow-up.js";
import { listingAsked } from "../answer/listing-request.js";
import { parseCommandLine, refuseUsage } from "./command-line.js";
import { runCommand } from "./run-command.js";

/** An interactive terminal session: ask questions, or type `help`, `sources`, `timeline`; Ctrl-D ends. */
const USAGE = "usage: npm run chat    then type a question, or help, sources or timeline; Ctrl-D ends";

const { positionals } = parseCommandLine("chat", USAGE, {});
if (positionals.length > 0) refuseUsage("chat", "chat takes no question on the command line: type it once the session starts (or use npm run ask)", USAGE);

await runCommand("chat", async () => {
  // The engine is imported once the command line is known to be good: a mistyped flag is refused at once.
  const [{ ask }, { turnAfter }, { sources, timeline }, { loadIndex }, { renderSourcesText, renderText, renderTimelineText }] = await Promise.all([
    import("../answer/ask.js"),
    import("../answer/follow-up.js"),
    import("../answer/timeline.js"),
    import("../index/load-index.js"),
    import("./render-text.js"),
  ]);
  const { index } = loadIndex();
  console.log(`Ask about the 2024 US ban on Kaspersky (${index.sources.size} sources). Type help, sources or timeline; Ctrl-D to quit.`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "> " });
  rl.prompt();
  // The session is one conversation: a follow-up ("and resales?") is read in the light of the last answer.
  let previous: Turn | null = null;
  for await (const line of rl) {
    const listing = listingAsked(line);
    if (listing === "sources") console.log(renderSourcesText(sources(index)));
    else if (listing === "timeline") console.log(renderTimelineText(timeline(index)));
    else if (line.trim()) {
      const answer = ask(index, line, { previous });
      previous = turnAfter(answer) ?? previous;
      console.log(renderText(answer));
    }
    rl.prompt();
  }
  console.log();
  return 0;
});
