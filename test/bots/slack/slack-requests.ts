import { createHmac } from "node:crypto";

/** Slack signing secrets are 32 hex characters; config.ts refuses anything else. */
export const SIGNING_SECRET = "5ec2e7f1d6a94b0c8e3f2a1b9c7d6e5f";

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
export function signedHeaders(body: string, options: { secret?: string; timestamp?: number } = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${signature}` };
}

/** A slash command as Slack posts it: application/x-www-form-urlencoded. */
export function slashCommand(text: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: "deprecated-verification-token",
    team_id: "T1",
    team_domain: "acme",
    channel_id: "C1",
    channel_name: "general",
    user_id: "U1",
    user_name: "ana",
    command: "/kaspersky",
    text,
    api_app_id: "A1",
    is_enterprise_install: "false",
    response_url: "http://127.0.0.1:1/response/cmd",
    trigger_id: "123.456.abc",
    ...overrides,
  }).toString();
}

let eventCounter = 0;

/** An Events API envelope (event_callback) around one event. */
export function eventCallback(event: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  eventCounter++;
  return {
    token: "deprecated-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    event: { event_ts: event.ts, ...event },
    type: "event_callback",
    event_id: `Ev${String(eventCounter).padStart(8, "0")}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: "T1", user_id: "UBOT", is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: "4-eyJldCI6ImFwcF9tZW50aW9uIn0",
    ...overrides,
  };
}

let tsCounter = 0;
export function nextTs(): string {
  tsCounter++;
  return `1721052000.${String(tsCounter).padStart(6, "0")}`;
}

export function appMention(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return { type: "app_mention", user: "U1", text: `<@UBOT> ${text}`, ts, channel: "C1", team: "T1", client_msg_id: `m-${ts}`, ...overrides };
}

export function message(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return { type: "message", user: "U1", text, ts, channel: "C1", channel_type: "channel", team: "T1", client_msg_id: `m-${ts}`, ...overrides };
}

let clickCounter = 0;

/** Interactivity: form-encoded `payload=` holding a block_actions JSON; each click its own trigger_id and action_ts, as Slack sends them. */
export function blockActions(action: { action_id: string; value: string }, responseUrl: string, overrides: Record<string, unknown> = {}): string {
  clickCounter++;
  const payload = {
    type: "block_actions",
    user: { id: "U1", username: "ana", name: "ana", team_id: "T1" },
    api_app_id: "A1",
    token: "deprecated-verification-token",
    container: { type: "message", message_ts: "1721052000.000100", channel_id: "C1", is_ephemeral: true },
    trigger_id: `123.${clickCounter}.abc`,
    team: { id: "T1", domain: "acme" },
    channel: { id: "C1", name: "general" },
    response_url: responseUrl,
    actions: [
      {
        ...action,
        block_id: "b1",
        type: "button",
        text: { type: "plain_text", text: "x", emoji: true },
        action_ts: `1721052001.${String(clickCounter).padStart(6, "0")}`,
      },
    ],
    ...overrides,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
