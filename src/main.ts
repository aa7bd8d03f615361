import { PLATFORMS } from "./bots/platforms.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { CorpusError } from "./index/corpus.js";
import { loadIndex } from "./index/load-index.js";
import { createLogger } from "./log.js";
import { startServer } from "./server.js";
import { StartupError } from "./startup-error.js";

/** `npm start`: check the settings, load the index once, serve every configured platform. */
let config: Config;
let loaded: ReturnType<typeof loadIndex>;
try {
  config = loadConfig();
  loaded = loadIndex();
} catch (error) {
  // Bad settings or a broken corpus: one message naming what to fix, exit code 2.
  if (!(error instanceof ConfigError || error instanceof CorpusError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const logger = createLogger(config.logLevel);
const { index, from, ms } = loaded;
let running;
try {
  running = await startServer({ config, index, logger });
} catch (error) {
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(error instanceof StartupError ? 2 : 1);
}

console.log(
  [
    `Kaspersky-ban bot: ${index.size} passages from ${index.sources.size} sources (${from === "snapshot" ? "snapshot" : "built"} in ${Math.round(ms)} ms).`,
    `Listening on ${running.url}  (GET /healthz)`,
    ...PLATFORMS.map((p) => p.banner(running[p.name], { url: running.url, host: config.host })),
    `Try it locally: npm run chat   or   npm run ask -- "When do updates stop?"`,
  ].join("\n"),
);

// Graceful stop: no new requests, the ones under way finish, the journal is flushed, exit 0.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    logger.info({ signal }, "shutting down");
    running.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
