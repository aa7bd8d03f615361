import { StartupError } from "../startup-error.js";

/** A corpus that cannot be loaded as it is: the message names the file, the entry and the field. */
export class CorpusError extends StartupError {
  constructor(message: string) {
    super(`corpus: ${message}`);
    this.name = "CorpusError";
  }
}
