import questionWords from "./question-words.json" with { type: "json" };

/** The bot's listings: the articles it quotes, and the story's dated events in order. */
export type Listing = "sources" | "timeline";

const LISTING_WORDS: ReadonlyMap<string, Listing> = new Map([
  ...questionWords.listings.sources.map((w) => [w, "sources"] as const),
  ...questionWords.listings.timeline.map((w) => [w, "timeline"] as const),
]);
const REQUEST_WORDS: ReadonlySet<string> = new Set(questionWords.listings.requestWords);

/**
 * The listing a message asks for ("sources", "what are your sources?", "which articles do you
 * use", "show me the timeline"), or null: once the words of asking are set aside, a listing's
 * words are all that is left (question-words.json, listings). "What do the sources say about
 * updates?" asks about the story.
 */
export function listingAsked(text: string): Listing | null {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let asked: Listing | null = null;
  for (const word of words) {
    const listing = LISTING_WORDS.get(word);
    if (listing && (asked === null || asked === listing)) asked = listing;
    else if (!REQUEST_WORDS.has(word)) return null;
  }
  return asked;
}
