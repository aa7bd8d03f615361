import { App, HTTPReceiver, LogLevel, webApi, type Logger as BoltLogger } from "@slack/bolt";
import { z } from "zod";
import { AnswerCache } from "../../answer/answer-cache.js";
import { sources, timeline } from "../../answer/timeline.js";
import type { SlackSettings } from "../../config.js";
import type { FeedbackLog } from "../../feedback/feedback-log.js";
import type { KnowledgeIndex } from "../../index/knowledge-index.js";
import type { Logger } from "../../log.js";
import { RecentKeys } from "../recent-keys.js";
import { ACTIONS, renderAnswer, renderNotice, renderSources, renderTimeline, type SlackMessage } from "./render-blocks.js";

export type SlackDeps = { settings: SlackSettings; index: KnowledgeIndex; feedback: FeedbackLog; logger: Logger };

/** The Slack side: a Bolt app, and its HTTP receiver unless it runs in Socket Mode. */
export type SlackSide = { app: App; receiver: HTTPReceiver | null };

const SORRY = "Sorry, something went wrong while answering. Please try again in a moment.";

const FeedbackValue = z.object({ q: z.string().max(2000), s: z.string(), c: z.array(z.string()) });

/** What a user typed after the bot's mention, or after `/kaspersky`. */
function questionOf(text: string | undefined, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g") : /^\s*<@[UW]\w+(\|[^>]*)?>/;
  return (text ?? "").replace(mention, " ").trim();
}

/** `/kaspersky help|sources|timeline|<question>` */
function commandReply(index: KnowledgeIndex, answers: AnswerCache, text: string): SlackMessage {
  const word = text.trim().toLowerCase();
  if (word === "sources") return renderSources(sources(index));
  if (word === "timeline") return renderTimeline(timeline(index));
  return renderAnswer(answers.ask(text), { shareable: true });
}

export function createSlackApp({ settings, index, feedback, logger }: SlackDeps): SlackSide {
  const log = logger.child({ platform: "slack" });
  const receiver = settings.appToken
    ? null
    : new HTTPReceiver({ signingSecret: settings.signingSecret!, endpoints: ["/slack/events"], logger: boltLogger(log) });
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
    clientOptions: {
      slackApiUrl: settings.apiUrl,
      // Rate-limited calls wait for Retry-After and try again; other failures are retried briefly.
      retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
    },
  });

  const answers = new AnswerCache(index);
  const seenEvents = new RecentKeys();
  const answeredMessages = new RecentKeys();
  const botThreads = new RecentKeys();

  // Slack retries an event it thinks was not received (X-Slack-Retry-Num); one reply per event_id.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !seenEvents.add(eventId)) {
      log.info({ eventId }, "duplicate event ignored");
      return;
    }
    await next();
  });

  /** Answers a message once, in its thread; a mention can arrive as both app_mention and message. */
  async function answerMessage(
    client: App["client"],
    message: { channel: string; ts: string; thread_ts?: string; text?: string; user?: string },
    botUserId: string | undefined,
    inThread: boolean,
    followUp = false,
  ): Promise<void> {
    if (!answeredMessages.add(`${message.channel}:${message.ts}`)) return;
    const threadTs = inThread ? (message.thread_ts ?? message.ts) : message.thread_ts;
    try {
      const answer = answers.ask(questionOf(message.text, botUserId));
      // In a thread people also talk to each other ("thanks!"): only questions get a reply there.
      if (followUp && (answer.status === "out_of_scope" || answer.status === "help")) return;
      const reply = renderAnswer(answer);
      await client.chat.postMessage({ channel: message.channel, thread_ts: threadTs, ...reply });
      if (threadTs) botThreads.add(`${message.channel}:${threadTs}`);
    } catch (error) {
      log.error({ err: error, channel: message.channel }, "answering a message failed");
      await client.chat.postMessage({ channel: message.channel, thread_ts: threadTs, ...renderNotice(SORRY) }).catch(() => {});
    }
  }

  app.event("app_mention", async ({ event, client, context }) => {
    if (event.bot_id) return;
    await answerMessage(client, event, context.botUserId, true);
  });

  app.message(async ({ message, client, context }) => {
    // Plain user messages only: no edits, deletions, joins, or messages from bots (this one included).
    if (message.subtype !== undefined || "bot_id" in message && message.bot_id) return;
    const text = message.text ?? "";
    const mentionsBot = context.botUserId !== undefined && text.includes(`<@${context.botUserId}`);
    if (message.channel_type === "im") {
      await answerMessage(client, message, context.botUserId, false);
    } else if (!mentionsBot && message.thread_ts && botThreads.has(`${message.channel}:${message.thread_ts}`)) {
      await answerMessage(client, message, context.botUserId, true, true);
    }
  });

  // The answer is ready in milliseconds, so it goes back in the acknowledgement itself.
  app.command("/kaspersky", async ({ command, ack }) => {
    let reply: SlackMessage;
    try {
      reply = commandReply(index, answers, command.text);
    } catch (error) {
      log.error({ err: error }, "slash command failed");
      reply = renderNotice(SORRY);
    }
    await ack({ response_type: "ephemeral", ...reply });
  });

  app.action(ACTIONS.share, async ({ ack, action, respond }) => {
    await ack();
    const question = "value" in action && typeof action.value === "string" ? action.value : "";
    await respond({ response_type: "in_channel", delete_original: true, ...renderAnswer(answers.ask(question)) });
  });

  for (const [actionId, vote] of [[ACTIONS.up, "up"], [ACTIONS.down, "down"]] as const) {
    app.action(actionId, async ({ ack, action, body, respond }) => {
      const value = FeedbackValue.safeParse(safeJson("value" in action ? action.value : undefined));
      if (!value.success) {
        await ack();
        return;
      }
      // Written and flushed before the click is acknowledged: an acknowledged vote is never lost.
      let thanks = `Thanks, your ${vote === "up" ? "👍" : "👎"} was recorded.`;
      try {
        feedback.record({ platform: "slack", user: body.user.id, vote, question: value.data.q, status: value.data.s, sourceIds: value.data.c });
      } catch (error) {
        log.error({ err: error }, "recording feedback failed");
        thanks = SORRY;
      }
      await ack();
      await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(thanks) });
    });
  }

  app.error(async (error) => {
    log.error({ err: error }, "Slack listener failed");
  });

  return { app, receiver };
}

function safeJson(text: unknown): unknown {
  try {
    return typeof text === "string" ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Bolt's logger interface over pino. */
function boltLogger(log: Logger): BoltLogger {
  return {
    debug: (...msg) => log.debug(msg.join(" ")),
    info: (...msg) => log.info(msg.join(" ")),
    warn: (...msg) => log.warn(msg.join(" ")),
    error: (...msg) => log.error(msg.join(" ")),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
