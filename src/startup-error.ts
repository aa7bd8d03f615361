/**
 * A start that cannot go on for a reason the operator fixes (the port, a platform's credentials,
 * the network): its message is one line that says what to do, shown without a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
