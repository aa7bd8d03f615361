import { describe, expect, it } from "vitest";
import { classifyLines } from "../../src/index/line-kinds.js";
import { seeds } from "../helpers.js";

describe("classifyLines", () => {
  it.each([
    ["a section label", "Security concerns", "heading"],
    ["a subhead", "Commerce Department cites national security in Kaspersky ban", "heading"],
    ["a reading-time line", "Reading Time: 4 mins read", "boilerplate"],
    ["a byline with share buttons", "Mihir Bagwe July 15, 2024Share on LinkedInShare on Twitter", "boilerplate"],
    ["a call to follow", "If you like the article please follow on THE UBJ.", "boilerplate"],
    ["an editor's update note", "* Update July 15, 4:15 p.m.- Added the statement.", "note"],
    ["a lead-in to a quotation", "In a statement to The Cyber Express, Kaspersky said:", "prose"],
    ["a paragraph ending in a lead-in", "Its future remains uncertain. However Kaspersky told The Cyber Express:", "prose"],
    ["a sentence", "Kaspersky has vehemently denied these allegations.", "prose"],
  ])("classifies %s", (_, line, kind) => {
    expect(classifyLines([line], "Some title")[0]).toBe(kind);
  });

  it("treats the title and repeated captions as repeats, even when they end with a full stop", () => {
    const title = "A firm is closing its US offices.";
    const lines = [title, "Real news happened today.", `${title} 5`, `${title} 6`];
    expect(classifyLines(lines, title)).toEqual(["repeat", "prose", "repeat", "repeat"]);
  });

  it("never lets the seed articles' page furniture become a passage", () => {
    const quoted = seeds().passages.map((p) => p.text);
    for (const furniture of [
      "Reading Time",
      "Share on LinkedIn",
      "Update July 15",
      "us slaps sanctions on leaders",
      "is closing its US offices. 5",
      "If you like the article",
      "Exit mobile version",
      "What's the story",
      "Legal basis",
      "Kaspersky Lab's future plans post US shutdown",
    ]) {
      expect(
        quoted.filter((q) => q.includes(furniture)),
        furniture,
      ).toEqual([]);
    }
  });
});
