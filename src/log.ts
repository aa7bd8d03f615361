import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs on stdout. Secrets never reach them: tokens, signatures and authorization
 * headers are redacted wherever they appear in a logged object.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ["*.token", "*.botToken", "*.appToken", "*.signingSecret", "*.authorization", "*.headers.authorization", '*.headers["x-slack-signature"]'],
      censor: "[redacted]",
    },
  });
}
