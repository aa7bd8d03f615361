import type { IncomingMessage, ServerResponse } from "node:http";
import { CloudAdapter, type Activity, type TurnContext } from "botbuilder";
import type { AuthenticateRequestResult } from "botframework-connector";
import { z } from "zod";
import { sendJson } from "../../json-response.js";
import { requestLog } from "../../log.js";
import { requestIdOf } from "../../request-id.js";
import type { PlatformDeps, StartedPlatform } from "../platform.js";
import { requireFromBotbuilder } from "./connector.js";
import { letCitationsThrough } from "./connector-fixes.js";
import { FailClosedAuthentication } from "./fail-closed-authentication.js";
import { SIGNING_KEY_DEFAULTS } from "./signing-keys.js";
import { isAddressedToLoopback, isLocalUrl } from "./loopback.js";
import { AnswerBot, REQUEST_LOG, SORRY, turnLog } from "./teams-bot.js";
import type { TeamsMode, TeamsSettings } from "./teams-platform.js";

/** An activity is a few kilobytes; a body past this is not one. */
const MAX_BODY = 256 * 1024;

/**
 * What must hold before an activity reaches botbuilder: it reads these fields without checking them
 * (a missing `recipient` or `conversation` would throw deep inside a turn). Other fields pass through.
 * The optional ones are strings in the Bot Framework's schema, and the bot makes them into text (store
 * keys, log lines): an object there (`{"toString": {}}`, found by fuzzing) cannot be, and failed the turn.
 */
const optionalText = z.string().optional();
const ActivityShape = z.looseObject({
  type: z.string().min(1),
  serviceUrl: z.string().regex(/^https?:\/\//, "must be an http(s) URL"),
  conversation: z.looseObject({ id: z.string().min(1), conversationType: optionalText, tenantId: optionalText }),
  from: z.looseObject({ id: z.string(), name: optionalText, aadObjectId: optionalText }),
  recipient: z.looseObject({ id: z.string(), name: optionalText }),
  text: optionalText,
  name: optionalText,
  id: optionalText,
  replyToId: optionalText,
  channelId: optionalText,
  locale: optionalText,
  timestamp: optionalText,
  localTimestamp: optionalText,
});

/** Teams started: `handle` serves `POST /api/messages` on a node:http request. */
export async function startTeams(
  settings: TeamsSettings & { mode: TeamsMode },
  { index, asker, answers, store, later, logger }: PlatformDeps,
): Promise<StartedPlatform<TeamsMode>> {
  letCitationsThrough();
  const log = logger.child({ platform: "teams" });
  const auth = new FailClosedAuthentication({
    MicrosoftAppId: settings.appId ?? "",
    MicrosoftAppPassword: settings.appPassword ?? "",
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId ?? "",
  });
  const adapter = new AuthenticatedAdapter(auth);
  const bot = new AnswerBot({ asker, answers, store, sourceCount: index.sources.size, logger: log });

  // The one error handler of this edge: log, then tell the user rather than leave them waiting.
  // An invoke (search, feedback) is answered in the HTTP response: 500 there, not botbuilder's 501.
  adapter.onTurnError = async (context, error) => {
    turnLog(context, log)().error({ err: error, activityType: context.activity.type, activityId: context.activity.id }, "Teams turn failed");
    const reply = context.activity.type === "invoke" ? { type: "invokeResponse", value: { status: 500 } } : context.activity.type === "message" ? SORRY : null;
    if (reply) await context.sendActivity(reply).catch(() => {});
  };

  const mode = settings.mode;
  return {
    // Nothing to stop: requests under way finish with the server's connections.
    stop: async () => {},
    readiness: () => ({ mode, ready: true }),
    async handle(req, res) {
      if (settings.mode === "emulator" && !isAddressedToLoopback(req)) return sendJson(res, 403, { error: "Emulator mode answers only requests to localhost" });
      if (req.method !== "POST") return sendJson(res, 405, { error: "method not allowed" });
      // The Bot Framework sends JSON. Requiring it also keeps web pages out: a browser cannot
      // send application/json to another origin without a CORS preflight, which this server fails.
      if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) return sendJson(res, 415, { error: "content-type must be application/json" });
      const raw = await readBody(req);
      if (raw === null) return sendJson(res, 413, { error: "body too large" });
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { error: "body is not JSON" });
      }
      const activity = ActivityShape.safeParse(body);
      if (!activity.success)
        return sendJson(res, 400, { error: `not an activity: ${activity.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}` });
      // Without a token nothing vouches for serviceUrl: the Emulator runs on this machine, so only a local one is replied to.
      if (settings.mode === "emulator" && !isLocalUrl(activity.data.serviceUrl))
        return sendJson(res, 400, { error: "in Emulator mode the bot replies only to a serviceUrl on this machine" });
      // Authenticated here rather than inside CloudAdapter.process, which answers every failure
      // with 401 or 500 and the error's own text: a refusal is a plain 401 or 503.
      const fixed = validateAndFixActivity(activity.data);
      const verdict = await auth.judge(fixed, req.headers.authorization);
      // This request's log: its lines, the turn's included, carry the request's id.
      const reqLog = requestLog(log, requestIdOf(req));
      if (!verdict.ok) {
        if (verdict.error) reqLog().warn({ err: verdict.error }, "Teams authentication failed");
        if (verdict.status === 503) res.setHeader("retry-after", String(SIGNING_KEY_DEFAULTS.retryAfterFailureMs / 1000));
        return sendText(
          res,
          verdict.status,
          verdict.status === 503 ? "Service unavailable: the Bot Framework's signing keys cannot be fetched now. Try again later." : "Unauthorized",
        );
      }
      // The turn waits for the requests already here: Teams waits 15 s for this answer, Slack 3 s for an acknowledgement.
      const invokeResponse = await later.run(() =>
        adapter.processAuthenticated(verdict.result, fixed, (context) => {
          context.turnState.set(REQUEST_LOG, reqLog);
          return bot.run(context);
        }),
      );
      sendInvokeResponse(res, invokeResponse?.status ?? 200, invokeResponse?.body);
    },
  };
}

/**
 * The body as text, or null when it is larger than MAX_BODY (read to the end, so the 413 can be
 * sent). Rejects when the client went away before the end: a request destroyed before these
 * listeners were attached emits no error, and would otherwise be waited for forever.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (req.destroyed) return reject(new Error("the request was closed before it was read"));
    req.once("close", () => {
      if (!req.complete) reject(new Error("the request was closed before its end"));
    });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** What CloudAdapter.process does before processActivity: timestamps become Dates, their text kept. */
const { validateAndFixActivity } = requireFromBotbuilder("./activityValidator.js") as {
  validateAndFixActivity: (activity: Record<string, unknown>) => Activity;
};

/** CloudAdapter, handed a request this edge has already authenticated (see FailClosedAuthentication). */
class AuthenticatedAdapter extends CloudAdapter {
  processAuthenticated(result: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(result, activity, logic);
  }
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(text);
}

/** An invoke's answer (search results, a feedback click) as CloudAdapter.process would send it. */
function sendInvokeResponse(res: ServerResponse, status: number, body: unknown): void {
  if (body === undefined || body === null || body === "") res.writeHead(status).end();
  else if (typeof body === "string") sendText(res, status, body);
  else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
