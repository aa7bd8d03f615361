import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import nock from "nock";

/**
 * The Bot Framework's side of authentication, offline: an RSA key published the way
 * login.botframework.com publishes its keys (OpenID metadata + JWKS, served through nock), and
 * tokens signed with it the way the Bot Connector signs the requests it sends a bot.
 */
export const OPENID_HOST = "https://login.botframework.com";
const ISSUER = "https://api.botframework.com";

export class BotFrameworkKeys {
  readonly kid = "test-key-1";
  private readonly privateKey: KeyObject;
  private readonly jwk: { n: string; e: string };

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = privateKey;
    const { n, e } = publicKey.export({ format: "jwk" }) as { n: string; e: string };
    this.jwk = { n, e };
  }

  /** Serves the OpenID configuration and the key set, for as many fetches as botbuilder makes. */
  publish(): void {
    nock(OPENID_HOST)
      .persist()
      .get("/v1/.well-known/openidconfiguration")
      .reply(200, {
        issuer: ISSUER,
        jwks_uri: `${OPENID_HOST}/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ["RS256"],
        token_endpoint_auth_methods_supported: ["private_key_jwt"],
      })
      .get("/v1/.well-known/keys")
      .reply(200, { keys: [{ kty: "RSA", use: "sig", kid: this.kid, n: this.jwk.n, e: this.jwk.e, endorsements: ["msteams"] }] });
  }

  /** `Authorization: Bearer …` as the Bot Connector sends it: RS256, issued to the bot's app id for one serviceUrl. */
  authorization(appId: string, serviceUrl: string, overrides: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "RS256", typ: "JWT", kid: this.kid };
    const claims = { iss: ISSUER, aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...overrides };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = sign("RSA-SHA256", Buffer.from(signingInput), this.privateKey).toString("base64url");
    return `Bearer ${signingInput}.${signature}`;
  }
}

/** The token the bot gets for its replies (client credentials at login.microsoftonline.com), through nock. */
export const BOT_ACCESS_TOKEN = "test-access-token-for-the-connector";

export function issueBotTokens(): nock.Scope {
  return nock("https://login.microsoftonline.com")
    .persist()
    .post(/\/botframework\.com\/oauth2\/v2\.0\/token/)
    .reply(200, { token_type: "Bearer", expires_in: 3600, ext_expires_in: 3600, access_token: BOT_ACCESS_TOKEN });
}

function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
}
