import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "../../json-response.js";
import { StartupError } from "../../startup-error.js";
import type { PlatformDeps, StartedPlatform } from "../platform.js";
import { requestLog } from "../../log.js";
import { requestIdOf } from "../../request-id.js";
import { admitSlackRequest, type Admission } from "./admit-request.js";
import { ErrorCode } from "./bolt.js";
import { createSlackApp, type SlackSide } from "./slack-app.js";
import type { SlackMode, SlackSettings } from "./slack-platform.js";
import { slackStartError } from "./start-error.js";

/** Slack started: Bolt's app checked against Slack, its HTTP receiver behind /slack/events (or Socket Mode connected). */
export async function startSlack(
  settings: SlackSettings,
  { asker, answers, store, background, later, logger }: PlatformDeps,
): Promise<StartedPlatform<SlackMode>> {
  const slack = createSlackApp({ settings, asker, answers, store, background, later, logger });
  await initSlack(slack, settings);
  const mode: SlackMode = slack.receiver ? "http" : "socket";
  const log = logger.child({ platform: "slack" });
  return {
    handle: (req, res) => handle(slack, req, res, { signingSecret: settings.signingSecret!, log: requestLog(log, requestIdOf(req)) }),
    // Socket Mode: stop taking events first, so none arrives after the store is closed.
    stop: async () => {
      if (!slack.receiver) await slack.app.stop().catch(() => {});
    },
    readiness: () => ({ mode, ready: true }),
  };
}

async function handle({ receiver }: SlackSide, req: IncomingMessage, res: ServerResponse, admission: Admission): Promise<void> {
  // In Socket Mode events arrive over the socket: this path serves nothing.
  if (!receiver) return sendJson(res, 404, { error: "not found" });
  if (req.method === "POST") {
    const admitted = await admitSlackRequest(req, res, admission);
    if (!admitted) return;
    // A command is answered with JSON the app serializes itself (slack-app.ts): Slack reads a
    // body as JSON only with this type, and Bolt adds it only to an answer it serializes.
    if (admitted === "command") res.setHeader("content-type", "application/json; charset=utf-8");
  }
  try {
    receiver.requestListener(req, res);
  } catch (error) {
    // Bolt defers what it does not handle (a GET, an unknown path): that is a 404, not a crash.
    if ((error as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError) return sendJson(res, 404, { error: "not found" });
    throw error;
  }
}

/** Checks the bot token (auth.test, unless both ids are set), then in Socket Mode connects with the app token. */
async function initSlack(slack: SlackSide, settings: SlackSettings): Promise<void> {
  const failed = (token: string) => (error: unknown) => {
    throw new StartupError(slackStartError(error, { token, apiUrl: settings.apiUrl }));
  };
  await slack.app.init().catch(failed("SLACK_BOT_TOKEN"));
  if (!slack.receiver) await slack.app.start().catch(failed("SLACK_APP_TOKEN")); // Socket Mode connects out to Slack
}
