import { describe, expect, it } from "vitest";
import { datesAgree, extractDates, formatDate } from "../../src/index/dates.js";

const resolve = (text: string, published: string | null) => extractDates(text, published).map(({ text, iso }) => [text, iso]);

describe("extractDates", () => {
  it.each([
    ["a month and day in a July article", "restrictions take effect on September 29, prohibiting", "2024-07", [["September 29", "2024-09-29"]]],
    ["a full date", "Starting from July 20, 2024 Kaspersky will", "2024-07-15", [["July 20, 2024", "2024-07-20"]]],
    ["'last month' at month precision", "after last month’s ban", "2024-07-15", [["last month", "2024-06"]]],
    ["a bare month", "declaration in June, which", "2024-07-16", [["June", "2024-06"]]],
    ["a year", "In 2017, the U.S. government banned", "2024-07-16", [["2017", "2017"]]],
    ["a weekday when the article's day is known", "In a statement released Monday, Kaspersky", "2024-07-16", [["Monday", "2024-07-15"]]],
    [
      "an offset from a date",
      "blocked 30 days after the initial announcement on June 20.",
      "2024-07-16",
      [
        ["30 days after the initial announcement on June 20", "2024-07-20"],
        ["June 20", "2024-06-20"],
      ],
    ],
  ])("resolves %s", (_, text, published, expected) => {
    expect(resolve(text, published)).toEqual(expected);
  });

  it("leaves a weekday unresolved when only the article's month is known", () => {
    expect(resolve("made an announcement on Monday that", "2024-07")).toEqual([]);
  });

  it("does not read durations, clock times or the modal 'may' as dates", () => {
    expect(resolve("It can take more than a year. Users may face issues at 4:15.", "2024-07-15")).toEqual([]);
  });

  it("gives offsets that point at the words", () => {
    const text = "It ends on September 29.";
    for (const d of extractDates(text, "2024-07-15")) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe("formatDate", () => {
  it.each([
    ["2024-07-15", "July 15, 2024"],
    ["2024-07", "July 2024"],
    ["2017", "2017"],
  ])("shows %s as %s, never more precisely than known", (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});

describe("datesAgree", () => {
  it("treats a month as agreeing with a day inside it, and different days as disagreeing", () => {
    expect(datesAgree("2024-06", "2024-06-20")).toBe(true);
    expect(datesAgree("2024-06-20", "2024-07-20")).toBe(false);
  });
});
