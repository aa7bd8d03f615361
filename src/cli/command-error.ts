/** A problem the person running a command can fix (a missing file, a malformed line): one line, exit code 2. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}
