import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import type { AnswerCache } from "../answer/answer-cache.js";
import type { InFlight } from "../in-flight.js";
import type { KnowledgeIndex } from "../index/knowledge-index.js";
import type { LaterQueue } from "../later-queue.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/store.js";
import type { Asker } from "./asker.js";

/** The environment as config.ts reads it: unset and empty variables are left out. */
export type Env = Readonly<Record<string, string>>;

/** What a platform may know about the others while it reads its settings. */
export type ConfigContext = {
  /** Where the server will listen (HOST, or the default the platforms asked for). */
  host: string | undefined;
  /** Whether the environment asks for another platform: a local trial has none. */
  othersWanted: boolean;
  /** Each problem names one variable and what is wrong with it, like a zod issue. */
  problems: string[];
};

/**
 * What every adapter is handed: one index, one answer cache, one asker and one store for all;
 * `background` for work shutdown waits for, `later` for work that waits for the requests already here.
 */
export type PlatformDeps = { index: KnowledgeIndex; asker: Asker; answers: AnswerCache; store: Store; background: InFlight; later: LaterQueue; logger: Logger };

/** A platform once its SDK is loaded and its credentials are checked. */
export type StartedPlatform<Mode extends string = string> = {
  /** Serves one of the platform's routes. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Stops taking events over connections of its own (Socket Mode); its HTTP routes drain with the server. */
  stop(): Promise<void>;
  /** What /readyz reports for it. Slack and Teams take requests as soon as they are started. */
  readiness(): { mode: Mode; ready: boolean };
};

/**
 * A chat platform: its settings, its routes and how to start it. Defined in a small module that
 * loads no SDK, so that config and server can loop over every platform and load only the ones
 * the environment turns on (Bolt and botbuilder each take a large share of a cold start).
 */
export type Platform<Name extends string = string, Settings = unknown, Mode extends string = string> = {
  /** Its key in the config, in /readyz and in RunningServer ("slack"). */
  readonly name: Name;
  /** Its environment variables, checked with the others so that one message names every bad one. */
  readonly configSchema: z.ZodObject;
  /** Whether the environment asks for it at all (any of its variables set, well-formed or not). */
  wanted(env: Env): boolean;
  /** Whether, with HOST unset, the server must listen on 127.0.0.1 only for its sake. */
  needsLoopback(env: Env): boolean;
  /** Its settings from variables its schema accepted; what cannot work goes to `context.problems`. */
  configure(env: Env, context: ConfigContext): Settings;
  /** How these settings run it; "off" leaves its SDK unloaded and its routes answering 404. */
  modeOf(settings: Settings): Mode | "off";
  /** The paths it serves on the one HTTP server. */
  readonly routes: readonly string[];
  /** What its routes answer, with a 404, while it is off. */
  readonly notConfigured: string;
  /** The start-up line saying how it runs, or how to turn it on. */
  banner(mode: string, where: { url: string; host: string | undefined }): string;
  /** Loads its SDK and checks its credentials; a StartupError's message says what to fix. */
  start(settings: Settings, deps: PlatformDeps): Promise<StartedPlatform<Mode>>;
};

/**
 * Any platform, for the loops in config, server and main. `any`: each platform's settings are
 * handed back only to the platform that made them (see settingsOf in config.ts).
 */
// biome-ignore lint/suspicious/noExplicitAny: each platform's settings type is its own; only that platform reads them.
export type AnyPlatform = Platform<string, any, string>;
export type SettingsOf<P> = P extends Platform<infer _N, infer S, infer _M> ? S : never;
export type ModeOf<P> = P extends Platform<infer _N, infer _S, infer M> ? M | "off" : never;
