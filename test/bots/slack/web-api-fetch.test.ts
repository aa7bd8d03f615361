import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webApiFetch } from "../../../src/bots/slack/web-api-fetch.js";

type Seen = { method?: string; url?: string; headers: IncomingMessage["headers"]; body: string };

describe("webApiFetch: the Slack Web API client's transport, answering as fetch does", () => {
  let server: Server;
  let base = "";
  const seen: Seen[] = [];
  const routes: Record<string, (res: ServerResponse) => void> = {
    "/api/chat.postMessage": (res) => res.writeHead(200, { "content-type": "application/json", "x-slack-req-id": "r1" }).end('{"ok":true,"ts":"1.2"}'),
    "/api/ratelimited": (res) => res.writeHead(429, { "retry-after": "7" }).end('{"ok":false,"error":"ratelimited"}'),
    "/api/empty": (res) => res.writeHead(204).end(),
    "/api/slow": () => {},
    "/api/moved": (res) => res.writeHead(301, { location: "https://slack.com/api/moved" }).end(),
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        const route = routes[req.url ?? ""];
        if (route) route(res);
        else res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("sends the method, headers and body given, and resolves the status, headers and body", async () => {
    const body = JSON.stringify({ channel: "C1", text: "Kaspersky’s updates stop on September 29, 2024 ✅" });
    const response = await webApiFetch(`${base}/api/chat.postMessage`, {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8", Authorization: "Bearer xoxb-1" },
      body,
      redirect: "error",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-slack-req-id")).toBe("r1");
    expect(response.url).toBe(`${base}/api/chat.postMessage`);
    expect(await response.json()).toEqual({ ok: true, ts: "1.2" });
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ method: "POST", url: "/api/chat.postMessage", body });
    expect(request.headers).toMatchObject({ "content-type": "application/json; charset=utf-8", authorization: "Bearer xoxb-1" });
  });

  it("resolves an error status with its headers, as fetch does: the client reads Retry-After from a 429", async () => {
    const response = await webApiFetch(`${base}/api/ratelimited`, { method: "POST", body: "", redirect: "error" });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
  });

  it("answers a status without a body with a null body", async () => {
    const response = await webApiFetch(`${base}/api/empty`, { method: "POST", body: "x=1", redirect: "error" });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("rejects as fetch does when nothing answers: TypeError('fetch failed'), the system's error as its cause", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = await webApiFetch(`http://127.0.0.1:${port}/api/auth.test`, { method: "POST", body: "", redirect: "error" }).catch((error) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure.message).toBe("fetch failed");
    expect(failure.cause.code).toBe("ECONNREFUSED");
  });

  it("rejects with the signal's reason when the client's timeout signal aborts the call, as fetch does", async () => {
    const failure = await webApiFetch(`${base}/api/slow`, { method: "POST", body: "", redirect: "error", signal: AbortSignal.timeout(50) }).catch(
      (error) => error,
    );
    expect(failure.name).toBe("TimeoutError");
  });

  it("gives up on a call that gets no answer: 'fetch failed', ETIMEDOUT", async () => {
    const failure = await webApiFetch(`${base}/api/slow`, { method: "POST", body: "", redirect: "error" }, { timeoutMs: 100 }).catch((error) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure.cause.code).toBe("ETIMEDOUT");
  });

  it("rejects a redirect, as fetch does with the client's redirect: 'error'", async () => {
    const failure = await webApiFetch(`${base}/api/moved`, { method: "POST", body: "", redirect: "error" }).catch((error) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure.cause.message).toMatch(/redirected \(HTTP 301\) to https:\/\/slack.com\/api\/moved/);
  });

  it("hands a body that is not text (a file upload's form) to Node's fetch", async () => {
    const form = new FormData();
    form.set("channel", "C1");
    const response = await webApiFetch(`${base}/api/chat.postMessage`, { method: "POST", body: form });
    expect(response.status).toBe(200);
    expect(seen.at(-1)!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  });
});
