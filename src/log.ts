import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Structured logs on stdout (or `destination`), as JSON lines. Secrets never reach them: tokens,
 * signatures and authorization headers are redacted wherever they appear.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: {
      paths: [
        "*.token",
        "*.botToken",
        "*.appToken",
        "*.signingSecret",
        "*.appPassword",
        "*.authorization",
        "*.headers.authorization",
        '*.headers["x-slack-signature"]',
      ],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * The log of one request, made when first written to: each line it writes carries the request's
 * id as `reqId`. Handed down explicitly, rather than found through AsyncLocalStorage, whose
 * promise hooks Node 20 runs on every promise of every request (removing them once raised
 * /kaspersky from 4,693 to 6,001 req/s). Made on first use because most requests write no line
 * of their own, and a pino child serializes (and redacts) its bindings when it is made. Without
 * an id (a Socket Mode event has no HTTP request) it is `logger` itself.
 */
export type RequestLog = () => Logger;

export function requestLog(logger: Logger, reqId: string | undefined): RequestLog {
  let log: Logger | undefined;
  return () => (log ??= reqId === undefined ? logger : logger.child({ reqId }));
}
