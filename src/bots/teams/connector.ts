import { createRequire } from "node:module";
import type * as Connector from "botframework-connector";

/** `require` as botbuilder's own lib/index.js would call it ("./x.js" is a file of botbuilder's). */
export const requireFromBotbuilder = createRequire(createRequire(import.meta.url).resolve("botbuilder"));
/**
 * botframework-connector, botbuilder's own dependency, loaded from where botbuilder loads it so
 * that both see the same classes and the same module state (caches, constants).
 */
export const connector = requireFromBotbuilder("botframework-connector") as typeof Connector;
