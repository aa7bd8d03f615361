import { describe, expect, it } from "vitest";
import { asciiJson } from "../../../src/bots/slack/ascii-json.js";

describe("asciiJson", () => {
  it.each([
    ["quotes, dashes and a middle dot", { text: "“Sept 29” — Reuters · 2024" }],
    ["emoji, which JSON escapes as surrogate pairs", { text: "👍 👎" }],
    ["what JSON escapes itself", { text: 'a "quote", a \\ and a\nline' }],
  ])("writes %s as plain ASCII that parses back to the same value", (_, value) => {
    const json = asciiJson(value);
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
