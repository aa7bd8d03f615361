import type { ServerResponse } from "node:http";

/** Every JSON answer the server writes itself (health, refusals, errors). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
