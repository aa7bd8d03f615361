import { describe, expect, it } from "vitest";
import { quoted, renderSourcesText, renderText, renderTimelineText } from "../../src/cli/render-text.js";
import { answer, answeredByThreeSources, citation, conflictAnswer, notFoundAnswer, sourceSummary } from "../fixtures/answers.js";

describe("renderText", () => {
  it("prints the answer, each quote in quotation marks with '— Publisher, date' and its link, and how many sources agree", () => {
    expect(renderText(answeredByThreeSources())).toBe(
      [
        "Software updates for Kaspersky products are barred in the US from September 29, 2024.",
        "",
        "  “The U.S. government's recent restrictions, which will take effect on September 29, prohibit the download of software updates, resales, and licensing of Kaspersky products.”",
        "  — BTimes (btimesonline.com), July 16, 2024  https://www.btimesonline.com/articles/167599/20240716/kaspersky-labs-to-wind-down-u-s-operations-amid-security-concerns.htm",
        "",
        "  Also reported: “The U.S. government’s new restrictions, set to take effect on September 29, will include barring downloads of software updates, resales, and licensing of Kaspersky products.”",
        "  — THE UBJ (theubj.com), July 2024  https://theubj.com/business/kaspersky-labs-a-russian-cybersecurity-company-is-closing-its-us-offices/amp",
        "",
        "  Also reported: “The recent ban prevents Kaspersky from not only selling new software but also providing security updates to existing users after September 29.”",
        "  — The Cyber Express, July 15, 2024",
        "",
        "Reported by 3 sources.",
      ].join("\n"),
    );
  });

  it("prints how a follow-up was read under the answer, and the questions to ask next at the end", () => {
    const shown = renderText(
      answer({ question: "and resales?", readAs: "When do resales stop?", suggestions: ["Why was Kaspersky banned?", "Who announced the ban?"] }),
    ).split("\n");
    expect(shown.slice(0, 2)).toEqual([
      "Software updates for Kaspersky products are barred in the US from September 29, 2024.",
      "  (read as: “When do resales stop?”)",
    ]);
    expect(shown.slice(-3)).toEqual(["Ask next:", "  • Why was Kaspersky banned?", "  • Who announced the ban?"]);
  });

  it("prints no count for an answer from one source, and no date where none is known", () => {
    expect(renderText(answer({ citations: [citation({ published: null, url: null })] }))).toBe(
      "Software updates for Kaspersky products are barred in the US from September 29, 2024.\n\n" +
        "  “The recent ban prevents Kaspersky from not only selling new software but also providing security updates to existing users after September 29.”\n" +
        "  — The Cyber Express",
    );
  });

  it("prints each side's quote of a conflict, with no count of agreeing sources", () => {
    const out = renderText(conflictAnswer());
    expect(out.startsWith("The sources differ: 240,000 corporate clients (BTimes, NewsBytes) vs 270,000 corporate clients (ema.cam).\n")).toBe(true);
    expect(out).toContain("  — ema.cam, July 2024  https://ema.cam/");
    expect(out).toContain("  “The company boasts over 400 million users and 240,000 corporate clients worldwide.”");
    expect(out).not.toContain("Reported by");
  });

  it("marks the closest passages of a not_found answer as not answering it", () => {
    const out = renderText(notFoundAnswer());
    expect(out).toContain("  Related (does not answer): “The U.S. ban is a significant blow to Kaspersky.”\n  — The Cyber Express, July 15, 2024");
    expect(out.match(/Related \(does not answer\): /g)).toHaveLength(3);
    expect(out).not.toContain("Reported by");
  });
});

describe("quoted", () => {
  it.each([
    ["A sentence.", "“A sentence.”"],
    ["“A whole quotation.”", "“A whole quotation.”"],
    ['"A whole quotation."', "“A whole quotation.”"],
    ['The store said, "purchase unavailable for U.S. customers."', '“The store said, "purchase unavailable for U.S. customers."”'],
  ])("%j → %j", (quote, expected) => {
    expect(quoted(quote)).toBe(expected);
  });
});

describe("renderSourcesText, renderTimelineText", () => {
  it("lists each source with its id, publisher, date as known, title and link", () => {
    expect(
      renderSourcesText([
        sourceSummary(),
        sourceSummary({ id: "002", publisher: "THE UBJ (theubj.com)", published: "2024-07", url: "https://theubj.com/a", title: "Closing" }),
        sourceSummary({ id: "009", published: null, title: "Undated" }),
      ]),
    ).toBe(
      [
        "001  The Cyber Express, July 15, 2024",
        "     Kaspersky To 'Wind Down' U.S. Operations And Lay Off Staff",
        "002  THE UBJ (theubj.com), July 2024",
        "     Closing",
        "     https://theubj.com/a",
        "009  The Cyber Express, date unknown",
        "     Undated",
      ].join("\n"),
    );
  });

  it("dates each event, quotes its first source and names the others", () => {
    const events = [
      { iso: "2024-09-29", citations: [citation(), citation({ publisher: "THE UBJ (theubj.com)" }), citation({ publisher: "BTimes (btimesonline.com)" })] },
    ];
    expect(renderTimelineText(events)).toBe(
      "September 29, 2024\n" +
        "  “The recent ban prevents Kaspersky from not only selling new software but also providing security updates to existing users after September 29.”\n" +
        "  — The Cyber Express, July 15, 2024 (also THE UBJ (theubj.com), BTimes (btimesonline.com))",
    );
  });
});
