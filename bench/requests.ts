import { createHmac } from "node:crypto";
import { BENCH_SECRET } from "./spawn-server.js";

/** Request shapes for the load runs: as Slack and Teams send them, signed where Slack signs. */
export function slackSigned(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": `v0=${createHmac("sha256", BENCH_SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`,
  };
}

const QUESTIONS = ["When do updates stop?", "Who was sanctioned?", "How many corporate clients does Kaspersky have?", "Can I keep using Kaspersky?"];

export function slashCommand(n: number): string {
  return new URLSearchParams({
    command: "/kaspersky",
    text: QUESTIONS[n % QUESTIONS.length],
    user_id: `U${n}`,
    channel_id: "C1",
    team_id: "T1",
    response_url: "http://127.0.0.1:1/r",
    trigger_id: "t",
  }).toString();
}

/** An @mention with its own event id and timestamp: each one is answered in its thread. */
export function appMention(n: number): string {
  const ts = `1721052000.${String(n).padStart(6, "0")}`;
  return JSON.stringify({
    type: "event_callback",
    team_id: "T1",
    api_app_id: "A1",
    event_id: `EvBENCH${n}`,
    event_time: 1721052000,
    event: { type: "app_mention", user: `U${n}`, text: `<@UBENCH> ${QUESTIONS[n % QUESTIONS.length]}`, ts, channel: "C1", event_ts: ts },
  });
}

/** A personal-chat message with its own id (a repeated id is ignored as a redelivery). */
export function teamsMessage(n: number, serviceUrl: string): string {
  return JSON.stringify({
    type: "message",
    id: `bench-${n}`,
    serviceUrl,
    channelId: "msteams",
    from: { id: `29:user-${n}`, name: "Bench" },
    recipient: { id: "28:bench-bot", name: "Kaspersky Answers" },
    conversation: { id: "a:bench-conversation", conversationType: "personal" },
    text: QUESTIONS[n % QUESTIONS.length],
  });
}
