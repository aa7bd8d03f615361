import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type SlackCall = { path: string; body: Record<string, unknown> };

/**
 * A local stand-in for Slack's Web API and response_url endpoints (the bot's outgoing calls),
 * reached through SLACK_API_URL. It records every call and answers like Slack does.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  /** Methods that answer 429 with Retry-After once, to test rate-limit handling. */
  readonly rateLimitOnce = new Set<string>();
  /** Methods that answer 500 once (after recording the call), as when Slack has an outage. */
  readonly serverErrorOnce = new Set<string>();
  /** How long each call takes to answer. */
  delayMs = 0;
  /** Methods that fail with {ok: false}. */
  readonly failing = new Set<string>();
  private server!: Server;
  url = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = "";
      req.on("data", (chunk) => (raw += chunk));
      req.on("end", async () => {
        if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
        const path = (req.url ?? "").split("?")[0];
        const method = path.replace(/^\/api\//, "");
        if (this.rateLimitOnce.delete(method)) {
          res.writeHead(429, { "retry-after": "1", "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: "ratelimited" }));
          return;
        }
        const body = (req.headers["content-type"] ?? "").includes("json") ? JSON.parse(raw || "{}") : parseForm(raw);
        this.calls.push({ path, body });
        if (this.serverErrorOnce.delete(method)) return void res.writeHead(500).end("internal error");
        res.writeHead(200, { "content-type": "application/json" });
        if (this.failing.has(method)) return res.end(JSON.stringify({ ok: false, error: "channel_not_found" }));
        if (method === "auth.test") return res.end(JSON.stringify({ ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", user: "kaspersky-bot" }));
        res.end(JSON.stringify({ ok: true, ts: `${Date.now() / 1000}`, channel: body.channel }));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  posts(method = "chat.postMessage"): SlackCall[] {
    return this.calls.filter((c) => c.path === `/api/${method}`);
  }

  responses(): SlackCall[] {
    return this.calls.filter((c) => c.path.startsWith("/response/"));
  }

  /** Waits until `count` calls match, or fails after `ms`. */
  async waitFor(predicate: () => SlackCall[], count = 1, ms = 5000): Promise<SlackCall[]> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const found = predicate();
      if (found.length >= count) return found;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`timed out waiting for ${count} call(s); saw ${JSON.stringify(this.calls.map((c) => c.path))}`);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Slack sends form bodies with JSON-encoded nested values. */
function parseForm(raw: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    try {
      body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      body[key] = value;
    }
  }
  return body;
}
