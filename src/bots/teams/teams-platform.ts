import { z } from "zod";
import type { Env, Platform } from "../platform.js";
import { isLoopbackHost } from "./loopback.js";

/** Teams (Bot Framework), in the Bot Framework's own variable names. No app id: Emulator mode or off. */
const TeamsEnv = z.object({
  MicrosoftAppId: z
    .string()
    .regex(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i, "must be the bot's app id (a GUID)")
    .optional(),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppType: z
    .enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], { error: "must be MultiTenant, SingleTenant or UserAssignedMSI" })
    .default("MultiTenant"),
  MicrosoftAppTenantId: z.string().min(1).optional(),
  /** 1: the Teams endpoint takes requests without a token (Bot Framework Emulator) beside another platform. */
  TEAMS_EMULATOR: z.enum(["0", "1"], { error: "must be 1 (on) or 0 (off)" }).optional(),
});

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

export type TeamsMode = "authenticated" | "emulator";

const read = (env: Env) => TeamsEnv.parse(env);

/** Teams over botbuilder's CloudAdapter at /api/messages. */
export const teamsPlatform: Platform<"teams", TeamsSettings, TeamsMode> = {
  name: "teams",
  configSchema: TeamsEnv,
  routes: ["/api/messages"],
  notConfigured: "Teams is not configured: set MicrosoftAppId",

  wanted(env) {
    const e = read(env);
    return Boolean(e.MicrosoftAppId || e.MicrosoftAppPassword || e.TEAMS_EMULATOR === "1");
  },

  // An anonymous Teams endpoint lets anyone who reaches it make the bot post to any URL: loopback only.
  needsLoopback: (env) => !read(env).MicrosoftAppId,

  configure(env, { host, othersWanted, problems }) {
    const e = read(env);
    if (!e.MicrosoftAppId && e.MicrosoftAppPassword) problems.push("MicrosoftAppId: is required when MicrosoftAppPassword is set");
    if (e.MicrosoftAppId && e.MicrosoftAppType !== "UserAssignedMSI" && !e.MicrosoftAppPassword) {
      problems.push(`MicrosoftAppPassword: is required for a ${e.MicrosoftAppType} bot`);
    }
    if (e.MicrosoftAppId && e.MicrosoftAppType !== "MultiTenant" && !e.MicrosoftAppTenantId) {
      problems.push(`MicrosoftAppTenantId: is required for a ${e.MicrosoftAppType} bot`);
    }
    if (e.MicrosoftAppId && e.TEAMS_EMULATOR === "1")
      problems.push("TEAMS_EMULATOR: Emulator mode takes requests without a token; unset it when MicrosoftAppId is set");
    if (e.TEAMS_EMULATOR === "1" && !isLoopbackHost(host)) problems.push(`TEAMS_EMULATOR: Emulator mode needs the server on loopback (HOST=${host})`);
    // A local trial: no platform is configured, so the Emulator is the only way to try Teams.
    const emulatorWanted = e.TEAMS_EMULATOR === "1" || (e.TEAMS_EMULATOR === undefined && !othersWanted);
    const mode = e.MicrosoftAppId ? "authenticated" : emulatorWanted && isLoopbackHost(host) ? "emulator" : "off";
    return { mode, appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId };
  },

  modeOf: (settings) => settings.mode,

  banner(mode, { url, host }) {
    return mode === "authenticated"
      ? `Teams: on, messages at ${url}/api/messages (Bot Framework tokens required)`
      : mode === "emulator"
        ? `Teams: anonymous Bot Framework Emulator mode at ${url}/api/messages, no token required, replies only to a local Emulator${host === "127.0.0.1" ? "; listening on 127.0.0.1 only (set HOST to change)" : ""}. Set MicrosoftAppId and MicrosoftAppPassword for Teams (README, “Microsoft Teams”).`
        : `Teams: off (/api/messages answers 404). Set MicrosoftAppId and MicrosoftAppPassword for Teams (README, “Microsoft Teams”); to try it with the Bot Framework Emulator on this machine, set TEAMS_EMULATOR=1 with HOST on loopback.`;
  },

  async start(settings, deps) {
    const { mode } = settings;
    if (mode === "off") throw new Error("teams: started while off"); // the server starts only what modeOf says is on
    // botbuilder is loaded here, only when Teams is on.
    const { startTeams } = await import("./teams-adapter.js");
    return startTeams({ ...settings, mode }, deps);
  },
};
