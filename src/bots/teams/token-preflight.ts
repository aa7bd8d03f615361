import { z } from "zod";
import { connector, requireFromBotbuilder } from "./connector.js";

const { AuthenticationConstants, GovernmentConstants } = connector;
const { ToBotFromBotOrEmulatorTokenValidationParameters } = requireFromBotbuilder("botframework-connector/lib/auth/tokenValidationParameters.js") as {
  ToBotFromBotOrEmulatorTokenValidationParameters: { issuer: string[] };
};

/** botbuilder's own clock skew for `exp` and `nbf` (its token validation parameters say 5 minutes). */
const CLOCK_TOLERANCE_S = 5 * 60;

/**
 * The issuers botbuilder accepts, taken before any request is seen: botbuilder adds one for the
 * tenant of each token it decodes (see `forgetLearnedIssuers`), which is not a list to trust.
 */
const KNOWN_ISSUERS = new Set<string>([
  AuthenticationConstants.ToBotFromChannelTokenIssuer,
  GovernmentConstants.ToBotFromChannelTokenIssuer,
  ...ToBotFromBotOrEmulatorTokenValidationParameters.issuer,
]);

/** A token's own tenant, in the issuer forms botbuilder accepts for it (single-tenant bots, the Emulator). */
function tenantIssuers(tid: string): string[] {
  return [
    `${AuthenticationConstants.ValidTokenIssuerUrlTemplateV1}${tid}/`,
    `${AuthenticationConstants.ValidTokenIssuerUrlTemplateV2}${tid}/v2.0`,
    `${AuthenticationConstants.ValidGovernmentTokenIssuerUrlTemplateV1}${tid}/`,
    `${AuthenticationConstants.ValidGovernmentTokenIssuerUrlTemplateV2}${tid}/v2.0`,
  ];
}

const Header = z.looseObject({ alg: z.literal("RS256"), kid: z.string().min(1) });
const Claims = z.looseObject({ iss: z.string(), aud: z.string(), exp: z.number(), nbf: z.number().optional(), tid: z.string().optional() });

/**
 * Why a token cannot be valid, judged from what it claims before its signature is checked: not
 * RS256 (the Bot Framework signs with RS256 only; `none` and HS256 are forgeries), for another bot,
 * from an issuer botbuilder would refuse, expired or not yet valid, or not a JWT at all. Such a
 * token is refused at once, without fetching Microsoft's keys: a forgery must cost nothing and must
 * not wait on a key server. Null means botbuilder should judge it, signature and all: this is a
 * filter in front of botbuilder's validation, never a substitute for it.
 */
export function impossibleToken(authorization: string, appId: string, nowS = Date.now() / 1000): string | null {
  const parts = authorization.split(" ");
  if (parts.length !== 2 || parts[0] !== "Bearer") return "not a Bearer token";
  const segments = parts[1].split(".");
  if (segments.length !== 3) return "not a JWT";
  const header = Header.safeParse(decodeSegment(segments[0]));
  if (!header.success) return "not signed with RS256 under a key id";
  const claims = Claims.safeParse(decodeSegment(segments[1]));
  if (!claims.success) return "missing or malformed claims";
  const { iss, aud, exp, nbf, tid } = claims.data;
  if (!appId || aud !== appId) return "issued to another bot";
  if (!KNOWN_ISSUERS.has(iss) && !(tid !== undefined && tenantIssuers(tid).includes(iss))) return "from an issuer the Bot Framework does not use";
  if (exp < nowS - CLOCK_TOLERANCE_S) return "expired";
  if (nbf !== undefined && nbf > nowS + CLOCK_TOLERANCE_S) return "not valid yet";
  return null;
}

function decodeSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}
