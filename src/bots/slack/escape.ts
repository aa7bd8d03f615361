/**
 * Slack reads `<…>` as links, mentions and pings (`<!channel>`, `<@U123>`), and `&` as the start
 * of an entity. Text from a user or an article is escaped, so it can only ever show as text.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A URL inside `<url|label>`: the characters that would end or split the link are dropped. */
export function safeUrl(url: string): string {
  return url.replace(/[<>|\s]/g, "");
}

/** Slack's limit for a section's text is 3,000 characters. */
export const SECTION_LIMIT = 3000;

/** Cuts text to Slack's limit, never through an escape such as `&amp;` (it would show as "&am…"). */
export function fitSection(text: string, limit = SECTION_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).replace(/&[a-z]{0,3}$/, "")}…`;
}
