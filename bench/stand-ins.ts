import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Local stand-ins for what the bot calls out to: Slack's Web API (chat.postMessage) and the Bot
 * Framework connector (a reply to an activity). They count calls and answer as the real ones do.
 */
export class StandIn {
  calls = 0;
  private server!: Server;
  url = "";

  constructor(private readonly reply: (n: number) => string) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        this.calls++;
        res.writeHead(200, { "content-type": "application/json" }).end(this.reply(this.calls));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export const slackApi = () => new StandIn((n) => `{"ok":true,"ts":"1721052000.${String(n).padStart(6, "0")}"}`).start();
export const teamsConnector = () => new StandIn((n) => `{"id":"reply-${n}"}`).start();
