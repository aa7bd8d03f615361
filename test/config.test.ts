import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("runs with no settings at all: port 3978, Slack off, Teams in Emulator mode on loopback only", () => {
    expect(loadConfig({})).toMatchObject({ port: 3978, host: "127.0.0.1", slack: null, teams: { mode: "emulator", appId: undefined } });
  });

  it("listens where HOST says, or on every interface once Teams has credentials", () => {
    expect(loadConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
    expect(loadConfig({ HOST: "::1" }).teams.mode).toBe("emulator");
    // Off the loopback interface, a Teams endpoint that needs no token would be an open relay.
    expect(loadConfig({ HOST: "0.0.0.0" }).teams.mode).toBe("off");
    const teams = loadConfig({ MicrosoftAppId: "00000000-0000-0000-0000-000000000001", MicrosoftAppPassword: "secret" });
    expect(teams.host).toBeUndefined();
    expect(teams.teams).toEqual({
      mode: "authenticated",
      appId: "00000000-0000-0000-0000-000000000001",
      appPassword: "secret",
      appType: "MultiTenant",
      tenantId: undefined,
    });
  });

  it("keeps Emulator mode to a local trial or an explicit TEAMS_EMULATOR=1, never just because Teams has no credentials", () => {
    const slack = { SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef", SLACK_BOT_TOKEN: "xoxb-1" };
    expect(loadConfig(slack).teams.mode).toBe("off");
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).teams.mode).toBe("off");
    expect(loadConfig({ ...slack, TEAMS_EMULATOR: "1" }).teams.mode).toBe("emulator");
    expect(loadConfig({ TEAMS_EMULATOR: "0" }).teams.mode).toBe("off");
    expect(() => loadConfig({ TEAMS_EMULATOR: "1", HOST: "0.0.0.0" })).toThrow(/TEAMS_EMULATOR: Emulator mode needs the server on loopback/);
    expect(() => loadConfig({ TEAMS_EMULATOR: "1", MicrosoftAppId: "00000000-0000-0000-0000-000000000001", MicrosoftAppPassword: "p" })).toThrow(
      /TEAMS_EMULATOR: .*unset it when MicrosoftAppId is set/,
    );
    expect(() => loadConfig({ TEAMS_EMULATOR: "yes" })).toThrow(/TEAMS_EMULATOR: must be 1 \(on\) or 0 \(off\)/);
  });

  it("names what a Teams bot is missing", () => {
    const appId = "00000000-0000-0000-0000-000000000001";
    expect(() => loadConfig({ MicrosoftAppId: appId })).toThrow(/MicrosoftAppPassword: is required for a MultiTenant bot/);
    expect(() => loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: "p", MicrosoftAppType: "SingleTenant" })).toThrow(
      /MicrosoftAppTenantId: is required/,
    );
    expect(() => loadConfig({ MicrosoftAppPassword: "p" })).toThrow(/MicrosoftAppId: is required/);
    expect(() => loadConfig({ MicrosoftAppId: "my-bot" })).toThrow(/MicrosoftAppId: must be the bot's app id/);
    expect(() => loadConfig({ MicrosoftAppId: appId, MicrosoftAppType: "Multi" })).toThrow(
      /MicrosoftAppType: must be MultiTenant, SingleTenant or UserAssignedMSI/,
    );
    expect(loadConfig({ MicrosoftAppId: appId, MicrosoftAppType: "UserAssignedMSI", MicrosoftAppTenantId: "t" }).teams.appType).toBe("UserAssignedMSI");
  });

  it("turns Slack on over HTTP with a signing secret and a bot token", () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef", SLACK_BOT_TOKEN: "xoxb-1" });
    expect(config.slack).toMatchObject({ botToken: "xoxb-1", appToken: undefined });
  });

  it("uses Socket Mode when an app token is set", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack?.appToken).toBe("xapp-1");
  });

  it("names every bad variable in one error", () => {
    try {
      loadConfig({ PORT: "eighty", SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_API_URL: "not a url" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/SLACK_BOT_TOKEN: must be a bot token/);
      expect(message).toMatch(/SLACK_API_URL/);
    }
  });

  it("takes only a signing secret shaped like Slack's: 32 hex characters", () => {
    const secret = "0123456789abcdef0123456789abcdef";
    expect(loadConfig({ SLACK_SIGNING_SECRET: secret, SLACK_BOT_TOKEN: "xoxb-1" }).slack?.signingSecret).toBe(secret);
    for (const wrong of [secret.slice(1), `${secret}0`, `${secret.slice(1)}g`, "xoxb-not-a-secret-at-all-000000"]) {
      expect(() => loadConfig({ SLACK_SIGNING_SECRET: wrong, SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(
        /SLACK_SIGNING_SECRET: must be the app's Signing Secret, 32 hex characters/,
      );
    }
  });

  it("names the missing half of a Slack pair", () => {
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef" })).toThrow(/SLACK_BOT_TOKEN: is required/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_SIGNING_SECRET: is required/);
  });
});
