import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** Where a request keeps its id once it has one: a symbol, so no header or field can set it. */
const ID = Symbol("requestId");

/**
 * The id of a request, for its `X-Request-Id` and its log lines: the caller's `X-Request-Id` when
 * it looks like an id (a load balancer's), otherwise a new one. Worked out once per request: every
 * later call (a platform's handler, Bolt's customPropertiesExtractor) gets the same id.
 */
export function requestIdOf(req: IncomingMessage): string {
  const known = (req as IncomingMessage & { [ID]?: string })[ID];
  if (known !== undefined) return known;
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
  (req as IncomingMessage & { [ID]?: string })[ID] = id;
  return id;
}
