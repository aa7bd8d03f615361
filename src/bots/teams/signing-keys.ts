import { createPublicKey } from "node:crypto";
import { z } from "zod";
import { requireFromBotbuilder } from "./connector.js";

export const SIGNING_KEY_DEFAULTS = {
  /** One fetch of Microsoft's OpenID configuration and key set, both together, must finish in this. */
  timeoutMs: 3_000,
  /** After a failed fetch, tokens are answered 503 at once for this long before another is tried. */
  retryAfterFailureMs: 30_000,
  /** Keys are fetched again after this (botbuilder's default refresh interval, 24 hours). */
  refreshMs: 24 * 60 * 60 * 1000,
  /** A key id not among the keys fetches them again, at most this often (botbuilder: once an hour). */
  unknownKeyRefreshMs: 60 * 60 * 1000,
};

/** Microsoft's key servers could not be reached (or answered nonsense): the request gets 503. */
export class SigningKeysUnavailable extends Error {
  override name = "SigningKeysUnavailable";
}

/** What botbuilder's JwtTokenExtractor reads from an OpenIdMetadata: the PEM key and its endorsements. */
type SigningKey = { key: string; endorsements?: string[] };

const OpenIdConfiguration = z.looseObject({ jwks_uri: z.url() });
const KeySet = z.looseObject({
  keys: z.array(
    z.looseObject({ kid: z.string().optional(), n: z.string().optional(), e: z.string().optional(), endorsements: z.array(z.string()).optional() }),
  ),
});

/**
 * Stands in for botbuilder's OpenIdMetadata (one per metadata URL), which fetches with no timeout,
 * starts a new fetch for every request while it has no keys, and throws the fetch error (a 500
 * carrying `getaddrinfo EAI_AGAIN …`). This one fetches one at a time with a deadline, remembers a
 * failure for a while, and keeps the last good keys when a refresh fails. Validation stays
 * botbuilder's: this only hands it keys.
 */
export class SigningKeySource {
  private keys: Map<string, SigningKey> | null = null;
  private fetchedAt = -Infinity;
  private failedAt = -Infinity;
  private fetching: Promise<void> | null = null;

  constructor(
    private readonly metadataUrl: string,
    private readonly options = SIGNING_KEY_DEFAULTS,
  ) {}

  async getKey(keyId: string): Promise<SigningKey | null> {
    const now = Date.now();
    const due = now - this.fetchedAt > this.options.refreshMs || (!this.keys?.has(keyId) && now - this.fetchedAt > this.options.unknownKeyRefreshMs);
    if (due && now - this.failedAt > this.options.retryAfterFailureMs) await this.refresh().catch(() => {});
    if (!this.keys) throw new SigningKeysUnavailable("the Bot Framework's signing keys cannot be fetched");
    return this.keys.get(keyId) ?? null;
  }

  /** Every caller while a fetch is under way waits for that one fetch. */
  private refresh(): Promise<void> {
    this.fetching ??= this.fetchKeys()
      .then(
        (keys) => {
          this.keys = keys;
          this.fetchedAt = Date.now();
        },
        (error: unknown) => {
          this.failedAt = Date.now();
          throw error;
        },
      )
      .finally(() => {
        this.fetching = null;
      });
    return this.fetching;
  }

  private async fetchKeys(): Promise<Map<string, SigningKey>> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const { jwks_uri } = OpenIdConfiguration.parse(await getJson(this.metadataUrl, signal));
    const { keys } = KeySet.parse(await getJson(jwks_uri, signal));
    const byId = new Map<string, SigningKey>();
    for (const { kid, n, e, endorsements } of keys) {
      if (!kid || !n || !e) continue; // not an RSA key: botbuilder skips these too
      try {
        byId.set(kid, {
          key: createPublicKey({ key: { kty: "RSA", n, e }, format: "jwk" })
            .export({ type: "spki", format: "pem" })
            .toString(),
          endorsements,
        });
      } catch {
        // a key that does not parse can verify nothing
      }
    }
    return byId;
  }
}

async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

/**
 * botbuilder's JwtTokenExtractor keeps one OpenIdMetadata per metadata URL in a static cache and
 * creates one only when the cache has none: a cache that always has one makes every extractor use
 * a SigningKeySource. Installed once per process, before the first request.
 */
export function useSigningKeySources(options = SIGNING_KEY_DEFAULTS): void {
  const { JwtTokenExtractor } = requireFromBotbuilder("botframework-connector/lib/auth/jwtTokenExtractor.js") as {
    JwtTokenExtractor: { openIdMetadataCache: Map<string, unknown> };
  };
  if (JwtTokenExtractor.openIdMetadataCache instanceof SigningKeySources) return;
  JwtTokenExtractor.openIdMetadataCache = new SigningKeySources(options);
}

class SigningKeySources extends Map<string, SigningKeySource> {
  constructor(private readonly options: typeof SIGNING_KEY_DEFAULTS) {
    super();
  }

  override get(metadataUrl: string): SigningKeySource {
    let source = super.get(metadataUrl);
    if (!source) super.set(metadataUrl, (source = new SigningKeySource(metadataUrl, this.options)));
    return source;
  }
}

/** Forgets every fetched key and remembered failure (tests, which stage one outage after another). */
export function forgetSigningKeys(): void {
  const { JwtTokenExtractor } = requireFromBotbuilder("botframework-connector/lib/auth/jwtTokenExtractor.js") as {
    JwtTokenExtractor: { openIdMetadataCache: Map<string, unknown> };
  };
  JwtTokenExtractor.openIdMetadataCache.clear();
}
