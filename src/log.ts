import { pino, type Logger } from "pino";
import { requestContext } from "./request-context.js";

export type { Logger };

/**
 * Structured logs on stdout, each line inside a request carrying its `reqId`. Secrets never
 * reach them: tokens, signatures and authorization headers are redacted wherever they appear.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    mixin: () => requestContext.getStore() ?? {},
    redact: {
      paths: ["*.token", "*.botToken", "*.appToken", "*.signingSecret", "*.appPassword", "*.authorization", "*.headers.authorization", '*.headers["x-slack-signature"]'],
      censor: "[redacted]",
    },
  });
}
