import type { Answer, Citation } from "../../answer/answer-schema.js";
import { renderWith, type Reply } from "../asker.js";
import type { SourceSummary, TimelineEvent } from "../../answer/timeline.js";
import { formatDate } from "../../index/dates.js";
import { escapeSlack, fitSection, safeUrl } from "./escape.js";

/** A Slack message: Block Kit blocks and the fallback `text` used in notifications. */
export type SlackMessage = { text: string; blocks: Block[] };
type Block = Record<string, unknown>;

/** Slack allows at most 50 blocks in a message. */
const MAX_BLOCKS = 50;

export const ACTIONS = { share: "share_answer", up: "feedback_up", down: "feedback_down", askNext: "ask_next" } as const;

/** Slack wants action ids unique within a block: the suggestion buttons are "ask_next:0", "ask_next:1", … */
export const ASK_NEXT_ID = new RegExp(`^${ACTIONS.askNext}:\\d$`);

/** Who asked, for an answer posted where others see it: a name shown as plain text, never a mention. */
export type AskedBy = { name: string };

/** What a feedback button carries back: enough to log the vote against the answer. */
export type FeedbackValue = { q: string; s: Answer["status"]; c: string[] };

/** Whatever the asker replied, as a Slack message. */
export function renderReply(reply: Reply, options: AnswerOptions = {}): SlackMessage {
  return renderWith(reply, { answer: (answer) => renderAnswer(answer, options), sources: renderSources, timeline: renderTimeline, notice: renderNotice });
}

type AnswerOptions = {
  /** Adds "Share in channel", for answers only the asker can see. */
  shareable?: boolean;
  /** Starts the message with "Pat asked: …", for an answer posted on someone's behalf. */
  askedBy?: AskedBy;
};

/**
 * An Answer as Block Kit: who asked (when posted for someone), the direct answer, how a
 * follow-up was read, each quote as a block quote with a "Publisher · date · link" context line,
 * agreement or disagreement, buttons, and the questions to ask next.
 */
export function renderAnswer(answer: Answer, options: AnswerOptions = {}): SlackMessage {
  const blocks: Block[] = [];
  if (options.askedBy) blocks.push(section(`${escapeSlack(options.askedBy.name)} asked: “${escapeSlack(answer.question)}”`));
  blocks.push(section(`*${escapeSlack(answer.answer)}*`));
  if (answer.readAs) blocks.push(context(`Read as: “${escapeSlack(answer.readAs)}”`));
  if (answer.status === "not_found" && answer.citations.length > 0) {
    blocks.push(context("Related passages — they don't answer the question:"));
  }
  for (const citation of answer.citations) blocks.push(...citationBlocks(citation, answer));

  const reporting = new Set(answer.citations.filter((c) => c.role === "answer" || c.role === "support").map((c) => c.sourceId));
  if (answer.status === "answered" && reporting.size > 1) blocks.push(context(`Reported by ${reporting.size} sources.`));

  const suggestions = answer.suggestions ?? [];
  const tail: Block[] = [];
  if (answer.status !== "help" && answer.status !== "out_of_scope") tail.push(actions(answer, options.shareable ?? false));
  if (suggestions.length > 0) tail.push(context("Ask next:"), askNextButtons(suggestions));
  // The quotes give way first: the buttons are what the reader acts on.
  const text = options.askedBy ? `${escapeSlack(options.askedBy.name)} asked: ${escapeSlack(answer.question)}\n${fallbackText(answer)}` : fallbackText(answer);
  return { text, blocks: [...blocks.slice(0, MAX_BLOCKS - tail.length), ...tail] };
}

/** One button a question; a click asks it where the buttons are. Slack cuts button labels at 75 characters. */
function askNextButtons(questions: string[]): Block {
  return {
    type: "actions",
    elements: questions.map((q, i) => ({
      type: "button",
      action_id: `${ACTIONS.askNext}:${i}`,
      text: plain(q.length > 75 ? `${q.slice(0, 74)}…` : q),
      value: q.slice(0, 2_000),
    })),
  };
}

function citationBlocks(citation: Citation, answer: Answer): Block[] {
  const side = answer.sides?.find((s) => s.sourceIds.includes(citation.sourceId));
  const label = citation.role === "conflict" && side ? `Says *${escapeSlack(side.value)}*:\n` : citation.role === "support" ? "Also reported:\n" : "";
  return [section(`${label}${blockQuote(citation.quote)}`), context(attribution(citation))];
}

/** "The Cyber Express · July 15, 2024 · <url|Open article>", each part only where known. */
export function attribution(c: Pick<Citation, "publisher" | "published" | "url" | "title">): string {
  const parts = [escapeSlack(c.publisher)];
  if (c.published) parts.push(formatDate(c.published));
  if (c.url) parts.push(`<${safeUrl(c.url)}|${escapeSlack(c.title.slice(0, 80))}>`);
  return parts.join(" · ");
}

function blockQuote(quote: string): string {
  return fitSection(
    escapeSlack(quote)
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n"),
    2900,
  );
}

function fallbackText(answer: Answer): string {
  const first = answer.citations[0];
  const source = first && first.role !== "related" ? ` — ${first.publisher}${first.published ? `, ${formatDate(first.published)}` : ""}` : "";
  return escapeSlack(`${answer.answer}${source}`);
}

function actions(answer: Answer, shareable: boolean): Block {
  const value: FeedbackValue = { q: answer.question, s: answer.status, c: [...new Set(answer.citations.map((c) => c.sourceId))] };
  const json = JSON.stringify(value); // a button value may hold 2,000 characters; questions are capped at 500
  const elements: Block[] = [
    { type: "button", action_id: ACTIONS.up, text: plain("👍"), value: json },
    { type: "button", action_id: ACTIONS.down, text: plain("👎"), value: json },
  ];
  if (shareable) elements.unshift({ type: "button", action_id: ACTIONS.share, text: plain("Share in channel"), value: answer.question, style: "primary" });
  return { type: "actions", elements };
}

export function renderSources(list: SourceSummary[]): SlackMessage {
  const blocks: Block[] = [section(`*The ${list.length} sources I answer from*`)];
  for (const s of list) blocks.push(section(`*${escapeSlack(s.title)}*\n${attribution(s)}`));
  return { text: `The ${list.length} sources I answer from`, blocks: blocks.slice(0, MAX_BLOCKS) };
}

export function renderTimeline(events: TimelineEvent[]): SlackMessage {
  const blocks: Block[] = [section("*Timeline of the Kaspersky ban, as the sources date it*")];
  // Two blocks an event: the first 24 events fit Slack's 50-block limit with the heading.
  for (const {
    iso,
    citations: [first],
  } of events.slice(0, 24)) {
    blocks.push(section(`*${formatDate(iso)}*\n${blockQuote(first.quote)}`), context(attribution(first)));
  }
  return { text: "Timeline of the Kaspersky ban", blocks };
}

/** A plain message, for errors and acknowledgements. */
export function renderNotice(text: string): SlackMessage {
  return { text: escapeSlack(text), blocks: [section(escapeSlack(text))] };
}

function section(text: string): Block {
  return { type: "section", text: { type: "mrkdwn", text: fitSection(text) } };
}

function context(text: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text: fitSection(text) }] };
}

function plain(text: string): Block {
  return { type: "plain_text", text, emoji: true };
}
