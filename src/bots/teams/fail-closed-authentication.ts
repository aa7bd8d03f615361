import { ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from "botbuilder";
import type { AuthenticateRequestResult } from "botframework-connector";
import { requireFromBotbuilder } from "./connector.js";
import { SigningKeysUnavailable, useSigningKeySources } from "./signing-keys.js";
import { impossibleToken } from "./token-preflight.js";

/** However Microsoft's servers behave, a request's authentication ends within this: then 503. */
export const AUTH_DEADLINE_MS = 5_000;

/** What to answer: the request's identity, or a refusal with a status and a plain reason. */
export type AuthVerdict = { ok: true; result: AuthenticateRequestResult } | { ok: false; status: 401 | 503; reason: string; error?: unknown };

/** Errors jsonwebtoken and botbuilder throw for a token that is forged, malformed or not valid now. */
const TOKEN_ERRORS = new Set(["JsonWebTokenError", "NotBeforeError", "TokenExpiredError", "AuthenticationError"]);

const { ToBotFromBotOrEmulatorTokenValidationParameters } = requireFromBotbuilder("botframework-connector/lib/auth/tokenValidationParameters.js") as {
  ToBotFromBotOrEmulatorTokenValidationParameters: { issuer: string[] };
};

/**
 * botbuilder's ConfigurationBotFrameworkAuthentication, made to fail closed and fast. botbuilder
 * answers a token it cannot check (keys unreachable) with 500 and the fetch error's text, waits on
 * the key server without limit, and fetches keys for tokens that could never be valid. Here:
 * - a token that cannot be valid (see token-preflight.ts) is a 401 before any key is fetched;
 * - keys come from a SigningKeySource (bounded, one fetch at a time, failures remembered);
 * - while keys cannot be had, a well-formed token is a 503; nothing takes longer than AUTH_DEADLINE_MS;
 * - any other failure is a 401: an error inside authentication never lets a request through and
 *   never shows its text.
 * The signature, issuer, audience, lifetime and endorsements are still checked by botbuilder.
 */
export class FailClosedAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly appId: string;

  constructor(options: ConfigurationBotFrameworkAuthenticationOptions & { MicrosoftAppId: string }) {
    super(options);
    this.appId = options.MicrosoftAppId;
    useSigningKeySources();
  }

  async judge(activity: Activity, authorization: string | undefined): Promise<AuthVerdict> {
    const header = authorization ?? "";
    if (header.trim() !== "") {
      const impossible = impossibleToken(header, this.appId);
      if (impossible) return { ok: false, status: 401, reason: impossible };
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<AuthVerdict>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, status: 503, reason: "authentication took too long" }), AUTH_DEADLINE_MS);
    });
    try {
      return await Promise.race([this.authenticateRequest(activity, header).then((result): AuthVerdict => ({ ok: true, result }), refusal), deadline]);
    } finally {
      clearTimeout(timer);
      forgetLearnedIssuers();
    }
  }
}

function refusal(error: unknown): AuthVerdict {
  if (error instanceof SigningKeysUnavailable) return { ok: false, status: 503, reason: error.message };
  const known = TOKEN_ERRORS.has((error as Error)?.name) || (error as { statusCode?: number })?.statusCode === 401;
  return { ok: false, status: 401, reason: known ? "invalid token" : "authentication failed", error: known ? undefined : error };
}

/**
 * botbuilder's emulator check adds four issuers, for good, to a shared list for the `tid` of every
 * token it decodes, so forged tokens with new tenant ids would grow it without limit (and every
 * check scans it). The list is copied synchronously where it is used, so it is put back to what it
 * was at start once each request is judged. A Teams token's issuer is api.botframework.com, never
 * one of these.
 */
const startingIssuers = ToBotFromBotOrEmulatorTokenValidationParameters.issuer.length;
function forgetLearnedIssuers(): void {
  ToBotFromBotOrEmulatorTokenValidationParameters.issuer.length = startingIssuers;
}
