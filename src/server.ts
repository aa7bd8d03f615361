import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ErrorCode } from "@slack/bolt";
import { createSlackApp, type SlackSide } from "./bots/slack/slack-app.js";
import { createTeamsSide } from "./bots/teams/teams-adapter.js";
import type { Config } from "./config.js";
import { FeedbackLog } from "./feedback/feedback-log.js";
import type { KnowledgeIndex } from "./index/knowledge-index.js";
import type { Logger } from "./log.js";

export type RunningServer = {
  server: Server;
  url: string;
  slack: "http" | "socket" | "off";
  /** "emulator": no MicrosoftAppId, so requests without a token are accepted. */
  teams: "authenticated" | "emulator";
  close(): Promise<void>;
};

export class StartupError extends Error {}

/**
 * One HTTP server for every platform: `POST /slack/events` (Bolt's receiver), `POST /api/messages`
 * (botbuilder's CloudAdapter), `GET /healthz`.
 * The index is built once by the caller and shared by every adapter.
 */
export async function startServer({ config, index, logger }: { config: Config; index: KnowledgeIndex; logger: Logger }): Promise<RunningServer> {
  const feedback = new FeedbackLog(config.feedbackLog);
  const slack = config.slack ? createSlackApp({ settings: config.slack, index, feedback, logger }) : null;
  if (slack) await initSlack(slack);
  const teams = createTeamsSide({ settings: config.teams, index, feedback, logger });

  const server = createServer((req, res) => {
    route(req, res).catch((error) => {
      logger.error({ err: error, url: req.url }, "request failed");
      if (res.headersSent) return void res.destroy(); // a half-sent response cannot become an error
      json(res, 500, { error: "internal error" });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) {
      return json(res, 200, { status: "ok", passages: index.size, sources: index.sources.size });
    }
    if (path === "/slack/events" && slack?.receiver) {
      try {
        slack.receiver.requestListener(req, res);
      } catch (error) {
        // Bolt defers what it does not handle (a GET, an unknown path): that is a 404, not a crash.
        if ((error as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError) return json(res, 404, { error: "not found" });
        throw error;
      }
      return;
    }
    if (path === "/api/messages") return teams.handle(req, res);
    return json(res, 404, { error: "not found" });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => logger.error({ err: error }, "server error"));
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    server,
    url: `http://${host === "[::]" || host === "0.0.0.0" ? "localhost" : host}:${port}`,
    slack: !slack ? "off" : slack.receiver ? "http" : "socket",
    teams: teams.mode,
    close: async () => {
      await slack?.app.stop().catch(() => {});
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function initSlack(slack: SlackSide): Promise<void> {
  try {
    await slack.app.init();
    if (!slack.receiver) await slack.app.start(); // Socket Mode connects out to Slack
  } catch (error) {
    throw new StartupError(`Slack refused the credentials (${(error as Error).message}). Check SLACK_BOT_TOKEN${slack.receiver ? "" : " and SLACK_APP_TOKEN"}.`);
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
