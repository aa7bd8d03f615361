import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { startServer } from "../src/server.js";
import { startSlackBot } from "./bots/slack/slack-bot.js";
import { appMention, eventCallback, signedHeaders } from "./bots/slack/slack-requests.js";
import { seeds } from "./helpers.js";

const journal = () => join(mkdtempSync(join(tmpdir(), "server-")), "journal.jsonl");

async function start(env: Record<string, string> = {}) {
  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", FEEDBACK_LOG: journal(), ...env });
  return startServer({ config, index: seeds(), logger: createLogger("silent") });
}

describe("the server's operational endpoints", () => {
  it("GET /healthz: alive, with the corpus size", async () => {
    const server = await start();
    try {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok", passages: seeds().size, sources: seeds().sources.size });
    } finally {
      await server.close();
    }
  });

  it("GET /readyz: ready with the index loaded and the store usable, and what each platform runs on", async () => {
    const server = await start();
    try {
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ready", index: true, store: true, storeKind: "local", slack: "off" });
    } finally {
      await server.close();
    }
  });

  it("gives every response a request id, keeping the caller's when it sends one", async () => {
    const server = await start();
    try {
      const own = await fetch(`${server.url}/healthz`);
      expect(own.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      const given = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "lb-1234" } });
      expect(given.headers.get("x-request-id")).toBe("lb-1234");
      const hostile = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "<script>" } });
      expect(hostile.headers.get("x-request-id")).not.toBe("<script>");
    } finally {
      await server.close();
    }
  });
});

describe("graceful shutdown", () => {
  it("answers /readyz with 503 while it drains, before it stops listening", async () => {
    const server = await start({ SHUTDOWN_DELAY_MS: "300" });
    const closing = server.close();
    const during = await fetch(`${server.url}/readyz`);
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ status: "not ready", stopping: true });
    await closing;
    await expect(fetch(`${server.url}/readyz`)).rejects.toThrow();
  });

  it("finishes a reply still under way after Slack's event was acknowledged, then stops accepting", async () => {
    const { server, slack, close } = await startSlackBot();
    slack.delayMs = 300; // Slack's API is slow today: the reply is still in flight at shutdown
    try {
      const body = JSON.stringify(eventCallback(appMention("When do updates stop?")));
      const ack = await fetch(`${server.url}/slack/events`, { method: "POST", headers: { "content-type": "application/json", ...signedHeaders(body) }, body });
      expect(ack.status).toBe(200);
      expect(slack.posts()).toHaveLength(0);
      await server.close();
      expect(slack.posts()).toHaveLength(1);
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      await close();
    }
  });
});
