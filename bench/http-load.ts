import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { loadConfig } from "../src/config.js";
import type { KnowledgeIndex } from "../src/index/knowledge-index.js";
import { createLogger } from "../src/log.js";
import { startServer } from "../src/server.js";

export type HttpRow = { target: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

const SECRET = "bench-signing-secret-0123456789";

/**
 * Signed /kaspersky requests against the real server on loopback, and the same load against a
 * bare node:http server answering a fixed string, in the same run: the ratio is what counts.
 */
export async function measureSlackCommands(index: KnowledgeIndex, options = { connections: 100, seconds: 10 }): Promise<{ rows: HttpRow[]; ratio: number }> {
  const bare = createServer((_, res) => res.end("ok"));
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-bench",
    // With the bot's ids given, Bolt makes no call to Slack; a slash command needs none either.
    SLACK_BOT_ID: "BBENCH",
    SLACK_BOT_USER_ID: "UBENCH",
    FEEDBACK_LOG: "/tmp/bench-feedback.jsonl",
  });
  const bot = await startServer({ config, index, logger: createLogger("silent") });

  const body = new URLSearchParams({ command: "/kaspersky", text: "When do updates stop?", user_id: "U1", channel_id: "C1", team_id: "T1", response_url: "http://127.0.0.1:1/r", trigger_id: "t" }).toString();
  const timestamp = Math.floor(Date.now() / 1000); // valid for five minutes, longer than the run
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const headers = { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };

  try {
    const bareRow = await load("bare node:http", bareUrl, { method: "GET" }, options);
    const slackRow = await load("POST /slack/events (/kaspersky)", `${bot.url}/slack/events`, { method: "POST", body, headers }, options);
    return { rows: [bareRow, slackRow], ratio: slackRow.requestsPerSecond / bareRow.requestsPerSecond };
  } finally {
    await bot.close();
    await new Promise<void>((resolve) => bare.close(() => resolve()));
  }
}

/**
 * Teams messages against the real server in Emulator mode (no token to check) on loopback: each
 * request a personal-chat message with its own id (a repeated id would be ignored as a redelivery),
 * each answered through a local node:http stand-in for the Bot Framework connector.
 */
export async function measureTeamsMessages(index: KnowledgeIndex, options = { connections: 100, seconds: 10 }): Promise<HttpRow & { replies: number }> {
  let replies = 0;
  const connector = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      replies++;
      res.writeHead(200, { "content-type": "application/json" }).end(`{"id":"r${replies}"}`);
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, "127.0.0.1", resolve));
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;

  const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", FEEDBACK_LOG: "/tmp/bench-feedback.jsonl" });
  const bot = await startServer({ config, index, logger: createLogger("silent") });
  const activity = {
    type: "message",
    serviceUrl,
    channelId: "msteams",
    from: { id: "29:bench-user", name: "Bench" },
    recipient: { id: "28:bench-bot", name: "Kaspersky Answers" },
    conversation: { id: "a:bench-conversation", conversationType: "personal" },
    text: "When do updates stop?",
  };
  let n = 0;
  try {
    const row = await load("POST /api/messages (Teams message)", `${bot.url}/api/messages`, {
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ ...activity, id: `bench-${++n}` }) }),
        },
      ],
    }, options);
    return { ...row, replies };
  } finally {
    await bot.close();
    await new Promise<void>((resolve) => connector.close(() => resolve()));
  }
}

async function load(target: string, url: string, request: Partial<autocannon.Options>, options: { connections: number; seconds: number }): Promise<HttpRow> {
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, ...request });
  return {
    target,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
