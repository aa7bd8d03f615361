import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { CONNECTION_LIMITS, startServer, type ConnectionLimits, type RunningServer } from "../src/server.js";
import { seeds } from "./helpers.js";

let running: RunningServer | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(limits: Partial<ConnectionLimits> = {}): Promise<{ port: number }> {
  running = await startServer({
    config: loadConfig({ PORT: "0", FEEDBACK_LOG: "/tmp/connection-limits-journal.jsonl" }),
    index: seeds(),
    logger: createLogger("silent"),
    limits,
  });
  return { port: Number(new URL(running.url).port) };
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Milliseconds until the server closes the socket (or `limitMs`, when it never does). */
function closedAfter(socket: Socket, limitMs: number): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const give = setTimeout(() => resolve(limitMs), limitMs);
    socket.on("error", () => {});
    socket.resume(); // read what the server sends, so its closing is seen
    socket.once("close", () => {
      clearTimeout(give);
      resolve(performance.now() - started);
    });
  });
}

/** A client that sends a request line, then one more header line every `everyMs`, never the blank line that ends them. */
function trickleHeaders(socket: Socket, everyMs: number): () => void {
  socket.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n");
  let n = 0;
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(`X-Slow-${++n}: ${"a".repeat(10)}\r\n`);
  }, everyMs);
  return () => clearInterval(timer);
}

describe("connection limits", () => {
  it("are set, by default, to values that close a slow client within 30 s", async () => {
    expect(CONNECTION_LIMITS.headersTimeoutMs + CONNECTION_LIMITS.connectionsCheckingIntervalMs).toBeLessThanOrEqual(30_000);
    expect(CONNECTION_LIMITS.requestTimeoutMs + CONNECTION_LIMITS.connectionsCheckingIntervalMs).toBeLessThanOrEqual(31_000);
    await start();
    const { server } = running!;
    expect({
      headersTimeout: server.headersTimeout,
      requestTimeout: server.requestTimeout,
      keepAliveTimeout: server.keepAliveTimeout,
      maxConnections: server.maxConnections,
    }).toEqual({
      headersTimeout: CONNECTION_LIMITS.headersTimeoutMs,
      requestTimeout: CONNECTION_LIMITS.requestTimeoutMs,
      keepAliveTimeout: CONNECTION_LIMITS.keepAliveTimeoutMs,
      maxConnections: CONNECTION_LIMITS.maxConnections,
    });
  });

  it("closes a connection that never finishes its headers within 30 s, with the default limits", async () => {
    const { port } = await start();
    const socket = await open(port);
    const stop = trickleHeaders(socket, 500);
    const ms = await closedAfter(socket, 30_000);
    stop();
    expect(ms).toBeLessThan(CONNECTION_LIMITS.headersTimeoutMs + CONNECTION_LIMITS.connectionsCheckingIntervalMs + 1_000);
  }, 40_000);

  it("closes a connection whose body never ends once the request timeout passes", async () => {
    const { port } = await start({ headersTimeoutMs: 500, requestTimeoutMs: 1_000, connectionsCheckingIntervalMs: 100 });
    const socket = await open(port);
    socket.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{");
    const timer = setInterval(() => !socket.destroyed && socket.write(" "), 100);
    const ms = await closedAfter(socket, 5_000);
    clearInterval(timer);
    expect(ms).toBeLessThan(2_000);
  });

  it("closes an idle kept-alive connection after the keep-alive timeout", async () => {
    const { port } = await start({ keepAliveTimeoutMs: 300 });
    const socket = await open(port);
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const ms = await closedAfter(socket, 5_000);
    expect(ms).toBeLessThan(3_000); // Node's default, 5 s, would not be
  });

  it("answers 503 and closes the connection past the requests that may wait to start, and keeps serving", async () => {
    const { port } = await start({ maxQueuedRequests: 5 });
    const socket = await open(port);
    // One client pipelines 50 requests, all read in one go: more than may wait.
    let received = "";
    socket.on("data", (chunk) => (received += chunk));
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".repeat(50));
    await closed;
    const statuses = [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    expect(statuses.length).toBeLessThan(50);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it("closes new connections at once past the maximum, and takes them again when one ends", async () => {
    const { port } = await start({ maxConnections: 3 });
    const held = await Promise.all([open(port), open(port), open(port)]);
    await new Promise((r) => setTimeout(r, 100)); // the server has counted them
    const extra = await open(port);
    expect(await closedAfter(extra, 2_000)).toBeLessThan(1_000);
    held[0].destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(`${running!.url}/healthz`)).status).toBe(200);
    for (const s of held) s.destroy();
  });

  // Linux caps the backlog at net.core.somaxconn: below the maximum, the kernel cannot hold such a burst.
  const somaxconn = Number(readFileSync("/proc/sys/net/core/somaxconn", "utf8"));
  it.skipIf(!(somaxconn >= CONNECTION_LIMITS.maxConnections))(
    "holds a burst of as many new connections as it takes while it is busy: none waits for a SYN to be sent again",
    async () => {
      const { port } = await start();
      const started = performance.now();
      const connecting = Array.from({ length: CONNECTION_LIMITS.maxConnections }, () =>
        open(port).then((socket) => [socket, performance.now() - started] as const),
      );
      // Busy, as with a burst of requests: the server takes no connection while the kernel holds them.
      const until = performance.now() + 300;
      while (performance.now() < until);
      const opened = await Promise.all(connecting);
      for (const [socket] of opened) socket.destroy();
      // A dropped handshake is tried again after a second.
      expect(Math.max(...opened.map(([, ms]) => ms))).toBeLessThan(1_000);
    },
  );
});
