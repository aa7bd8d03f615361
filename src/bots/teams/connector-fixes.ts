import { createRequire } from "node:module";
import { ConfigurationBotFrameworkAuthentication, type Activity } from "botbuilder";
import type * as Connector from "botframework-connector";

/**
 * Two fixes to botbuilder 4.23's connector (botframework-connector, botbuilder's own dependency,
 * loaded from where botbuilder loads it so both see the same classes).
 */
const connector = createRequire(createRequire(import.meta.url).resolve("botbuilder"));
const { AuthenticationError } = connector("botframework-connector") as typeof Connector;

/**
 * The connector serialises entities through a mapper that knows only `type`, `text` and `mentioned`,
 * so a citation entity reached Teams as a bare `{ type }` (botbuilder-js issue 4673). Declaring the
 * Entity model open lets every other field through, as the Activity model already intends.
 */
export function letCitationsThrough(): void {
  const { ConnectorMappers } = connector("botframework-connector/lib/connectorApi/connectorClient.js");
  ConnectorMappers.Entity.type.additionalProperties ??= { type: { name: "Object" } };
}

/** Errors jsonwebtoken throws for a token that is forged, malformed or not yet valid. */
const TOKEN_ERRORS = new Set(["JsonWebTokenError", "NotBeforeError", "TokenExpiredError"]);

/**
 * ConfigurationBotFrameworkAuthentication, except that a token whose signature does not verify is
 * a 401 like any other bad token: botbuilder lets jsonwebtoken's error through, and CloudAdapter
 * answers anything that is not an AuthenticationError with 500.
 */
export class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string) {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (TOKEN_ERRORS.has((error as Error).name)) throw new AuthenticationError(`Unauthorized: ${(error as Error).message}`, 401);
      throw error;
    }
  }
}
