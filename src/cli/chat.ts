import { createInterface } from "node:readline/promises";
import { pathToFileURL } from "node:url";
import { ask } from "../answer/ask.js";
import { turnAfter, type Turn } from "../answer/follow-up.js";
import { sources, timeline } from "../answer/timeline.js";
import { loadIndex } from "../index/load-index.js";
import { renderSourcesText, renderText, renderTimelineText } from "./render-text.js";

/** An interactive terminal session: ask questions, or type `help`, `sources`, `timeline`; Ctrl-D ends. */
export async function chat(): Promise<void> {
  const { index } = loadIndex();
  console.log(`Ask about the 2024 US ban on Kaspersky (${index.sources.size} sources). Type help, sources or timeline; Ctrl-D to quit.`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "> " });
  rl.prompt();
  // The session is one conversation: a follow-up ("and resales?") is read in the light of the last answer.
  let previous: Turn | null = null;
  for await (const line of rl) {
    const command = line.trim().toLowerCase();
    if (command === "sources") console.log(renderSourcesText(sources(index)));
    else if (command === "timeline") console.log(renderTimelineText(timeline(index)));
    else if (command) {
      const answer = ask(index, line, { previous });
      previous = turnAfter(answer) ?? previous;
      console.log(renderText(answer));
    }
    rl.prompt();
  }
  console.log();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await chat();
