import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { AnswerCache } from "./answer/answer-cache.js";
import { Asker } from "./bots/asker.js";
import type { AnyPlatform, ModeOf, StartedPlatform } from "./bots/platform.js";
import { PLATFORMS, type RegisteredPlatform } from "./bots/platforms.js";
import { settingsOf, type Config } from "./config.js";
import { InFlight } from "./in-flight.js";
import { LaterQueue } from "./later-queue.js";
import { sendJson } from "./json-response.js";
import type { KnowledgeIndex } from "./index/knowledge-index.js";
import type { Logger } from "./log.js";
import { requestIdOf } from "./request-id.js";
import { StartupError } from "./startup-error.js";
import { failOpen } from "./store/fail-open.js";
import { openStore } from "./store/open-store.js";
import type { Store } from "./store/store.js";

/** How each platform runs, under its name: `slack` ("http", "socket", "off"), `teams` ("authenticated", "emulator", "off"). */
export type PlatformModes = { [P in RegisteredPlatform as P["name"]]: ModeOf<P> };

export type RunningServer = PlatformModes & {
  server: Server;
  url: string;
  store: Store;
  /** Graceful: stop accepting, finish requests and replies under way, flush the journal. */
  close(): Promise<void>;
};

export const SERVER_DEFAULTS = {
  /**
   * Requests started in one turn of the event loop. One a turn cost /kaspersky about a fifth of its
   * throughput (each turn polls and sets its timers); 4, 8 and 16 kept it at or above Bolt alone's
   * with app_mention's acknowledgement p99 at 73–266 ms (scratch runs of 4 s each, in turns).
   */
  requestsPerTurn: 8,
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
  /** Requests read and waiting to start (see `arrivals` in startServer); past it one is answered 503 and its connection closed. */
  maxQueuedRequests: 1_000,
  /**
   * New connections the kernel holds until the server takes them (listen's backlog; Linux caps it
   * at net.core.somaxconn). Node's default, 511, is fewer than the server takes at once: in a
   * burst of new connections while it is busy, the rest had their handshake dropped and came
   * again only after the client's one-second SYN retransmission.
   */
  listenBacklog: 1_000,
};
export type ConnectionLimits = typeof CONNECTION_LIMITS;

/**
 * One HTTP server for every platform: each configured platform's routes (`POST /slack/events`,
 * `POST /api/messages`), `GET /healthz`, `GET /readyz`. The index is built once by the caller and
 * shared by every adapter, as are the answer cache, the asker and the store.
 */
export async function startServer({
  config,
  index,
  logger,
  limits: limitsOverrides = {},
}: {
  config: Config;
  index: KnowledgeIndex;
  logger: Logger;
  limits?: Partial<ConnectionLimits>;
}): Promise<RunningServer> {
  const limits = { ...CONNECTION_LIMITS, ...limitsOverrides };
  let store: Store;
  try {
    const opened = await openStore({
      redisUrl: config.redisUrl,
      redisKeyPrefix: config.redisKeyPrefix,
      journalPath: config.feedbackLog,
      onError: (error) => logger.error({ err: error }, "store connection error"),
    });
    store = failOpen(opened, logger);
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  const answers = new AnswerCache(index);
  const asker = new Asker({ index, answers, store, logger }, { questionsPerMinute: config.rateLimitPerMinute });
  const background = new InFlight();
  // Requests start a few for each turn of the event loop (SERVER_DEFAULTS.requestsPerTurn), in the order they
  // came, before any work that can wait. libuv (1.45 on, so Node 20 and 24) accepts one new
  // connection a turn: a turn that handled every request waiting on the open connections kept new
  // connections in the kernel's backlog for as many turns as there were connections before them.
  // Under 100 busy connections (npm run bench, app_mention) some waited seconds to be accepted at
  // all, while the server answered each request it had read in milliseconds. A client that
  // pipelines can queue many requests on one connection: past limits.maxQueuedRequests they are
  // answered 503 at once.
  const arrivals = new LaterQueue({ maxWaitMs: Number.POSITIVE_INFINITY, perTurn: SERVER_DEFAULTS.requestsPerTurn });
  const later = new LaterQueue({ yieldTo: arrivals });
  const modes = Object.fromEntries(PLATFORMS.map((p: AnyPlatform) => [p.name, p.modeOf(settingsOf(config, p))])) as PlatformModes;
  // Only the platforms that are on are started, and only their SDKs loaded.
  const started = new Map<string, StartedPlatform>();
  /** When the start fails half-way: what started lets go of its connections, and the store closes. */
  const release = async () => {
    await Promise.all([...started.values()].map((p) => p.stop()));
    await store.close();
  };
  try {
    for (const platform of PLATFORMS as readonly AnyPlatform[]) {
      const settings = settingsOf(config, platform);
      if (platform.modeOf(settings) !== "off")
        started.set(platform.name, await platform.start(settings, { index, asker, answers, store, background, later, logger }));
    }
  } catch (error) {
    await release();
    throw error;
  }
  /** Every platform's routes, answered by the platform when it runs and with a 404 saying how to turn it on when it is off. */
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>();
  for (const platform of PLATFORMS) {
    const running = started.get(platform.name);
    for (const path of platform.routes) routes.set(path, running ? running.handle : async (_req, res) => sendJson(res, 404, { error: platform.notConfigured }));
  }
  let stopping = false;

  const server = createServer(
    { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: limits.connectionsCheckingIntervalMs },
    (req, res) => {
      const reqId = requestIdOf(req);
      res.setHeader("x-request-id", reqId);
      // Draining for shutdown: this connection is not reused for another request.
      if (stopping) res.setHeader("connection", "close");
      const started = performance.now();
      res.once("finish", () =>
        logger.info({ reqId, method: req.method, path: pathOf(req), status: res.statusCode, ms: Math.round(performance.now() - started) }, "request"),
      );
      if (arrivals.waiting >= limits.maxQueuedRequests) return sendJson(res, 503, { error: "busy: try again" }, { connection: "close", "retry-after": "1" });
      // Handlers that write log lines find the id with requestIdOf(req) (see log.ts, requestLog).
      // A request whose client went away while it waited is not handled: nobody reads the answer.
      arrivals
        .run(async () => (req.destroyed ? undefined : route(req, res)))
        .catch((error) => {
          logger.error({ err: error, reqId, path: pathOf(req) }, "request failed");
          if (res.headersSent) return void res.destroy(); // a half-sent response cannot become an error
          sendJson(res, 500, { error: "internal error" });
        });
    },
  );

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req);
    const read = req.method === "GET" || req.method === "HEAD";
    if (path === "/healthz" && read) {
      return sendJson(res, 200, { status: "ok", passages: index.size, sources: index.sources.size });
    }
    if (path === "/readyz" && read) {
      const platforms = [...started.values()].map((p) => p.readiness());
      const checks = { index: index.size > 0, store: await store.ready().catch(() => false), ...modes, stopping };
      const ready = checks.index && checks.store && platforms.every((p) => p.ready) && !stopping;
      return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not ready", ...checks, storeKind: store.kind });
    }
    const handle = routes.get(path);
    if (handle) return handle(req, res);
    return sendJson(res, 404, { error: "not found" });
  }

  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ port: config.port, host: config.host, backlog: limits.listenBacklog }, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await release();
    throw new StartupError(listenError(error as NodeJS.ErrnoException, config));
  }
  server.on("error", (error) => logger.error({ err: error }, "server error"));
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;

  let closing: Promise<void> | null = null;
  /** Graceful, and the same promise however often it is called. */
  function close(): Promise<void> {
    closing ??= (async () => {
      stopping = true; // /readyz answers 503 from now on
      // Platforms with connections of their own (Socket Mode) stop taking events first, so none arrives after the store is closed.
      await Promise.all([...started.values()].map((p) => p.stop()));
      // Still listening while the load balancer notices the 503 and stops sending requests here.
      await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Connections kept alive between requests would hold close() open; idle ones go now, busy
      // ones as soon as their response is sent (they were told `connection: close`).
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const grace = new Promise<void>((resolve) => setTimeout(resolve, SERVER_DEFAULTS.shutdownGraceMs).unref());
      server.closeIdleConnections();
      // Once the connections are closed every request has been handled, and its reply work tracked.
      await Promise.race([closed.then(() => background.settled()), grace]);
      clearInterval(sweep);
      server.closeAllConnections();
      await store.close();
    })();
    return closing;
  }

  return {
    server,
    url: `http://${host === "[::]" || host === "0.0.0.0" ? "localhost" : host}:${port}`,
    ...modes,
    store,
    close,
  };
}

/** Why the server cannot listen where the settings say, and which setting to change. */
function listenError(error: NodeJS.ErrnoException, { port, host }: Config): string {
  switch (error.code) {
    case "EADDRINUSE":
      return `port ${port} is in use: set PORT`;
    case "EACCES":
      return `port ${port} needs privileges this process lacks: set PORT (1024 or above)`;
    case "EADDRNOTAVAIL":
      return `HOST ${host} is not an address of this machine: set HOST`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `HOST ${host} cannot be resolved: set HOST`;
    default:
      return `cannot listen on ${host ?? "every interface"}, port ${port} (${error.message}): check HOST and PORT`;
  }
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?")[0];
}
