import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../../src/answer/ask.js";
import { clip } from "../../../src/bots/teams/citations.js";
import { attribution, escapeTeams } from "../../../src/bots/teams/render-card.js";
import type { RunningServer } from "../../../src/server.js";
import { seeds } from "../../helpers.js";
import { BOT_ACCESS_TOKEN, BotFrameworkKeys, issueBotTokens } from "./bot-framework-token.js";
import { APP_ID, startAppIdServer, stopAppIdServer } from "./app-id-server.js";
import { FakeConnector } from "./fake-connector.js";
import { personalMessage, searchQuery } from "./teams-activities.js";

const keys = new BotFrameworkKeys();
const connector = new FakeConnector();
let server: RunningServer;

beforeAll(async () => {
  keys.publish();
  issueBotTokens();
  server = await startAppIdServer(connector);
});

afterAll(() => stopAppIdServer(server, connector));

async function post(activity: Record<string, unknown>, authorization?: string) {
  const res = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: res.status, body: await res.text() };
}

describe("POST /api/messages with MicrosoftAppId set", () => {
  it("says it requires tokens", () => {
    expect(server.teams).toBe("authenticated");
  });

  it.each([
    ["no Authorization header", undefined],
    ["a token that is not a JWT", "Bearer not-a-token"],
    ["a token signed by another key", new BotFrameworkKeys().authorization(APP_ID, "http://127.0.0.1:1/")],
  ])("rejects a request with %s with 401, and sends nothing", async (_, authorization) => {
    const res = await post(personalMessage(connector.url, "When do updates stop?"), authorization);
    expect(res.status).toBe(401);
    expect(connector.activities()).toHaveLength(0);
  });

  it("rejects a correctly signed token issued to another bot, or for another serviceUrl, with 401", async () => {
    const activity = searchQuery(connector.url, "when do updates stop");
    expect((await post(activity, keys.authorization("11111111-2222-3333-4444-555555555555", connector.url))).status).toBe(401);
    expect((await post(activity, keys.authorization(APP_ID, "https://smba.trafficmanager.net/emea/"))).status).toBe(401);
    expect((await post(activity, keys.authorization(APP_ID, connector.url, { exp: Math.floor(Date.now() / 1000) - 3600 }))).status).toBe(401);
  });

  it("accepts a request signed by the Bot Framework's published key, and answers it", async () => {
    const activity = searchQuery(connector.url, "when do updates stop");
    const res = await post(activity, keys.authorization(APP_ID, connector.url));
    expect(res.status).toBe(200);
    const [best] = JSON.parse(res.body).composeExtension.attachments;
    // What the engine answers, with the index the server has: the first quote that answers, and its source.
    const answer = ask(seeds(), "when do updates stop");
    const first = answer.citations.find((c) => c.role !== "related");
    expect(first).toBeDefined();
    expect(best.preview.content.title).toBe(escapeTeams(clip(answer.answer, 120)));
    expect(JSON.stringify(best.content)).toContain(JSON.stringify(attribution(first!)));
  });

  it("replies to a signed message through the connector, with the bot's own token", async () => {
    const activity = personalMessage(connector.url, "When do updates stop?");
    expect((await post(activity, keys.authorization(APP_ID, connector.url))).status).toBe(200);
    const [reply] = await connector.waitFor();
    expect(reply.headers.authorization).toBe(`Bearer ${BOT_ACCESS_TOKEN}`);
    expect(reply.body.replyToId).toBe(activity.id);
    expect(reply.body.text).toContain(escapeTeams(ask(seeds(), "When do updates stop?").answer));
    expect(reply.body.entities[0].citation[0].position).toBe(1);
  });
});
