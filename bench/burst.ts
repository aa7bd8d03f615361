import { connect } from "node:net";
import { appMention, slackSigned, slashCommand, teamsMessage } from "./requests.js";
import { percentile } from "./stats.js";

export type BurstTimes = { requests: number; answered: number; slackAckP99Ms: number; slackAckMaxMs: number; teamsP99Ms: number };
export type Burst = BurstTimes & { slackReplies: number; teamsReplies: number };

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const JSON_TYPE = { "content-type": "application/json" };

type Sent = { kind: "slack" | "teams"; status: number; ms: number };

/**
 * 1,000 requests at once, each on a new connection: 500 /kaspersky commands, 250 @mentions, 250
 * Teams messages, in that order. Written from raw sockets, every request built and signed before
 * the first is sent: with fetch, the load generator's own work for a thousand requests (on this
 * process's one thread, beside the server on a two-core machine) was most of what was measured,
 * and a bare node:http server measured a p99 of about 650 ms. Each time runs from the connection's
 * start to the end of its response (`connection: close`). `offset` numbers the mentions and
 * messages after those the server has seen (a repeated event id is a retry, answered once).
 */
export async function sendBurst(url: string, serviceUrl: string, offset: number): Promise<BurstTimes> {
  const { hostname, port } = new URL(url);
  const raw = (path: string, body: string, headers: Record<string, string>) =>
    [
      `POST ${path} HTTP/1.1`,
      `host: ${hostname}:${port}`,
      "connection: close",
      `content-length: ${Buffer.byteLength(body)}`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      "",
      body,
    ].join("\r\n");
  const requests: [Sent["kind"], string][] = [
    ...Array.from({ length: 500 }, (_, i): [Sent["kind"], string] => [
      "slack",
      raw("/slack/events", slashCommand(i), { ...FORM, ...slackSigned(slashCommand(i)) }),
    ]),
    ...Array.from({ length: 250 }, (_, i): [Sent["kind"], string] => [
      "slack",
      raw("/slack/events", appMention(offset + 1 + i), { ...JSON_TYPE, ...slackSigned(appMention(offset + 1 + i)) }),
    ]),
    ...Array.from({ length: 250 }, (_, i): [Sent["kind"], string] => ["teams", raw("/api/messages", teamsMessage(offset + 1 + i, serviceUrl), JSON_TYPE)]),
  ];
  const results = await Promise.all(requests.map(([kind, request]) => send(hostname, Number(port), kind, request)));
  const slackMs = results.filter((r) => r.kind === "slack").map((r) => r.ms);
  return {
    requests: results.length,
    answered: results.filter((r) => r.status === 200).length,
    slackAckP99Ms: percentile(slackMs, 0.99),
    slackAckMaxMs: Math.max(...slackMs),
    teamsP99Ms: percentile(
      results.filter((r) => r.kind === "teams").map((r) => r.ms),
      0.99,
    ),
  };
}

/**
 * The burst against the bot: every request must be answered, each mention and message exactly
 * once (its reply reaches the stand-in), every Slack request acknowledged well inside Slack's 3 s.
 */
export async function burstOf1000(url: string, serviceUrl: string, slackCalls: () => number, teamsCalls: () => number, offset: number): Promise<Burst> {
  const before = { slack: slackCalls(), teams: teamsCalls() };
  const times = await sendBurst(url, serviceUrl, offset);
  // Mentions are answered after the acknowledgement: wait for the replies, and for any doubles.
  const until = Date.now() + 10_000;
  while (slackCalls() - before.slack < 250 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1000));
  return { ...times, slackReplies: slackCalls() - before.slack, teamsReplies: teamsCalls() - before.teams };
}

function send(host: string, port: number, kind: Sent["kind"], request: string): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, host, () => socket.write(request));
    let head = "";
    socket.on("data", (chunk: Buffer) => {
      if (head.length < 12) head += chunk.toString("latin1");
    });
    // "HTTP/1.1 200 OK": the status is characters 9 to 12 of the first line.
    socket.on("end", () => resolve({ kind, status: Number(head.slice(9, 12)), ms: performance.now() - started }));
    socket.on("error", reject);
  });
}
