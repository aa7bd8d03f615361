import { ConfigError } from "../config.js";
import { CorpusError } from "../index/corpus-error.js";
import { CommandError } from "./command-error.js";

/**
 * What a command prints for the error that stopped it: one line, never a stack trace, and its exit
 * code. What the person can fix (the command's input, the settings, the corpus) exits 2, as
 * `npm start` does for bad settings; anything else exits 1.
 */
export function errorLine(command: string, error: unknown): { line: string; exitCode: number } {
  if (error instanceof CommandError || error instanceof CorpusError) return { line: `${command}: ${error.message}`, exitCode: 2 };
  if (error instanceof ConfigError) return { line: `${command}: invalid settings: ${error.problems.join("; ")}`, exitCode: 2 };
  const message = error instanceof Error ? error.message : String(error);
  return { line: `${command}: ${message.split("\n")[0]}`, exitCode: 1 };
}
