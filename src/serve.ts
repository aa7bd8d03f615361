// First: lexicon.ts and decide-weights.ts parse their files as they load.
import "./zod-jitless.js";
import { loadEntityTagger } from "./answer/entities.js";
import { PLATFORMS } from "./bots/platforms.js";
import { loadConfig } from "./config.js";
import { loadIndex } from "./index/load-index.js";
import { createLogger } from "./log.js";
import { startServer, type RunningServer } from "./server.js";

/**
 * What `npm start` does (see main.ts): check the settings, load the index once, serve every
 * configured platform, and stop gracefully on SIGTERM or SIGINT. Throws a StartupError, whose
 * message says what to fix, when the settings, the corpus, the port or a platform stand in the way.
 */
export async function serve(): Promise<RunningServer> {
  const config = loadConfig();
  const { index, from, ms } = loadIndex();
  const logger = createLogger(config.logLevel);
  const running = await startServer({ config, index, logger });

  console.log(
    [
      `Kaspersky-ban bot: ${index.size} passages from ${index.sources.size} sources (${from === "snapshot" ? "snapshot" : "built"} in ${Math.round(ms)} ms).`,
      `Listening on ${running.url}  (GET /healthz)`,
      ...PLATFORMS.map((p) => p.banner(running[p.name], { url: running.url, host: config.host })),
      `Try it locally: npm run chat   or   npm run ask -- "When do updates stop?"`,
    ].join("\n"),
  );

  // The entity tagger (entities.ts) takes a third of a second to load and no part in being
  // ready: it is loaded a second after, most likely while nothing is asked, rather than in the
  // time of the first question, or of the first readiness check.
  setTimeout(loadEntityTagger, 1_000).unref();

  // Graceful stop: no new requests, the ones under way finish, the journal is flushed, exit 0.
  // A signal that comes again while stopping changes nothing: Ctrl-C under `npm start` reaches
  // this process twice, once from the terminal and once forwarded by npm.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
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
  return running;
}
