import { requireFromBotbuilder } from "./connector.js";

/**
 * The connector serialises entities through a mapper that knows only `type`, `text` and `mentioned`,
 * so a citation entity reached Teams as a bare `{ type }` (botbuilder-js issue 4673). Declaring the
 * Entity model open lets every other field through, as the Activity model already intends.
 */
export function letCitationsThrough(): void {
  const { ConnectorMappers } = requireFromBotbuilder("botframework-connector/lib/connectorApi/connectorClient.js");
  ConnectorMappers.Entity.type.additionalProperties ??= { type: { name: "Object" } };
}
