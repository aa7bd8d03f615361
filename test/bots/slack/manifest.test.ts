import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync("src/bots/slack/manifest.json", "utf8"));

describe("the Slack app manifest", () => {
  it("declares the bot, the /kaspersky command and one request URL for events, commands and buttons", () => {
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    const [command] = manifest.features.slash_commands;
    expect(command.command).toBe("/kaspersky");
    const urls = new Set([command.url, manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url]);
    expect(urls.size).toBe(1);
    expect([...urls][0]).toMatch(/\/slack\/events$/);
  });

  it("subscribes to what the bot answers, with the scopes those events need", () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(["app_mention", "message.im", "message.channels"]));
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(["app_mentions:read", "im:history", "channels:history", "chat:write", "commands"]));
  });
});
