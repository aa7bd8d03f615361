import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import { startServer, type RunningServer } from "../../../src/server.js";
import { seeds } from "../../helpers.js";
import type { FakeConnector } from "./fake-connector.js";

/** The app id the Teams auth tests sign their tokens for. */
export const APP_ID = "8c1c0e8e-3b0a-4a1e-9f55-2f4b6d1e7a10";

/**
 * The server with MicrosoftAppId set, on loopback, beside a fake connector. Every call out to
 * Microsoft goes to nock; loopback (the bot and the fake connector) stays real.
 */
export async function startAppIdServer(connector: FakeConnector): Promise<RunningServer> {
  nock.disableNetConnect();
  nock.enableNetConnect("127.0.0.1");
  await connector.start();
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: "not-a-real-secret",
    FEEDBACK_LOG: join(mkdtempSync(join(tmpdir(), "feedback-")), "feedback.jsonl"),
  });
  return startServer({ config, index: seeds(), logger: createLogger("silent") });
}

export async function stopAppIdServer(server: RunningServer, connector: FakeConnector): Promise<void> {
  await server.close();
  await connector.stop();
  nock.cleanAll();
  nock.enableNetConnect();
}
