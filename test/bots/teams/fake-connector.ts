import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ConnectorCall = { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: Record<string, any> };

/**
 * A local stand-in for the Bot Framework connector (the `serviceUrl` Teams puts in each activity):
 * the bot's replies are POSTed here. It records each request exactly as it came over the wire and
 * answers like the connector does, with the new message's id.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** How many of the next requests the connector rejects (400: botbuilder does not retry those). */
  failNext = 0;
  private server!: Server;
  private counter = 0;
  url = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = "";
      req.on("data", (chunk) => (raw += chunk));
      req.on("end", () => {
        this.calls.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: raw ? JSON.parse(raw) : {} });
        if (this.failNext > 0) {
          this.failNext--;
          res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "BadArgument", message: "Unknown activity" } }));
          return;
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ id: `bot-message-${++this.counter}` }));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Activities the bot sent (replies and new messages), in order. */
  activities(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === "POST" && /^\/v3\/conversations\/[^/]+\/activities/.test(c.path));
  }

  /** Waits until `count` activities have arrived, or fails after `ms`. */
  async waitFor(count = 1, ms = 5000): Promise<ConnectorCall[]> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (this.activities().length >= count) return this.activities();
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`timed out waiting for ${count} activit(ies); saw ${JSON.stringify(this.calls.map((c) => c.path))}`);
  }

  reset(): void {
    this.calls.length = 0;
    this.failNext = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
