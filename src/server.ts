import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ErrorCode } from "@slack/bolt";
import { AnswerCache } from "./answer/answer-cache.js";
import { Asker } from "./bots/asker.js";
import { admitSlackRequest } from "./bots/slack/admit-request.js";
import { createSlackApp, type SlackSide } from "./bots/slack/slack-app.js";
import { createTeamsSide } from "./bots/teams/teams-adapter.js";
import type { Config } from "./config.js";
import { InFlight } from "./in-flight.js";
import { sendJson } from "./json-response.js";
import type { KnowledgeIndex } from "./index/knowledge-index.js";
import type { Logger } from "./log.js";
import { requestContext, requestIdOf } from "./request-context.js";
import { failOpen } from "./store/fail-open.js";
import { openStore } from "./store/open-store.js";
import type { Store } from "./store/store.js";

export type RunningServer = {
  server: Server;
  url: string;
  slack: "http" | "socket" | "off";
  /** "emulator": no MicrosoftAppId, so requests without a token are accepted (on loopback only). */
  teams: "authenticated" | "emulator" | "off";
  store: Store;
  /** Graceful: stop accepting, finish requests and replies under way, flush the journal. */
  close(): Promise<void>;
};

export class StartupError extends Error {}

export const SERVER_DEFAULTS = {
  /** How long shutdown waits for requests and replies under way before closing connections. */
  shutdownGraceMs: 10_000,
};

/**
 * Limits on what one connection may hold. Slack and the Bot Framework send a request at once and
 * wait at most a few seconds for the answer, so these cut off only clients that trickle or idle.
 */
export const CONNECTION_LIMITS = {
  /** A request's headers must have arrived within this of its first byte (Node's default: 60 s). */
  headersTimeoutMs: 10_000,
  /** A whole request, headers and body, must have arrived within this (Node's default: 5 minutes). */
  requestTimeoutMs: 30_000,
  /**
   * How often Node looks for requests past the two timeouts above. Its default, 30 s, would let
   * a request whose headers never end stay up to 40 s; with 1 s it is closed within 11 s.
   */
  connectionsCheckingIntervalMs: 1_000,
  /**
   * An idle kept-alive connection is closed after this (Node's default, 5 s). A proxy that keeps
   * connections to the bot open must close them sooner, or it may reuse one as it is closed.
   */
  keepAliveTimeoutMs: 5_000,
  /** Connections open at once; past it a new connection is closed at once (Node's default: no limit). */
  maxConnections: 1_000,
};
export type ConnectionLimits = typeof CONNECTION_LIMITS;

/**
 * One HTTP server for every platform: `POST /slack/events` (Bolt's receiver), `POST /api/messages`
 * (botbuilder's CloudAdapter), `GET /healthz`, `GET /readyz`. The index is built once by the
 * caller and shared by every adapter, as are the answer cache, the asker and the store.
 */
export async function startServer({ config, index, logger, limits: limitsOverrides = {} }: { config: Config; index: KnowledgeIndex; logger: Logger; limits?: Partial<ConnectionLimits> }): Promise<RunningServer> {
  const limits = { ...CONNECTION_LIMITS, ...limitsOverrides };
  let store: Store;
  try {
    const opened = await openStore({ redisUrl: config.redisUrl, redisKeyPrefix: config.redisKeyPrefix, journalPath: config.feedbackLog, onError: (error) => logger.error({ err: error }, "store connection error") });
    store = failOpen(opened, logger);
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  const answers = new AnswerCache(index);
  const asker = new Asker({ index, answers, store, logger }, { questionsPerMinute: config.rateLimitPerMinute });
  const background = new InFlight();
  const slack = config.slack ? createSlackApp({ settings: config.slack, asker, answers, store, background, logger }) : null;
  if (slack) await initSlack(slack);
  const teams = createTeamsSide({ settings: config.teams, index, asker, answers, store, logger });
  let stopping = false;

  const server = createServer({ headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: limits.connectionsCheckingIntervalMs }, (req, res) => {
    const reqId = requestIdOf(req);
    res.setHeader("x-request-id", reqId);
    // Draining for shutdown: this connection is not reused for another request.
    if (stopping) res.setHeader("connection", "close");
    const started = performance.now();
    res.once("finish", () => logger.info({ reqId, method: req.method, path: pathOf(req), status: res.statusCode, ms: Math.round(performance.now() - started) }, "request"));
    requestContext.run({ reqId }, () => {
      route(req, res).catch((error) => {
        logger.error({ err: error, path: pathOf(req) }, "request failed");
        if (res.headersSent) return void res.destroy(); // a half-sent response cannot become an error
        sendJson(res, 500, { error: "internal error" });
      });
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req);
    const read = req.method === "GET" || req.method === "HEAD";
    if (path === "/healthz" && read) {
      return sendJson(res, 200, { status: "ok", passages: index.size, sources: index.sources.size });
    }
    if (path === "/readyz" && read) {
      const checks = { index: index.size > 0, store: await store.ready().catch(() => false), slack: !slack ? "off" : slack.receiver ? "http" : "socket", teams: teams.mode, stopping };
      const ready = checks.index && checks.store && !stopping;
      return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready", ...checks, storeKind: store.kind });
    }
    if (path === "/slack/events" && slack?.receiver) {
      if (req.method === "POST" && !(await admitSlackRequest(req, res))) return;
      try {
        slack.receiver.requestListener(req, res);
      } catch (error) {
        // Bolt defers what it does not handle (a GET, an unknown path): that is a 404, not a crash.
        if ((error as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError) return sendJson(res, 404, { error: "not found" });
        throw error;
      }
      return;
    }
    if (path === "/api/messages") return teams.handle(req, res);
    return sendJson(res, 404, { error: "not found" });
  }

  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;

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

  let closing: Promise<void> | null = null;
  /** Graceful, and the same promise however often it is called. */
  function close(): Promise<void> {
    closing ??= (async () => {
      stopping = true; // /readyz answers 503 from now on
      // Socket Mode: stop taking events first, so none arrives after the store is closed.
      if (slack && !slack.receiver) await slack.app.stop().catch(() => {});
      // Still listening while the load balancer notices the 503 and stops sending requests here.
      await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Connections kept alive between requests would hold close() open; idle ones go now, busy
      // ones as soon as their response is sent (they were told `connection: close`).
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const grace = new Promise<void>((resolve) => setTimeout(resolve, SERVER_DEFAULTS.shutdownGraceMs).unref());
      server.closeIdleConnections();
      await Promise.race([Promise.all([closed, background.settled()]), grace]);
      clearInterval(sweep);
      server.closeAllConnections();
      await store.close();
    })();
    return closing;
  }

  return {
    server,
    url: `http://${host === "[::]" || host === "0.0.0.0" ? "localhost" : host}:${port}`,
    slack: !slack ? "off" : slack.receiver ? "http" : "socket",
    teams: teams.mode,
    store,
    close,
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

function pathOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?")[0];
}

