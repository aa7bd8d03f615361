import { TeamsActivityHandler, TurnContext, type InvokeResponse, type MessagingExtensionQuery, type MessagingExtensionResponse } from "botbuilder";
import { z } from "zod";
import type { AnswerCache } from "../../answer/answer-cache.js";
import { EXAMPLE_QUESTIONS } from "../../answer/canned-answers.js";
import type { Logger, RequestLog } from "../../log.js";
import { storeFor } from "../../store/fail-open.js";
import type { Store } from "../../store/store.js";
import type { Asker } from "../asker.js";
import { queryText, renderSearchResults, renderSuggestions } from "./message-extension.js";
import { renderNotice, renderReply, renderWelcome } from "./render-card.js";
import { SentAnswers } from "./sent-answers.js";

export type TeamsBotDeps = { asker: Asker; answers: AnswerCache; store: Store; sourceCount: number; logger: Logger };

/** Teams' feedback buttons: a `message/submitAction` invoke whose `replyToId` is the rated message. */
const FeedbackInvoke = z.object({
  actionName: z.literal("feedback"),
  actionValue: z.object({ reaction: z.enum(["like", "dislike"]), feedback: z.unknown().optional() }),
});

/** The text a user may type with a vote: `feedback` is a JSON string `{"feedbackText": "…"}`. */
const FeedbackText = z.object({ feedbackText: z.string().max(2000) });

function commentOf(feedback: unknown): string | undefined {
  try {
    const parsed = FeedbackText.safeParse(typeof feedback === "string" ? JSON.parse(feedback) : feedback);
    return parsed.success && parsed.data.feedbackText.trim() ? parsed.data.feedbackText.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Where a turn keeps the log of the HTTP request it came in (see requestLog): set by the adapter. */
export const REQUEST_LOG = Symbol("requestLog");

/** The log of the request a turn came in, or `fallback` for a turn that came some other way. */
export function turnLog(context: TurnContext, fallback: Logger): RequestLog {
  return (context.turnState.get(REQUEST_LOG) as RequestLog | undefined) ?? (() => fallback);
}

/** The connector redelivers an activity whose reply was slow; a day is well past that. */
const SEEN_TTL_MS = 24 * 60 * 60 * 1000;

/** Teams sends message text as HTML: these entities stand for plain characters. */
const HTML_ENTITIES: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/**
 * What the user asked: the text without the bot's @mention (in channels the bot only receives
 * messages that mention it, and the mention is part of the text), without the `<at>` markup of any
 * other mention, and with HTML entities decoded.
 */
export function questionOf(activity: TurnContext["activity"]): string {
  let text = typeof activity.text === "string" ? activity.text : "";
  try {
    if (text) {
      // removeRecipientMention strips the first mention of the bot; a second one goes the same way.
      const mentions = TurnContext.getMentions(activity).filter((m) => m.mentioned?.id === activity.recipient.id && typeof m.text === "string" && m.text);
      text = TurnContext.removeRecipientMention(activity) ?? text;
      for (const { text: mention } of mentions) text = text.split(mention).join(" ");
    }
  } catch {
    // A malformed mention entity (no `type`, no `mentioned`) makes botbuilder throw; the tags go below anyway.
  }
  return text
    .replace(/<at[^>]*>[^<]*<\/at>/gi, (tag) => tag.replace(/<[^>]+>/g, ""))
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (e) => HTML_ENTITIES[e])
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The bot's conversations: personal chat and channel or group-chat @mentions, a welcome when it is
 * added, the search message extension and Teams' feedback buttons. Other activities (reactions,
 * edits, typing) fall through to ActivityHandler's defaults, which do nothing.
 */
export class AnswerBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();

    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) await context.sendActivity(renderWelcome(this.deps.sourceCount));
      await next();
    });
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    const log = turnLog(context, this.deps.logger);
    const store = storeFor(this.deps.store, log);
    // A redelivered activity (the connector retries when a reply is slow) must not get a second reply.
    if (activity.id && !(await store.claim(`teams:activity:${activity.conversation?.id}:${activity.id}`, SEEN_TTL_MS))) {
      log().info({ activityId: activity.id }, "redelivered activity ignored");
      return;
    }
    const user = activity.from?.aadObjectId ?? activity.from?.id ?? "unknown";
    // A personal chat, a group chat, or a channel's reply chain (its id ends ";messageid=…"): one conversation each.
    const reply = await this.deps.asker.reply("teams", user, questionOf(activity), activity.conversation?.id, log);
    const sent = await context.sendActivity(renderReply(reply));
    if (sent?.id && reply.kind === "answer") await new SentAnswers(store).remember(sent.id, reply.answer);
  }

  protected async handleTeamsMessagingExtensionQuery(_context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const text = queryText(query);
    // A lookup as the user types, not a question asked in a conversation: no fair-use count.
    if (!text) return renderSuggestions(EXAMPLE_QUESTIONS.map((q) => this.deps.answers.ask(q)));
    return renderSearchResults(this.deps.answers.ask(text));
  }

  protected async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== "message/submitAction") {
      const response = await super.onInvokeActivity(context);
      // botbuilder answers 501 to an invoke no handler takes. This bot's manifest offers only the
      // search command and feedback, so any other invoke is a request it was never offered: 400.
      return response.status === 501
        ? { status: 400, body: { error: `this bot does not handle ${String(context.activity.name ?? "an unnamed invoke")}` } }
        : response;
    }
    const value = FeedbackInvoke.safeParse(context.activity.value);
    if (!value.success) return { status: 400 };
    const store = storeFor(this.deps.store, turnLog(context, this.deps.logger));
    const rated = await new SentAnswers(store).recall(context.activity.replyToId);
    // Written and flushed before the click is acknowledged: an acknowledged vote is never lost.
    await store.append({
      kind: "vote",
      at: new Date().toISOString(),
      platform: "teams",
      user: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? "",
      vote: value.data.actionValue.reaction === "like" ? "up" : "down",
      // After a restart the rated message is no longer known; the vote still counts.
      question: rated?.question ?? "",
      status: rated?.status ?? "unknown",
      sourceIds: rated?.sourceIds ?? [],
      messageId: context.activity.replyToId,
      comment: commentOf(value.data.actionValue.feedback),
    });
    return { status: 200 };
  }
}

/** The polite reply when a turn fails. */
export const SORRY = renderNotice("Sorry, something went wrong while answering. Please try again in a moment.");
