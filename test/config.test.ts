import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("runs with no settings at all: port 3978, Slack off", () => {
    expect(loadConfig({})).toMatchObject({ port: 3978, host: undefined, slack: null });
  });

  it("turns Slack on over HTTP with a signing secret and a bot token", () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: "0123456789abcdef", SLACK_BOT_TOKEN: "xoxb-1" });
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

  it("names the missing half of a Slack pair", () => {
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: "0123456789abcdef" })).toThrow(/SLACK_BOT_TOKEN: is required/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_SIGNING_SECRET: is required/);
  });
});
