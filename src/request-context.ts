import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** The request a log line belongs to, wherever in the handlers it is written. */
export const requestContext = new AsyncLocalStorage<{ reqId: string }>();

/** A caller's `X-Request-Id` when it looks like an id (a load balancer's), otherwise a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}
