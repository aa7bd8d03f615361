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
    ["can I see the full timeline?", "timeline"],
  ])("is read as the listing: %s", (message, listing) => {
    expect(listingAsked(message)).toBe(listing);
  });

  it.each(["what do the sources say about updates?", "which article says September 29?", "when does the timeline end", "", "sources and timeline"])(
    "is not a message that asks about the story, or names both listings: %s",
    (message) => {
      expect(listingAsked(message)).toBeNull();
    },
  );
});
