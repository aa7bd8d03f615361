import type { Answer, Citation } from "../../answer/answer-schema.js";
import { EXAMPLE_QUESTIONS } from "../../answer/canned-answers.js";
import type { SourceSummary, TimelineEvent } from "../../answer/timeline.js";
import { formatDate } from "../../index/dates.js";
import { renderWith, type Reply } from "../asker.js";
import { citationEntity, claimOf, isWebUrl, marker, MAX_CITATIONS, type CitationEntity } from "./citations.js";

/** What the bot sends to Teams: a plain object the connector puts on the wire as is. */
export type TeamsMessage = {
  type: "message";
  textFormat: "markdown";
  text: string;
  attachments: { contentType: typeof ADAPTIVE_CARD; content: AdaptiveCard }[];
  entities?: CitationEntity[];
  channelData?: Record<string, unknown>;
};

export type AdaptiveCard = { type: "AdaptiveCard"; $schema: string; version: "1.5"; body: CardElement[]; actions?: CardElement[] };
type CardElement = Record<string, unknown>;

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

/** Teams renders Adaptive Cards up to version 1.5. */
const CARD_VERSION = "1.5";

/** Teams refuses a message over about 28 KB; 20 timeline entries with their quotes stay well below. */
const MAX_TIMELINE = 20;

/**
 * Teams reads `<at>…</at>` as a mention and other tags as HTML, and `&` as the start of an entity.
 * Text from a user or an article is escaped, so it can only ever show as text.
 */
export function escapeTeams(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * An Answer for Teams: text with `[n]` markers, the citation entity those markers point at, and an
 * Adaptive Card with the direct answer, each quote with "Publisher · date" and an "Open source"
 * action where the URL is known. Answers that cite something get Teams' 👍/👎 feedback buttons.
 */
export function renderAnswer(answer: Answer): TeamsMessage {
  if (answer.status === "help" || answer.status === "out_of_scope") return renderHelp(answer.answer);
  const cited = answer.citations.slice(0, MAX_CITATIONS);
  const position = (c: Citation) => cited.indexOf(c) + 1;
  const markers = (list: Citation[]) => list.map((c) => marker(position(c))).join("");

  const lines = [`**${escapeTeams(answer.answer)}**`];
  const body: CardElement[] = [textBlock(answer.answer, { weight: "Bolder", size: "Medium" })];
  if (answer.readAs) body.push(textBlock(`Read as: “${answer.readAs}”`, { isSubtle: true, size: "Small", spacing: "Small" }));

  if (answer.status === "answered") {
    const [first, ...rest] = cited;
    lines[0] += ` ${markers([first])}`;
    const also = rest.filter((c) => c.role === "support");
    if (also.length > 0) lines.push(`Also reported by ${also.map((c) => `${escapeTeams(c.publisher)} ${markers([c])}`).join(", ")}.`);
  } else if (answer.status === "conflict") {
    for (const side of answer.sides ?? []) {
      const sideCitations = cited.filter((c) => side.sourceIds.includes(c.sourceId));
      lines.push(`- ${escapeTeams(side.value)}: ${sideCitations.map((c) => `${escapeTeams(c.publisher)} ${markers([c])}`).join(", ")}`);
    }
  } else if (cited.length > 0) {
    lines.push(`Closest passages, which don't answer it: ${markers(cited)}`);
    body.push(textBlock("Related passages — they don't answer the question:", { isSubtle: true }));
  }

  for (const citation of cited) body.push(quoteContainer(citation, position(citation), answer));
  const reporting = new Set(cited.filter((c) => c.role === "answer" || c.role === "support").map((c) => c.sourceId));
  if (answer.status === "answered" && reporting.size > 1) body.push(textBlock(`Reported by ${reporting.size} sources.`, { isSubtle: true, size: "Small" }));

  return {
    type: "message",
    textFormat: "markdown",
    text: lines.join("\n\n"),
    // The questions to ask next, as buttons under the card.
    attachments: [{ contentType: ADAPTIVE_CARD, content: card(body, answer.suggestions?.length ? askActions(answer.suggestions) : undefined) }],
    entities: cited.length > 0 ? [citationEntity(cited.map((c) => claimOf(c, position(c))))] : undefined,
    // Teams' own 👍/👎 under the message; a click arrives as a message/submitAction invoke.
    channelData: { feedbackLoop: { type: "default" } },
  };
}

/** One quote: a label for its role, the verbatim quote, "[n] Publisher · date", and the source link. */
function quoteContainer(citation: Citation, position: number, answer: Answer): CardElement {
  const side = answer.sides?.find((s) => s.sourceIds.includes(citation.sourceId));
  const label = citation.role === "conflict" && side ? `Says ${side.value}:` : citation.role === "support" ? "Also reported:" : null;
  const items: CardElement[] = [];
  if (label) items.push(textBlock(label, { weight: "Bolder", size: "Small" }));
  items.push(textBlock(`“${citation.quote}”`));
  items.push(textBlock(`${marker(position)} ${attribution(citation)}`, { isSubtle: true, size: "Small", spacing: "Small" }));
  const container: CardElement = { type: "Container", separator: true, spacing: "Medium", items };
  if (isWebUrl(citation.url)) {
    items.push({ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "Open source", url: citation.url }] });
  }
  return container;
}

/** "The Cyber Express · July 15, 2024": the date only as precisely as it is known. */
export function attribution(c: Pick<Citation, "publisher" | "published">): string {
  return c.published ? `${c.publisher} · ${formatDate(c.published)}` : c.publisher;
}

/** Help and out-of-scope: what the bot does, with example questions as buttons that ask them. */
export function renderHelp(text: string): TeamsMessage {
  return {
    type: "message",
    textFormat: "markdown",
    text: escapeTeams(text),
    attachments: [{ contentType: ADAPTIVE_CARD, content: card([textBlock(text)], askActions(EXAMPLE_QUESTIONS)) }],
  };
}

/** Sent when the bot is added to a chat or team. */
export function renderWelcome(sourceCount: number): TeamsMessage {
  const text = `Hi! I answer questions about the 2024 US ban on Kaspersky software, quoting ${sourceCount} news articles with their dates. Ask me something, or type help, sources or timeline.`;
  return {
    type: "message",
    textFormat: "markdown",
    text: escapeTeams(text),
    attachments: [{ contentType: ADAPTIVE_CARD, content: card([textBlock(text)], askActions(EXAMPLE_QUESTIONS)) }],
  };
}

export function renderSources(list: SourceSummary[]): TeamsMessage {
  const heading = `The ${list.length} sources I answer from`;
  const body: CardElement[] = [textBlock(heading, { weight: "Bolder", size: "Medium" })];
  for (const s of list) {
    const items: CardElement[] = [textBlock(s.title, { weight: "Bolder" }), textBlock(attribution(s), { isSubtle: true, size: "Small", spacing: "Small" })];
    if (isWebUrl(s.url)) items.push({ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "Open source", url: s.url }] });
    body.push({ type: "Container", separator: true, items });
  }
  return { type: "message", textFormat: "markdown", text: escapeTeams(heading), attachments: [{ contentType: ADAPTIVE_CARD, content: card(body) }] };
}

export function renderTimeline(events: TimelineEvent[]): TeamsMessage {
  const heading = "Timeline of the Kaspersky ban, as the sources date it";
  const body: CardElement[] = [textBlock(heading, { weight: "Bolder", size: "Medium" })];
  for (const {
    iso,
    citations: [first],
  } of events.slice(0, MAX_TIMELINE)) {
    body.push({
      type: "Container",
      separator: true,
      items: [
        textBlock(formatDate(iso), { weight: "Bolder" }),
        textBlock(`“${first.quote}”`),
        textBlock(attribution(first), { isSubtle: true, size: "Small", spacing: "Small" }),
      ],
    });
  }
  return { type: "message", textFormat: "markdown", text: escapeTeams(heading), attachments: [{ contentType: ADAPTIVE_CARD, content: card(body) }] };
}

/** Whatever the asker replied, as a Teams message. */
export function renderReply(reply: Reply): TeamsMessage {
  return renderWith<TeamsMessage>(reply, { answer: renderAnswer, sources: renderSources, timeline: renderTimeline, notice: renderNotice });
}

/** A plain message, for errors and acknowledgements. */
export function renderNotice(text: string): Omit<TeamsMessage, "attachments"> & { attachments: [] } {
  return { type: "message", textFormat: "markdown", text: escapeTeams(text), attachments: [] };
}

export function card(body: CardElement[], actions?: CardElement[]): AdaptiveCard {
  return { type: "AdaptiveCard", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", version: CARD_VERSION, body, ...(actions ? { actions } : {}) };
}

export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: "TextBlock", text, wrap: true, ...options };
}

/**
 * Buttons that ask the question: Teams' messageBack shows it as the user's message and delivers it
 * to the bot as one, in channels too (where a typed message reaches the bot only with an @mention).
 */
function askActions(questions: readonly string[]): CardElement[] {
  return questions.map((q) => ({ type: "Action.Submit", title: q, data: { msteams: { type: "messageBack", displayText: q, text: q } } }));
}
