import { z } from "zod";
import type { Env, Platform } from "../platform.js";

/** Slack's variables. Without SLACK_BOT_TOKEN Slack is off. */
const SlackEnv = z.object({
  /** Slack's signing secrets are 32 hex characters: anything else cannot verify a request. */
  SLACK_SIGNING_SECRET: z
    .string()
    .regex(/^[0-9a-f]{32}$/i, "must be the app's Signing Secret, 32 hex characters (Basic Information → App Credentials)")
    .optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xoxb-/, "must be a bot token (xoxb-…)")
    .optional(),
  /** Set it to use Socket Mode instead of the HTTP endpoint. */
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, "must be an app-level token (xapp-…)")
    .optional(),
  /** Another Web API base URL (GovSlack, tests). */
  SLACK_API_URL: z.url().optional(),
  /** The bot's ids; when both are given, Bolt skips its auth.test call. */
  SLACK_BOT_ID: z
    .string()
    .regex(/^B\w+$/, "must be a bot id (B…)")
    .optional(),
  SLACK_BOT_USER_ID: z
    .string()
    .regex(/^[UW]\w+$/, "must be a user id (U…)")
    .optional(),
});

export type SlackSettings = {
  signingSecret: string | undefined;
  botToken: string;
  appToken: string | undefined;
  apiUrl: string | undefined;
  botId: string | undefined;
  botUserId: string | undefined;
};

export type SlackMode = "http" | "socket";

const read = (env: Env) => SlackEnv.parse(env);

function wanted(env: Env): boolean {
  const e = read(env);
  return Boolean(e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN);
}

/** Slack over Bolt: events, commands and interactivity at /slack/events, or over Socket Mode. */
export const slackPlatform: Platform<"slack", SlackSettings | null, SlackMode> = {
  name: "slack",
  configSchema: SlackEnv,
  routes: ["/slack/events"],
  notConfigured: "Slack is not configured: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN",

  wanted,
  needsLoopback: () => false,

  configure(env, { problems }) {
    const e = read(env);
    if (wanted(env) && !e.SLACK_BOT_TOKEN) problems.push("SLACK_BOT_TOKEN: is required when other SLACK_ settings are set");
    if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      problems.push("SLACK_SIGNING_SECRET: is required for the HTTP endpoint (or set SLACK_APP_TOKEN for Socket Mode)");
    }
    if (!e.SLACK_BOT_TOKEN) return null;
    return {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      botId: e.SLACK_BOT_ID,
      botUserId: e.SLACK_BOT_USER_ID,
    };
  },

  modeOf: (settings) => (!settings ? "off" : settings.appToken ? "socket" : "http"),

  banner(mode, { url }) {
    return mode === "http"
      ? `Slack: on, events at ${url}/slack/events`
      : mode === "socket"
        ? "Slack: on, over Socket Mode"
        : "Slack: off. Set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on (README, “Slack”).";
  },

  async start(settings, deps) {
    // Bolt is loaded here, only when Slack is configured.
    const { startSlack } = await import("./start-slack.js");
    return startSlack(settings!, deps);
  },
};
