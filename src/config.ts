import { z } from "zod";
import type { AnyPlatform, Env, SettingsOf } from "./bots/platform.js";
import { PLATFORMS, type RegisteredPlatform } from "./bots/platforms.js";
import { StartupError } from "./startup-error.js";

export type { SlackSettings } from "./bots/slack/slack-platform.js";
export type { TeamsSettings } from "./bots/teams/teams-platform.js";

/**
 * Settings come from the environment; this is the one place they are read and checked. These are
 * the server's own; each platform (src/bots/platforms.ts) brings its variables in its configSchema.
 */
const EnvSchema = z.object({
  PORT: z.coerce.number({ error: "must be a port number" }).int("must be a port number").min(0).max(65_535).default(3978),
  /** Where to listen; unset means every interface, or 127.0.0.1 when a platform needs it (Teams without credentials). */
  HOST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Append-only JSON lines, one record per 👍/👎. */
  FEEDBACK_LOG: z.string().min(1).default("data/feedback.jsonl"),
  /** Shared state for several replicas; unset keeps it in this process and FEEDBACK_LOG. */
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  /** Starts every key, so that deployments sharing one Redis keep apart. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, "letters, digits and _ : . - only")
    .default("kaspersky-bot:"),
  /** On SIGTERM, how long /readyz answers 503 before the server stops listening (the load balancer's check interval). */
  SHUTDOWN_DELAY_MS: z.coerce.number({ error: "must be a number of milliseconds" }).int("must be a number of milliseconds").min(0).max(60_000).default(0),
  /** Questions one user may ask a minute; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0).default(20),
});

/** Every variable the bot reads: the server's own and each platform's (`.env.example` lists them all). */
export const SETTING_NAMES: readonly string[] = [EnvSchema, ...PLATFORMS.map((p) => p.configSchema)].flatMap((schema) => Object.keys(schema.shape));

/** Each platform's settings under its name: `config.slack`, `config.teams`. */
export type PlatformSettings = { [P in RegisteredPlatform as P["name"]]: SettingsOf<P> };

export type Config = PlatformSettings & {
  port: number;
  host: string | undefined;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  feedbackLog: string;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  rateLimitPerMinute: number;
  shutdownDelayMs: number;
};

export class ConfigError extends StartupError {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the settings, or throws one ConfigError naming every bad variable. Empty values count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present: Env = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ""));
  const issues = [EnvSchema, ...PLATFORMS.map((p) => p.configSchema)].flatMap((schema) => schema.safeParse(present).error?.issues ?? []);
  if (issues.length > 0) throw new ConfigError(issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  const e = EnvSchema.parse(present);
  const host = e.HOST ?? (PLATFORMS.some((p) => p.needsLoopback(present)) ? "127.0.0.1" : undefined);
  const problems: string[] = [];
  const platforms = Object.fromEntries(
    PLATFORMS.map((p) => [p.name, p.configure(present, { host, othersWanted: PLATFORMS.some((other) => other !== p && other.wanted(present)), problems })]),
  ) as PlatformSettings;
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host,
    logLevel: e.LOG_LEVEL,
    feedbackLog: e.FEEDBACK_LOG,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    shutdownDelayMs: e.SHUTDOWN_DELAY_MS,
    ...platforms,
  };
}

/** A platform's settings in the config, handed back to the platform that made them. */
export function settingsOf<P extends AnyPlatform>(config: PlatformSettings, platform: P): SettingsOf<P> {
  return (config as Record<string, unknown>)[platform.name] as SettingsOf<P>;
}
