import type { Answer, Citation } from "../../answer/answer-schema.js";
import { clip, isWebUrl } from "./citations.js";
import { ADAPTIVE_CARD, attribution, card, escapeTeams, textBlock, type AdaptiveCard } from "./render-card.js";

/** The search command's id and parameter name, as declared in manifest.json's composeExtensions. */
export const SEARCH_COMMAND = "searchQuery";

const THUMBNAIL_CARD = "application/vnd.microsoft.card.thumbnail";
/** A preview's title and text are cut short in the result list anyway; keep them one line or two. */
const PREVIEW_TITLE = 120;
const PREVIEW_TEXT = 200;

type Preview = { contentType: typeof THUMBNAIL_CARD; content: { title: string; text: string } };
export type SearchResult = { contentType: typeof ADAPTIVE_CARD; content: AdaptiveCard; preview: Preview };
export type SearchResponse = { composeExtension: { type: "result"; attachmentLayout: "list"; attachments: SearchResult[] } };

/**
 * What was typed in the search box. Teams sends `parameters: [{ name, value }]`; when the user opens
 * the extension before typing, the only parameter is `initialRun: "true"`.
 */
export function queryText(query: { parameters?: { name?: string; value?: unknown }[] } | undefined): string {
  const parameters = Array.isArray(query?.parameters) ? query.parameters.filter((p) => p && typeof p === "object") : [];
  const typed = parameters.find((p) => p.name === SEARCH_COMMAND) ?? parameters.find((p) => p.name !== "initialRun");
  return typeof typed?.value === "string" ? typed.value.trim() : "";
}

/**
 * The answer to a search as result cards: one per quote that answers it (each side of a conflict),
 * each with the quote, its publisher and date; or one card saying why there is no answer.
 */
export function renderSearchResults(answer: Answer): SearchResponse {
  const quoted = answer.citations.filter((c) => c.role !== "related");
  const attachments = quoted.length > 0 ? quoted.map((c) => quoteResult(answer, c, answer.answer)) : [noteResult(answer.answer)];
  return result(attachments);
}

/** For an empty search box: the example questions, each previewed with its answer and inserting its cited card. */
export function renderSuggestions(answers: Answer[]): SearchResponse {
  return result(
    answers.map((a) => {
      const best = a.citations.find((c) => c.role !== "related");
      return best ? quoteResult(a, best, a.question) : noteResult(a.question);
    }),
  );
}

function quoteResult(answer: Answer, citation: Citation, title: string): SearchResult {
  const side = answer.sides?.find((s) => s.sourceIds.includes(citation.sourceId));
  const body = [textBlock(answer.answer, { weight: "Bolder" })];
  if (title !== answer.answer) body.unshift(textBlock(title, { isSubtle: true, size: "Small" }));
  if (citation.role === "conflict" && side) body.push(textBlock(`Says ${side.value}:`, { weight: "Bolder", size: "Small" }));
  body.push(textBlock(`“${citation.quote}”`), textBlock(attribution(citation), { isSubtle: true, size: "Small", spacing: "Small" }));
  if (isWebUrl(citation.url)) {
    body.push({ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "Open source", url: citation.url }] });
  }
  return {
    contentType: ADAPTIVE_CARD,
    content: card(body),
    preview: preview(title, `“${clip(citation.quote, PREVIEW_TEXT - 40)}” — ${attribution(citation)}`),
  };
}

function noteResult(text: string): SearchResult {
  return { contentType: ADAPTIVE_CARD, content: card([textBlock(text)]), preview: preview(text, "") };
}

function preview(title: string, text: string): Preview {
  return { contentType: THUMBNAIL_CARD, content: { title: escapeTeams(clip(title, PREVIEW_TITLE)), text: escapeTeams(clip(text, PREVIEW_TEXT)) } };
}

function result(attachments: SearchResult[]): SearchResponse {
  return { composeExtension: { type: "result", attachmentLayout: "list", attachments } };
}
