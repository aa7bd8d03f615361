/**
 * A start that cannot go on for a reason the operator fixes (a setting, a seed file, the port, a
 * platform's credentials or network): its message says what to do, and is shown without a stack
 * trace. ConfigError, CorpusError and LexiconError are kinds of it.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
