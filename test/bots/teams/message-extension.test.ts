import { describe, expect, it } from "vitest";
import { ask } from "../../../src/answer/ask.js";
import { queryText, renderSearchResults } from "../../../src/bots/teams/message-extension.js";
import { seeds } from "../../helpers.js";

describe("queryText", () => {
  it.each([
    [{ parameters: [{ name: "searchQuery", value: " when do updates stop " }] }, "when do updates stop"],
    [{ parameters: [{ name: "initialRun", value: "true" }] }, ""],
    [{ parameters: [{ name: "initialRun", value: "true" }, { name: "searchQuery", value: "ban" }] }, "ban"],
    [{ parameters: [{ name: "searchQuery", value: 42 }] }, ""],
    [{}, ""],
    [{ parameters: "searchQuery=ban" }, ""],
    [{ parameters: [null, { name: "searchQuery", value: "ban" }] }, "ban"],
    [undefined, ""],
  ])("%j → %j", (query, expected) => {
    expect(queryText(query as Parameters<typeof queryText>[0])).toBe(expected);
  });
});

describe("renderSearchResults", () => {
  it("one result per quote that answers, best first, each with its date", () => {
    const answer = ask(seeds(), "When do updates stop?");
    const { composeExtension } = renderSearchResults(answer);
    expect(composeExtension.attachments.map((a) => a.preview.content.text.split(" — ")[1])).toEqual([
      "BTimes (btimesonline.com) · July 16, 2024",
      "THE UBJ (theubj.com) · July 2024",
      "The Cyber Express · July 15, 2024",
    ]);
  });

  it("a conflict: one result per side, each saying its value", () => {
    const { composeExtension } = renderSearchResults(ask(seeds(), "How many corporate clients does Kaspersky have?"));
    const cards = composeExtension.attachments.map((a) => JSON.stringify(a.content));
    expect(cards[0]).toContain("Says 240,000 corporate clients:");
    expect(cards[1]).toContain("Says 270,000 corporate clients:");
  });

  it("not found: one note, no related passage passed off as an answer", () => {
    const { composeExtension } = renderSearchResults(ask(seeds(), "What is the favourite colour of Kaspersky's CEO's car?"));
    expect(composeExtension.attachments).toHaveLength(1);
    expect(composeExtension.attachments[0].preview.content.title).toMatch(/^The sources don't say/);
  });
});
