import { ConfigError, loadConfig, type Config } from "./config.js";
import { CorpusError } from "./index/corpus.js";
import { loadIndex } from "./index/load-index.js";
import { createLogger } from "./log.js";
import { startServer, StartupError } from "./server.js";

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
    running.slack === "http" ? `Slack: on, events at ${running.url}/slack/events`
    : running.slack === "socket" ? "Slack: on, over Socket Mode"
    : "Slack: off. Set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on (README, “Slack”).",
    running.teams === "authenticated" ? `Teams: on, messages at ${running.url}/api/messages (Bot Framework tokens required)`
    : running.teams === "emulator" ? `Teams: anonymous Bot Framework Emulator mode at ${running.url}/api/messages, no token required, replies only to a local Emulator${config.host === "127.0.0.1" ? "; listening on 127.0.0.1 only (set HOST to change)" : ""}. Set MicrosoftAppId and MicrosoftAppPassword for Teams (README, “Microsoft Teams”).`
    : `Teams: off (/api/messages answers 404). Set MicrosoftAppId and MicrosoftAppPassword for Teams (README, “Microsoft Teams”); to try it with the Bot Framework Emulator on this machine, set TEAMS_EMULATOR=1 with HOST on loopback.`,
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
