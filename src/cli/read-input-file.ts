import { readFileSync, statSync } from "node:fs";
import { CommandError } from "./command-error.js";

/** A file named on the command line, as text; what stops it being read is said in one line. */
export function readInputFile(path: string, what: string): string {
  try {
    if (statSync(path).isDirectory()) throw new CommandError(`${path} is a directory: give ${what}`);
    return readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CommandError(`no such file: ${path} (give ${what})`);
    throw new CommandError(`cannot read ${path}: ${code === "EACCES" ? "permission denied" : (error as Error).message}`);
  }
}
