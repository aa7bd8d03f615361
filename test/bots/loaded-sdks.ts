import { createRequire } from "node:module";
import { loadConfig } from "../../src/config.js";
import { loadIndex } from "../../src/index/load-index.js";
import { createLogger } from "../../src/log.js";
import { startServer } from "../../src/server.js";

/**
 * Starts the server from the environment, then prints which platform SDKs this process has
 * loaded (CommonJS packages imported from ES modules are in require's cache) as a JSON array.
 */
const server = await startServer({ config: loadConfig(), index: loadIndex().index, logger: createLogger("silent") });
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify(["@slack/bolt", "botbuilder"].filter((sdk) => loaded.some((path) => path.includes(`/node_modules/${sdk}/`)))));
await server.close();
