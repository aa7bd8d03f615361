import nock from "nock";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ask } from "../../../src/answer/ask.js";
import { requireFromBotbuilder } from "../../../src/bots/teams/connector.js";
import { escapeTeams } from "../../../src/bots/teams/render-card.js";
import { SIGNING_KEY_DEFAULTS, forgetSigningKeys } from "../../../src/bots/teams/signing-keys.js";
import type { RunningServer } from "../../../src/server.js";
import { seeds } from "../../helpers.js";
import { BotFrameworkKeys, issueBotTokens, OPENID_HOST } from "./bot-framework-token.js";
import { APP_ID, startAppIdServer, stopAppIdServer } from "./app-id-server.js";
import { FakeConnector } from "./fake-connector.js";
import { personalMessage } from "./teams-activities.js";

const { ToBotFromBotOrEmulatorTokenValidationParameters } = requireFromBotbuilder("botframework-connector/lib/auth/tokenValidationParameters.js") as {
  ToBotFromBotOrEmulatorTokenValidationParameters: { issuer: string[] };
};
const ISSUER = "https://api.botframework.com";
const connector = new FakeConnector();
const keys = new BotFrameworkKeys();
let server: RunningServer;

/** Microsoft's OpenID and key endpoints, for the channel's and the Emulator's tokens: both down. */
const KEY_HOSTS = [OPENID_HOST, "https://login.microsoftonline.com"];
let fetches = 0;

/** Every key server answering every request as `answer` says; each request counted in `fetches` as it arrives. */
function keyServersAnswer(answer: (interceptor: nock.Interceptor, host: string) => nock.Scope): void {
  for (const host of KEY_HOSTS) answer(nock(host).persist().get(/.*/), host).on("request", () => fetches++);
}

beforeAll(async () => {
  server = await startAppIdServer(connector);
});

afterAll(() => stopAppIdServer(server, connector));

beforeEach(() => {
  forgetSigningKeys();
  fetches = 0;
});
afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});

/** `Authorization: Bearer header.claims.signature` with any header and claims, the signature made up. */
function unsigned(header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `Bearer ${part(header)}.${part(claims)}.${Buffer.from("not a signature").toString("base64url")}`;
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  aud: APP_ID,
  nbf: now() - 60,
  exp: now() + 3600,
  serviceurl: connector.url,
  ...overrides,
});

/** 30 forgeries: 25 that cannot be valid whatever the keys (401), 5 well-formed RS256 ones that only the keys can judge (503). */
function forgeries(): { name: string; authorization: string; expected: 401 | 503 }[] {
  const impossible = [
    ["alg none", unsigned({ alg: "none", typ: "JWT" }, claims())],
    ["alg none with a kid", unsigned({ alg: "none", kid: "test-key-1" }, claims())],
    ["HS256", unsigned({ alg: "HS256", typ: "JWT", kid: "test-key-1" }, claims())],
    ["HS512", unsigned({ alg: "HS512", kid: "test-key-1" }, claims())],
    ["RS384", unsigned({ alg: "RS384", kid: "test-key-1" }, claims())],
    ["ES256", unsigned({ alg: "ES256", kid: "test-key-1" }, claims())],
    ["RS256 without a kid", unsigned({ alg: "RS256" }, claims())],
    ["another issuer", unsigned({ alg: "RS256", kid: "k" }, claims({ iss: "https://evil.example" }))],
    ["no issuer", unsigned({ alg: "RS256", kid: "k" }, claims({ iss: undefined }))],
    [
      "another tenant's issuer without its tid",
      unsigned({ alg: "RS256", kid: "k" }, claims({ iss: "https://sts.windows.net/11111111-1111-1111-1111-111111111111/" })),
    ],
    ["another bot's audience", unsigned({ alg: "RS256", kid: "k" }, claims({ aud: "11111111-2222-3333-4444-555555555555" }))],
    ["an audience list", unsigned({ alg: "RS256", kid: "k" }, claims({ aud: [APP_ID] }))],
    ["expired an hour ago", unsigned({ alg: "RS256", kid: "k" }, claims({ exp: now() - 3600 }))],
    ["no expiry", unsigned({ alg: "RS256", kid: "k" }, claims({ exp: undefined }))],
    ["expiry as text", unsigned({ alg: "RS256", kid: "k" }, claims({ exp: "tomorrow" }))],
    ["valid only from next year", unsigned({ alg: "RS256", kid: "k" }, claims({ nbf: now() + 365 * 86400 }))],
    ["not a JWT", "Bearer not-a-token"],
    ["two segments", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0"],
    ["four segments", `${unsigned({ alg: "RS256", kid: "k" }, claims())}.extra`],
    ["garbage base64", "Bearer !!!.@@@.###"],
    ["a header that is not JSON", `Bearer ${Buffer.from("{alg").toString("base64url")}.${Buffer.from("{}").toString("base64url")}.x`],
    ["claims that are an array", unsigned({ alg: "RS256", kid: "k" }, [] as unknown as Record<string, unknown>)],
    ["the Basic scheme", `Basic ${Buffer.from("user:pass").toString("base64")}`],
    ["a lower-case scheme", unsigned({ alg: "RS256", kid: "k" }, claims()).replace("Bearer", "bearer")],
    ["an empty Bearer", "Bearer "],
  ].map(([name, authorization]) => ({ name, authorization, expected: 401 as const }));
  const wellFormed = [
    ["signed with the published key id", keys.authorization(APP_ID, connector.url)],
    ["signed by another key", new BotFrameworkKeys().authorization(APP_ID, connector.url)],
    ["with an unknown key id", unsigned({ alg: "RS256", kid: "unknown-key" }, claims())],
    ["from the Emulator's issuer", unsigned({ alg: "RS256", kid: "k" }, claims({ iss: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" }))],
    [
      "from its own tenant",
      unsigned(
        { alg: "RS256", kid: "k" },
        claims({ iss: "https://login.microsoftonline.com/22222222-2222-2222-2222-222222222222/v2.0", tid: "22222222-2222-2222-2222-222222222222" }),
      ),
    ],
  ].map(([name, authorization]) => ({ name, authorization, expected: 503 as const }));
  return [...impossible, ...wellFormed];
}

async function post(authorization: string) {
  const res = await fetch(`${server.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify(personalMessage(connector.url, "When do updates stop?")),
  });
  return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
}

/** All 30 at once, as an attacker (or an outage's backlog) sends them. */
async function sendAll() {
  const cases = forgeries();
  expect(cases).toHaveLength(30);
  const started = performance.now();
  const results = await Promise.all(cases.map(async (c) => ({ ...c, ...(await post(c.authorization)) })));
  return { results, seconds: (performance.now() - started) / 1000 };
}

function expectFailedClosed(results: Awaited<ReturnType<typeof sendAll>>["results"]): void {
  for (const r of results) {
    expect({ name: r.name, status: r.status }).toEqual({ name: r.name, status: r.expected });
    expect(r.type).toMatch(/^text\/plain/);
    // Nothing from inside: no fetch error, no host name, no stack, no key.
    expect(r.body).not.toMatch(/Error|getaddrinfo|EAI_AGAIN|ECONN|login\.|botframework\.com|\bat\s|BEGIN|timeout|abort/i);
  }
  expect(connector.activities()).toHaveLength(0);
}

describe("Teams authentication while Microsoft's key servers cannot be reached", () => {
  it("answers 30 forged tokens with 401 (503 for well-formed RS256 ones) in well under 6 s, when the key servers answer with errors", async () => {
    keyServersAnswer((interceptor, host) => interceptor.replyWithError({ code: "EAI_AGAIN", message: `getaddrinfo EAI_AGAIN ${new URL(host).host}` }));
    const { results, seconds } = await sendAll();
    expectFailedClosed(results);
    expect(seconds).toBeLessThan(6);
    // One fetch a metadata URL at most (one at a time, the failure remembered), none for the 401s.
    expect(fetches).toBeGreaterThanOrEqual(1);
    expect(fetches).toBeLessThanOrEqual(2);
  });

  it("does the same when the key servers answer 500", async () => {
    keyServersAnswer((interceptor) => interceptor.reply(500, "internal error at the key server"));
    const { results, seconds } = await sendAll();
    expectFailedClosed(results);
    expect(seconds).toBeLessThan(6);
    expect(fetches).toBeLessThanOrEqual(2);
  });

  it(`does the same within 6 s when the key servers take longer than the ${SIGNING_KEY_DEFAULTS.timeoutMs / 1000} s timeout (traffic blackholed)`, async () => {
    keyServersAnswer((interceptor) => interceptor.delay(20_000).reply(200, {}));
    const { results, seconds } = await sendAll();
    expectFailedClosed(results);
    expect(seconds).toBeLessThan(6);
    // And the failure is remembered: the next well-formed token is answered at once, with no new fetch.
    const before = fetches;
    const started = performance.now();
    expect((await post(keys.authorization(APP_ID, connector.url))).status).toBe(503);
    expect(performance.now() - started).toBeLessThan(500);
    expect(fetches).toBe(before);
  });

  it("refuses impossible tokens without fetching any key at all", async () => {
    keyServersAnswer((interceptor) => interceptor.reply(500, ""));
    const impossible = forgeries().filter((c) => c.expected === 401);
    const statuses = await Promise.all(impossible.map(async (c) => (await post(c.authorization)).status));
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(fetches).toBe(0);
  });

  it("does not let forged tenant ids grow botbuilder's shared list of issuers", async () => {
    keyServersAnswer((interceptor) => interceptor.reply(500, ""));
    const issuers = ToBotFromBotOrEmulatorTokenValidationParameters.issuer;
    const before = [...issuers];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const tid = `${String(i).padStart(8, "0")}-0000-0000-0000-000000000000`;
        return post(unsigned({ alg: "RS256", kid: "k" }, claims({ iss: `https://sts.windows.net/${tid}/`, tid })));
      }),
    );
    expect(issuers).toEqual(before);
  });

  it("answers a valid token once the keys can be fetched again", async () => {
    keys.publish();
    issueBotTokens();
    expect((await post(keys.authorization(APP_ID, connector.url))).status).toBe(200);
    const [reply] = await connector.waitFor();
    expect(reply.body.text).toContain(escapeTeams(ask(seeds(), "When do updates stop?").answer));
  });
});
