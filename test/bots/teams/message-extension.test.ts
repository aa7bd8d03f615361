import { describe, expect, it } from "vitest";
import { queryText, renderSearchResults } from "../../../src/bots/teams/message-extension.js";
import { answeredByThreeSources, conflictAnswer, notFoundAnswer } from "../../fixtures/answers.js";

describe("queryText", () => {
  it.each([
    [{ parameters: [{ name: "searchQuery", value: " when do updates stop " }] }, "when do updates stop"],
    [{ parameters: [{ name: "initialRun", value: "true" }] }, ""],
    [
      {
        parameters: [
          { name: "initialRun", value: "true" },
          { name: "searchQuery", value: "ban" },
        ],
      },
      "ban",
    ],
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
    const answer = answeredByThreeSources();
    const { composeExtension } = renderSearchResults(answer);
    expect(composeExtension.attachments.map((a) => a.preview.content.title)).toEqual([answer.answer, answer.answer, answer.answer]);
    expect(composeExtension.attachments.map((a) => a.preview.content.text.split(" — ")[1])).toEqual([
      "BTimes (btimesonline.com) · July 16, 2024",
      "THE UBJ (theubj.com) · July 2024",
      "The Cyber Express · July 15, 2024",
    ]);
    expect(composeExtension.attachments[0].preview.content.text).toMatch(
      /^“The U\.S\. government's recent restrictions, which will take effect on September 29, .*…” — /,
    );
    expect(JSON.stringify(composeExtension.attachments[0].content)).toContain(JSON.stringify(`“${answer.citations[0].quote}”`));
  });

  it("a conflict: one result per side's quote, each saying its value", () => {
    const { composeExtension } = renderSearchResults(conflictAnswer());
    const cards = composeExtension.attachments.map((a) => JSON.stringify(a.content));
    expect(cards).toHaveLength(3);
    expect(cards[0]).toContain("Says 240,000 corporate clients:");
    expect(cards[1]).toContain("Says 270,000 corporate clients:");
    expect(cards[2]).toContain("Says 240,000 corporate clients:");
  });

  it("not found: one note, no related passage passed off as an answer", () => {
    const notFound = notFoundAnswer();
    const { composeExtension } = renderSearchResults(notFound);
    expect(composeExtension.attachments).toHaveLength(1);
    expect(composeExtension.attachments[0].preview.content.title).toBe(
      "The sources don't say. The closest passages are below, but they don't answer the question.",
    );
    const shown = JSON.stringify(composeExtension.attachments[0]);
    for (const related of notFound.citations) expect(shown).not.toContain(related.quote);
  });
});
