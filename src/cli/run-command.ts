import { exitQuietlyWhenOutputCloses } from "./closed-output.js";
import { errorLine } from "./error-line.js";

/**
 * Runs a command's body, which returns its exit code. Output closed early by its reader ends the
 * command quietly; an error that stops it is printed as one line (error-line.ts).
 */
export async function runCommand(command: string, body: () => Promise<number>): Promise<void> {
  const stop = (error: unknown): never => {
    const { line, exitCode } = errorLine(command, error);
    process.stderr.write(`${line}\n`);
    // exit, not exitCode: an open connection (Redis, for report) must not keep a failed command alive.
    process.exit(exitCode);
  };
  exitQuietlyWhenOutputCloses(stop);
  try {
    process.exitCode = await body();
  } catch (error) {
    stop(error);
  }
}
