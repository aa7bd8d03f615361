import { describe, expect, it } from "vitest";
import { listingAsked } from "../../src/answer/listing-request.js";

describe("a message asking for one of the bot's listings", () => {
  it.each([
    ["sources", "sources"],
    [" Sources ", "sources"],
    ["what are your sources?", "sources"],
    ["which articles do you use", "sources"],
    ["list the sources pls", "sources"],
    ["timeline", "timeline"],
    ["show me the timeline", "timeline"],
    ["could you show the full timeline?", "timeline"],
    ["what's the timeline?", "timeline"],
    ["whats ur sources", "sources"],
    ["what're your sources", "sources"],
    ["do you have sources?", "sources"],
    ["where are your sources", "sources"],
    ["can u link the articles", "sources"],
    ["which sources are your answers based on?", "sources"],
  ])("is read as the listing: %s", (message, listing) => {
    expect(listingAsked(message)).toBe(listing);
  });

  it.each([
    "what do the sources say about updates?",
    "which article says September 29?",
    "when does the timeline end",
    "",
    "sources and timeline",
    "i read the article",
    "I read the articles",
    "i used the timeline",
  ])("is not a message that asks about the story, a remark about a listing, or one naming both listings: %s", (message) => {
    expect(listingAsked(message)).toBeNull();
  });
});
