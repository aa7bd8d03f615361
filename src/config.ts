import { z } from "zod";

/** Settings come from the environment; this is the one place they are read and checked. */
const EnvSchema = z.object({
  PORT: z.coerce.number({ error: "must be a port number" }).int("must be a port number").min(0).max(65_535).default(3978),
  /** Where to listen; unset means every interface, or 127.0.0.1 when Teams runs without credentials. */
  HOST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Append-only JSON lines, one record per 👍/👎. */
  FEEDBACK_LOG: z.string().min(1).default("data/feedback.jsonl"),
  /** Shared state for several replicas; unset keeps it in this process and FEEDBACK_LOG. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  /** Starts every key, so that deployments sharing one Redis keep apart. */
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, "letters, digits and _ : . - only").default("kaspersky-bot:"),
  /** On SIGTERM, how long /readyz answers 503 before the server stops listening (the load balancer's check interval). */
  SHUTDOWN_DELAY_MS: z.coerce.number({ error: "must be a number of milliseconds" }).int("must be a number of milliseconds").min(0).max(60_000).default(0),
  /** Questions one user may ask a minute; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0).default(20),
  SLACK_SIGNING_SECRET: z.string().min(8, "looks too short for a Slack signing secret").optional(),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, "must be a bot token (xoxb-…)").optional(),
  /** Set it to use Socket Mode instead of the HTTP endpoint. */
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, "must be an app-level token (xapp-…)").optional(),
  /** Another Web API base URL (GovSlack, tests). */
  SLACK_API_URL: z.url().optional(),
  /** The bot's ids; when both are given, Bolt skips its auth.test call. */
  SLACK_BOT_ID: z.string().regex(/^B\w+$/, "must be a bot id (B…)").optional(),
  SLACK_BOT_USER_ID: z.string().regex(/^[UW]\w+$/, "must be a user id (U…)").optional(),
  /** Teams (Bot Framework), in the Bot Framework's own variable names. No app id: Emulator mode. */
  MicrosoftAppId: z.string().regex(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i, "must be the bot's app id (a GUID)").optional(),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppType: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], { error: "must be MultiTenant, SingleTenant or UserAssignedMSI" }).default("MultiTenant"),
  MicrosoftAppTenantId: z.string().min(1).optional(),
  /** 1: the Teams endpoint takes requests without a token (Bot Framework Emulator) beside another platform. */
  TEAMS_EMULATOR: z.enum(["0", "1"], { error: "must be 1 (on) or 0 (off)" }).optional(),
});

export type SlackSettings = {
  signingSecret: string | undefined;
  botToken: string;
  appToken: string | undefined;
  apiUrl: string | undefined;
  botId: string | undefined;
  botUserId: string | undefined;
};

/**
 * With an app id every request needs a Bot Framework token. Without one the endpoint takes
 * requests without a token (Bot Framework Emulator mode), which lets whoever reaches it make the
 * bot post to an address of their choosing and write to the journal. So Emulator mode is on only
 * for a local trial (no platform configured) or when TEAMS_EMULATOR=1 asks for it, only while the
 * server listens on loopback, and (see teams-adapter.ts) only for requests addressed to a loopback
 * name. Missing Teams credentials alone never turn it on: a Slack deployment has Teams off.
 */
export type TeamsSettings = {
  mode: "authenticated" | "emulator" | "off";
  appId: string | undefined;
  appPassword: string | undefined;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  tenantId: string | undefined;
};

export type Config = {
  port: number;
  host: string | undefined;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  feedbackLog: string;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  rateLimitPerMinute: number;
  shutdownDelayMs: number;
  /** Null when Slack is not configured: the Slack side is then off. */
  slack: SlackSettings | null;
  /** Teams: authenticated with an app id; otherwise Emulator mode where it is safe, or off. */
  teams: TeamsSettings;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the settings, or throws one ConfigError naming every bad variable. Empty values count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const slackWanted = e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN;
  if (slackWanted && !e.SLACK_BOT_TOKEN) problems.push("SLACK_BOT_TOKEN: is required when other SLACK_ settings are set");
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    problems.push("SLACK_SIGNING_SECRET: is required for the HTTP endpoint (or set SLACK_APP_TOKEN for Socket Mode)");
  }
  if (!e.MicrosoftAppId && e.MicrosoftAppPassword) problems.push("MicrosoftAppId: is required when MicrosoftAppPassword is set");
  if (e.MicrosoftAppId && e.MicrosoftAppType !== "UserAssignedMSI" && !e.MicrosoftAppPassword) {
    problems.push(`MicrosoftAppPassword: is required for a ${e.MicrosoftAppType} bot`);
  }
  if (e.MicrosoftAppId && e.MicrosoftAppType !== "MultiTenant" && !e.MicrosoftAppTenantId) {
    problems.push(`MicrosoftAppTenantId: is required for a ${e.MicrosoftAppType} bot`);
  }
  if (e.MicrosoftAppId && e.TEAMS_EMULATOR === "1") problems.push("TEAMS_EMULATOR: Emulator mode takes requests without a token; unset it when MicrosoftAppId is set");
  // An anonymous Teams endpoint lets anyone who reaches it make the bot post to any URL: loopback only.
  const host = e.HOST ?? (e.MicrosoftAppId ? undefined : "127.0.0.1");
  if (e.TEAMS_EMULATOR === "1" && !isLoopback(host)) problems.push(`TEAMS_EMULATOR: Emulator mode needs the server on loopback (HOST=${host})`);
  if (problems.length > 0) throw new ConfigError(problems);
  // A local trial: no platform is configured, so the Emulator is the only way to try Teams.
  const emulatorWanted = e.TEAMS_EMULATOR === "1" || (e.TEAMS_EMULATOR === undefined && !slackWanted);
  return {
    port: e.PORT,
    host,
    logLevel: e.LOG_LEVEL,
    feedbackLog: e.FEEDBACK_LOG,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    slack: e.SLACK_BOT_TOKEN
      ? {
          signingSecret: e.SLACK_SIGNING_SECRET,
          botToken: e.SLACK_BOT_TOKEN,
          appToken: e.SLACK_APP_TOKEN,
          apiUrl: e.SLACK_API_URL,
          botId: e.SLACK_BOT_ID,
          botUserId: e.SLACK_BOT_USER_ID,
        }
      : null,
    teams: { mode: e.MicrosoftAppId ? "authenticated" : emulatorWanted && isLoopback(host) ? "emulator" : "off", appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
  };
}

function isLoopback(host: string | undefined): boolean {
  return host !== undefined && /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(host);
}
