import type { Citation } from "../../answer/answer-schema.js";
import { formatDate } from "../../index/dates.js";

/**
 * Teams citations: `[n]` markers in a message's text, resolved against one `https://schema.org/Message`
 * entity whose `citation` list holds a `Claim` with `position: n` for each marker. Teams shows the
 * claim's document when the marker is hovered or clicked.
 */

/** Teams shows at most 20 citations in a message. */
export const MAX_CITATIONS = 20;
/** A cited document's name: max length 80. */
export const MAX_NAME = 80;
/** A cited document's excerpt: max length 160. */
export const MAX_ABSTRACT = 160;
/** Keywords: at most 3, each max length 28. */
export const MAX_KEYWORD = 28;

export type Claim = {
  "@type": "Claim";
  /** The `n` of the `[n]` marker in the text. */
  position: number;
  appearance: {
    "@type": "DigitalDocument";
    /** max length 80 */
    name: string;
    url?: string;
    /** max length 160 */
    abstract: string;
    /** at most 3, each max length 28 */
    keywords?: string[];
  };
};

export type CitationEntity = {
  type: "https://schema.org/Message";
  "@type": "Message";
  "@context": "https://schema.org";
  "@id": "";
  citation: Claim[];
};

/** Cuts text to `max` characters with an ellipsis, at a word boundary when one is near. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The `[n]` marker Teams links to the claim at position n. */
/** Only web addresses become links and "Open source" buttons; anything else in sources.json is shown as text. */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === "string" && /^https?:\/\//i.test(url);
}

export function marker(position: number): string {
  return `[${position}]`;
}

/** A source quote as a claim: the article's publisher and title, the quote as excerpt, its date as a keyword. */
export function claimOf(citation: Citation, position: number): Claim {
  const appearance: Claim["appearance"] = {
    "@type": "DigitalDocument",
    name: clip(`${citation.publisher}: ${citation.title}`, MAX_NAME),
    abstract: clip(`“${citation.quote}”`, MAX_ABSTRACT),
  };
  if (isWebUrl(citation.url)) appearance.url = citation.url;
  if (citation.published) appearance.keywords = [clip(formatDate(citation.published), MAX_KEYWORD)];
  return { "@type": "Claim", position, appearance };
}

/** The entity carrying the claims; claims past the 20th are dropped (their markers must be too). */
export function citationEntity(claims: Claim[]): CitationEntity {
  return { type: "https://schema.org/Message", "@type": "Message", "@context": "https://schema.org", "@id": "", citation: claims.slice(0, MAX_CITATIONS) };
}
