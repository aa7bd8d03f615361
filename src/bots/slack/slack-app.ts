import type { IncomingMessage } from "node:http";
import type { AllMiddlewareArgs, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { ExtendedErrorHandlerArgs } from "@slack/bolt/dist/App.js";
import { App, defaultProcessEventErrorHandler, defaultUnhandledRequestHandler, HTTPReceiver, LogLevel, type Logger as BoltLogger } from "./bolt.js";
import { z } from "zod";
import type { AnswerCache } from "../../answer/answer-cache.js";
import type { SlackSettings } from "./slack-platform.js";
import { requestLog, type Logger, type RequestLog } from "../../log.js";
import { requestIdOf } from "../../request-id.js";
import type { InFlight } from "../../in-flight.js";
import type { LaterQueue } from "../../later-queue.js";
import { safeJson } from "../../safe-json.js";
import { storeFor } from "../../store/fail-open.js";
import type { Store } from "../../store/store.js";
import type { Asker } from "../asker.js";
import { SIGNATURE_WINDOW_S } from "./admit-request.js";
import { asciiJson } from "./ascii-json.js";
import { renderedOnce } from "./rendered-once.js";
import { webApiFetch } from "./web-api-fetch.js";
import { ACTIONS, ASK_NEXT_ID, renderAnswer, renderNotice, renderReply, type AskedBy } from "./render-blocks.js";

export type SlackDeps = { settings: SlackSettings; asker: Asker; answers: AnswerCache; store: Store; background: InFlight; later: LaterQueue; logger: Logger };

/** The Slack side: a Bolt app, and its HTTP receiver unless it runs in Socket Mode. */
export type SlackSide = { app: App; receiver: HTTPReceiver | null };

const SORRY = "Sorry, something went wrong while answering. Please try again in a moment.";

const FeedbackValue = z.object({ q: z.string().max(2000), s: z.string(), c: z.array(z.string()) });

/** What this app reads of a clicked button (Bolt types every kind of action; buttons carry these). */
type Clicked = { action_id?: string; action_ts?: string; value?: unknown };

/** A click, as the action listener hands it to one of its handlers, with the request's log. */
type Click = Omit<SlackActionMiddlewareArgs & AllMiddlewareArgs, "action"> & { action: Clicked; log: RequestLog };

/** A button's value: the text it carries, or "" when it carries none. */
function buttonValue(action: Clicked): string {
  return typeof action.value === "string" ? action.value : "";
}

/** What a user typed after the bot's mention, or after `/kaspersky`. */
function questionOf(text: string | undefined, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g") : /^\s*<@[UW]\w+(\|[^>]*)?>/;
  return (text ?? "").replace(mention, " ").trim();
}

/** Slack retries an undelivered event for a few minutes; a day is well past the last retry. */
const SEEN_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * A signed request can be sent again unchanged for as long as its timestamp is within five
 * minutes of now, either way: ten minutes from the first time it is seen covers every replay.
 */
const REPLAY_TTL_MS = 2 * SIGNATURE_WINDOW_S * 1000;
/** Follow-ups without a mention are answered in threads the bot answered in this week. */
const THREAD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The Web API client retries a call only when Slack rate-limited it (it has then waited for
 * Retry-After). A timeout or a 5xx may hide a message Slack did post: retrying it could post twice.
 */
const retryOnlyRateLimits = {
  // The Web API client's own fiveRetriesInFiveMinutes policy (webApi.retryPolicies in Bolt's index).
  retries: 5,
  factor: 3.86,
  onFailedAttempt(error: Error & { original?: Error }) {
    // @slack/web-api 7 signals "rate limited, waited for Retry-After, try again" with this
    // message, wrapped as a request error; anything else ends the call without a retry.
    if (!error.original?.message.startsWith("A rate limit was exceeded")) throw error;
  },
};

export function createSlackApp(deps: SlackDeps): SlackSide {
  const { settings, asker, answers, store, background, later, logger } = deps;
  const log = logger.child({ platform: "slack" });
  /** A listener's log: its lines carry the request's id, which the receiver puts in the context. */
  const logOf = (context: Record<string, unknown>) => requestLog(log, typeof context.reqId === "string" ? context.reqId : undefined);
  /** What Bolt's receiver logs about one request, with the request's id. */
  const boltLoggerFor = (request: IncomingMessage) => boltLogger(requestLog(log, requestIdOf(request))());
  const receiver = settings.appToken
    ? null
    : new HTTPReceiver({
        signingSecret: settings.signingSecret!,
        // The signature was checked before the body reached Bolt, with Bolt's own function (admit-request.ts).
        signatureVerification: false,
        endpoints: ["/slack/events"],
        logger: boltLogger(log),
        customPropertiesExtractor: (request) => ({ reqId: requestIdOf(request) }),
        processEventErrorHandler: (args) => defaultProcessEventErrorHandler({ ...args, logger: boltLoggerFor(args.request) }),
        unhandledRequestHandler: (args) => defaultUnhandledRequestHandler({ ...args, logger: boltLoggerFor(args.request) }),
      });
  const app = new App({
    token: settings.botToken,
    ...(receiver ? { receiver } : { socketMode: true, appToken: settings.appToken }),
    botId: settings.botId,
    botUserId: settings.botUserId,
    // With both ids known there is nothing to verify; otherwise auth.test runs once, in init(),
    // where a bad token is reported instead of crashing the process.
    tokenVerificationEnabled: !(settings.botId && settings.botUserId),
    deferInitialization: true,
    // The bot keeps no per-conversation state; Bolt's store would cost every request a lookup.
    convoStore: false,
    logger: boltLogger(log),
    // The error handler is handed the listener's context, and with it the request's id.
    extendedErrorHandler: true,
    clientOptions: {
      slackApiUrl: settings.apiUrl,
      // Rate-limited calls wait for Retry-After and try again.
      retryConfig: retryOnlyRateLimits,
      fetch: webApiFetch,
    },
  });

  // Every request goes to one global middleware, which hands it to the handler for its kind (an
  // event, a command, a click) and never calls next(), rather than to listeners (app.event,
  // app.command, app.action): Bolt runs every listener's middleware chain for every request,
  // copying the chain and spreading the arguments at each step, and that was the largest part of
  // what Bolt did for a /kaspersky beyond its own floor. The receiver, the signature check, the
  // acknowledgement and the listener arguments (say, respond, client) are Bolt's as before.
  app.use(async (args) => {
    if ("command" in args) return onCommand(args);
    if ("event" in args) return onEvent(args);
    if ("action" in args) return onAction(args);
    // The payload guard (admit-request.ts) lets no other kind through.
  });

  // Bolt acknowledges an event before any middleware runs: the reply is work after the
  // acknowledgement, which waits for the requests already here (later) and which shutdown waits
  // for (background). Slack retries an event it thinks was not received (X-Slack-Retry-Num),
  // possibly to another replica: one reply per event_id, claimed in the shared store.
  function onEvent({ event, body, client, context }: SlackEventMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    return background.track(
      later.run(async () => {
        const log = logOf(context);
        const eventId = (body as { event_id?: string }).event_id;
        if (eventId && !(await storeFor(store, log).claim(`slack:event:${eventId}`, SEEN_TTL_MS))) {
          log().info({ eventId }, "duplicate event ignored");
          return;
        }
        if (event.type === "app_mention") {
          if (!event.bot_id) await answerMessage(client, event, context, log, true);
          return;
        }
        if (event.type !== "message") return;
        // Plain user messages only: no edits, deletions, joins, or messages from bots (this one included).
        if (event.subtype !== undefined || ("bot_id" in event && event.bot_id)) return;
        const mentionsBot = context.botUserId !== undefined && (event.text ?? "").includes(`<@${context.botUserId}`);
        if (event.channel_type === "im") {
          await answerMessage(client, event, context, log, false);
        } else if (!mentionsBot && event.thread_ts && (await storeFor(store, log).get(`slack:thread:${event.channel}:${event.thread_ts}`)) !== null) {
          await answerMessage(client, event, context, log, true, true);
        }
      }),
    );
  }

  /** An answer as a message in a thread or DM: rendered once per answer. */
  const threadAnswer = renderedOnce((answer) => renderAnswer(answer));

  /** Answers a message once, in its thread; a mention can arrive as both app_mention and message. */
  async function answerMessage(
    client: App["client"],
    message: { channel: string; ts: string; thread_ts?: string; text?: string; user?: string },
    { botUserId }: { botUserId?: string },
    log: RequestLog,
    inThread: boolean,
    followUp = false,
  ): Promise<void> {
    const store = storeFor(deps.store, log);
    if (!(await store.claim(`slack:message:${message.channel}:${message.ts}`, SEEN_TTL_MS))) return;
    const threadTs = inThread ? (message.thread_ts ?? message.ts) : message.thread_ts;
    try {
      const question = questionOf(message.text, botUserId);
      const user = message.user ?? "unknown";
      // A thread is a conversation; so is a DM's main timeline.
      const conversation = threadTs ? `${message.channel}:${threadTs}` : message.channel;
      const reply = followUp
        ? await asker.replyToFollowUp("slack", user, question, conversation, log)
        : await asker.reply("slack", user, question, conversation, log);
      if (!reply) return; // thread chatter, not a question
      await client.chat.postMessage({
        channel: message.channel,
        thread_ts: threadTs,
        ...(reply.kind === "answer" ? threadAnswer(reply.answer) : renderReply(reply)),
      });
      if (threadTs) await store.claim(`slack:thread:${message.channel}:${threadTs}`, THREAD_TTL_MS);
    } catch (error) {
      log().error({ err: error, channel: message.channel }, "answering a message failed");
      await client.chat.postMessage({ channel: message.channel, thread_ts: threadTs, ...renderNotice(SORRY) }).catch(() => {});
    }
  }

  /**
   * An answer as /kaspersky's reply, only the asker sees it (with "Share in channel"): rendered
   * and serialized once per answer (see asciiJson). Acknowledged as this text, Bolt writes it as
   * it is, under the JSON type the edge gave the response (start-slack.ts).
   */
  const ephemeralAnswer = renderedOnce((answer) => asciiJson({ response_type: "ephemeral", ...renderAnswer(answer, { shareable: true }) }));

  // /kaspersky: the answer is ready in milliseconds, so it goes back in the acknowledgement itself.
  // Another command a workspace admin pointed at this app is acknowledged with a pointer to it.
  async function onCommand({ command, ack, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    if (command.command !== "/kaspersky") {
      await ack({ response_type: "ephemeral", ...renderNotice("I answer /kaspersky: try “/kaspersky help”.") });
      return;
    }
    const log = logOf(context);
    let response: string;
    try {
      const reply = await asker.reply("slack", command.user_id, command.text, undefined, log);
      response =
        reply.kind === "answer" ? ephemeralAnswer(reply.answer) : asciiJson({ response_type: "ephemeral", ...renderReply(reply, { shareable: true }) });
    } catch (error) {
      log().error({ err: error }, "slash command failed");
      response = asciiJson({ response_type: "ephemeral", ...renderNotice(SORRY) });
    }
    await ack(response);
  }

  /**
   * Whether this click is seen for the first time. Slack gives every click its own trigger_id
   * and action_ts, so a request carrying the same ones again is a replay: on any replica that
   * shares the store, it is acknowledged and nothing more.
   */
  async function firstTime(body: { trigger_id?: string; user: { id: string }; container?: unknown }, action: Clicked, log: RequestLog): Promise<boolean> {
    const click = body.trigger_id ?? `${body.user.id}:${(body.container as { message_ts?: string } | undefined)?.message_ts ?? ""}`;
    if (await storeFor(store, log).claim(`slack:action:${click}:${action.action_id}:${action.action_ts ?? ""}`, REPLAY_TTL_MS)) return true;
    log().info({ actionId: action.action_id }, "replayed interaction ignored");
    return false;
  }

  // Buttons: what is done after the acknowledgement (a reply, a vote's thanks) is waited for at shutdown.
  function onAction({ action, ...args }: SlackActionMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
    const clicked = action as Clicked;
    const log = logOf(args.context);
    const handler =
      clicked.action_id === ACTIONS.share
        ? share
        : clicked.action_id === ACTIONS.up || clicked.action_id === ACTIONS.down
          ? vote
          : ASK_NEXT_ID.test(clicked.action_id ?? "")
            ? askNext
            : other;
    return background.track(handler({ ...args, action: clicked, log }));
  }

  async function share({ ack, action, body, respond, log }: Click): Promise<void> {
    await ack();
    if (!(await firstTime(body, action, log))) return;
    // The channel sees who asked what: the name as plain text, so sharing never pings anyone.
    await respond({ response_type: "in_channel", delete_original: true, ...renderAnswer(answers.ask(buttonValue(action)), { askedBy: askedBy(body.user) }) });
  }

  // A suggested question, clicked: asked where its buttons are, for whoever clicked.
  async function askNext({ ack, action, body, respond, client, log }: Click): Promise<void> {
    await ack();
    if (!(await firstTime(body, action, log))) return;
    const question = buttonValue(action);
    const container = (body as { container?: { is_ephemeral?: boolean; channel_id?: string } }).container;
    const thread = (body as { message?: { thread_ts?: string } }).message?.thread_ts;
    const channel = container?.channel_id;
    try {
      if (container?.is_ephemeral || !channel) {
        // Under a /kaspersky reply only the asker sees: the next answer is theirs alone too.
        await respond({
          response_type: "ephemeral",
          replace_original: false,
          ...renderReply(await asker.reply("slack", body.user.id, question, undefined, log), { shareable: true }),
        });
        return;
      }
      const reply = await asker.reply("slack", body.user.id, question, thread ? `${channel}:${thread}` : channel, log);
      await client.chat.postMessage({ channel, thread_ts: thread, ...renderReply(reply, { askedBy: askedBy(body.user) }) });
    } catch (error) {
      log().error({ err: error }, "asking a suggested question failed");
    }
  }

  async function vote({ ack, action, body, respond, log }: Click): Promise<void> {
    const value = FeedbackValue.safeParse(safeJson(action.value));
    if (!value.success || !(await firstTime(body, action, log))) {
      await ack();
      return;
    }
    const up = action.action_id === ACTIONS.up;
    // Written and flushed before the click is acknowledged: an acknowledged vote is never lost.
    let thanks = `Thanks, your ${up ? "👍" : "👎"} was recorded.`;
    try {
      const messageId = "container" in body ? (body.container as { message_ts?: string }).message_ts : undefined;
      await storeFor(store, log).append({
        kind: "vote",
        at: new Date().toISOString(),
        platform: "slack",
        user: body.user.id,
        vote: up ? "up" : "down",
        question: value.data.q,
        status: value.data.s,
        sourceIds: value.data.c,
        messageId,
      });
    } catch (error) {
      log().error({ err: error }, "recording feedback failed");
      thanks = SORRY;
    }
    await ack();
    await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(thanks) });
  }

  // A button on a message posted by an older version can carry an action id this one does not
  // know: acknowledged, or Slack shows the user an error and Bolt holds the request for 3 seconds.
  async function other({ ack }: Click): Promise<void> {
    await ack();
  }

  app.error(async ({ error, context }: ExtendedErrorHandlerArgs) => {
    logOf(context)().error({ err: error }, "Slack listener failed");
  });

  return { app, receiver };
}

/** A block_actions payload's user: `name` is their Slack handle; the display name is not in the payload. */
function askedBy(user: { id: string; name?: string; username?: string }): AskedBy {
  return { name: user.name || user.username || "Someone" };
}

/** Bolt's logger interface over pino. */
function boltLogger(log: Logger): BoltLogger {
  return {
    // Bolt writes a few debug lines for every request: joined only when they are written.
    debug: (...msg) => log.isLevelEnabled("debug") && log.debug(msg.join(" ")),
    info: (...msg) => log.info(msg.join(" ")),
    warn: (...msg) => log.warn(msg.join(" ")),
    error: (...msg) => log.error(msg.join(" ")),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
