import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/log.js";
import { startServer, type RunningServer } from "../src/server.js";
import { FakeSlackApi } from "./bots/slack/fake-slack-api.js";
import { appMention, eventCallback, SIGNING_SECRET, signedHeaders } from "./bots/slack/slack-requests.js";
import { FakeConnector } from "./bots/teams/fake-connector.js";
import { personalMessage } from "./bots/teams/teams-activities.js";
import { seeds } from "./helpers.js";

type Line = Record<string, unknown> & { msg: string; reqId?: string };

const lines: Line[] = [];
const slack = new FakeSlackApi();
const connector = new FakeConnector();
let server: RunningServer;

beforeAll(async () => {
  await Promise.all([slack.start(), connector.start()]);
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_BOT_ID: "BBOT",
    SLACK_BOT_USER_ID: "UBOT",
    SLACK_API_URL: `${slack.url}/api/`,
    TEAMS_EMULATOR: "1",
    FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), "request-log-")), "journal.jsonl"),
  });
  const logger = createLogger("info", { write: (line: string) => void lines.push(JSON.parse(line)) });
  server = await startServer({ config, index: seeds(), logger });
});

afterAll(async () => {
  await server.close();
  await Promise.all([slack.stop(), connector.stop()]);
});

const postEvent = (body: string, reqId: string) =>
  fetch(`${server.url}/slack/events`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": reqId, ...signedHeaders(body) }, body });

const postActivity = (body: string, reqId: string) =>
  fetch(`${server.url}/api/messages`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": reqId }, body });

describe("log lines name the request they were written for (reqId, as in its X-Request-Id)", () => {
  it("a Slack listener's lines, with many requests under way at once", async () => {
    const events = [0, 1, 2, 3, 4].map((i) => JSON.stringify(eventCallback(appMention(`When do updates stop? ${i}`))));
    await Promise.all(events.map((body, i) => postEvent(body, `first-${i}`)));
    await slack.waitFor(() => slack.posts(), events.length);
    // Slack's retries, all at once: each is ignored, and says so under its own request's id.
    const retries = await Promise.all(events.map((body, i) => postEvent(body, `retry-${i}`)));
    expect(retries.map((r) => r.headers.get("x-request-id"))).toEqual(["retry-0", "retry-1", "retry-2", "retry-3", "retry-4"]);
    await new Promise((r) => setTimeout(r, 200));
    const ignored = lines.filter((l) => l.msg === "duplicate event ignored");
    expect(ignored.map((l) => [l.eventId, l.reqId]).sort()).toEqual(events.map((body, i) => [JSON.parse(body).event_id, `retry-${i}`]).sort());
  });

  it("a Teams turn's lines", async () => {
    const activity = JSON.stringify(personalMessage(connector.url, "When do updates stop?", { id: "activity-logged-1" }));
    expect((await postActivity(activity, "teams-first")).status).toBe(200);
    expect((await postActivity(activity, "teams-redelivered")).status).toBe(200);
    expect(lines.filter((l) => l.msg === "redelivered activity ignored").map((l) => l.reqId)).toEqual(["teams-redelivered"]);
  });

  it("the refusal of a request Slack did not sign", async () => {
    const body = JSON.stringify(eventCallback(appMention("When do updates stop?")));
    const forged = { "content-type": "application/json", "x-request-id": "forged-1", ...signedHeaders(body, { secret: "0".repeat(32) }) };
    expect((await fetch(`${server.url}/slack/events`, { method: "POST", headers: forged, body })).status).toBe(401);
    expect(lines.filter((l) => l.msg.startsWith("Failed to parse and verify the request data")).map((l) => [l.reqId, l.msg])).toEqual([
      ["forged-1", "Failed to parse and verify the request data: Failed to verify authenticity: signature mismatch"],
    ]);
  });

  it("the line written when a request is answered, for every request", async () => {
    const res = await fetch(`${server.url}/healthz`);
    const id = res.headers.get("x-request-id");
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.filter((l) => l.msg === "request" && l.reqId === id)).toHaveLength(1);
    expect(lines.filter((l) => l.msg === "request").every((l) => typeof l.reqId === "string")).toBe(true);
  });
});
