import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answer/answer-schema.js";
import { ask } from "../../../src/answer/ask.js";
import { sources, timeline } from "../../../src/answer/timeline.js";
import { escapeTeams, renderAnswer, renderSources, renderTimeline, renderWelcome } from "../../../src/bots/teams/render-card.js";
import { seeds } from "../../helpers.js";

const markersIn = (text: string) => [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
const positionsOf = (message: ReturnType<typeof renderAnswer>) => message.entities?.[0].citation.map((c) => c.position) ?? [];
const cardJson = (message: ReturnType<typeof renderAnswer>) => JSON.stringify(message.attachments[0].content);

describe("renderAnswer", () => {
  it.each([
    ["When do updates stop?", "answered"],
    ["How many corporate clients does Kaspersky have?", "conflict"],
    ["What is the favourite colour of Kaspersky's CEO's car?", "not_found"],
  ])("%j (%s): every [n] marker has its claim and every claim its marker", (question, status) => {
    const answer = ask(seeds(), question);
    expect(answer.status).toBe(status);
    const message = renderAnswer(answer);
    expect(new Set(markersIn(message.text))).toEqual(new Set(positionsOf(message)));
    expect(positionsOf(message)).toEqual(answer.citations.map((_, i) => i + 1));
    expect(message.attachments[0].content.version).toBe("1.5");
  });

  it("an answer: the direct answer first, each quote verbatim with \"Publisher · date\" and an Open source action", () => {
    const answer = ask(seeds(), "When do updates stop?");
    const message = renderAnswer(answer);
    expect(message.text).toBe("**September 29, 2024.** [1]\n\nAlso reported by THE UBJ (theubj.com) [2], The Cyber Express [3].");
    const card = message.attachments[0].content;
    expect(card.body[0]).toMatchObject({ type: "TextBlock", text: "September 29, 2024." });
    for (const citation of answer.citations) expect(cardJson(message)).toContain(JSON.stringify(`“${citation.quote}”`).slice(1, -1));
    expect(cardJson(message)).toContain("[1] BTimes (btimesonline.com) · July 16, 2024");
    expect(cardJson(message)).toContain("[2] THE UBJ (theubj.com) · July 2024");
    expect(cardJson(message)).toContain("[3] The Cyber Express · July 15, 2024");
    // The Cyber Express has no known URL: two Open source actions for three quotes.
    expect(cardJson(message).match(/"title":"Open source"/g)).toHaveLength(2);
    expect(cardJson(message)).toContain("Reported by 3 sources.");
  });

  it("a conflict: each side named and cited", () => {
    const message = renderAnswer(ask(seeds(), "How many corporate clients does Kaspersky have?"));
    expect(message.text).toContain("- 240,000 corporate clients: BTimes (btimesonline.com) [1]");
    expect(message.text).toContain("- 270,000 corporate clients: ema.cam [2]");
    expect(cardJson(message)).toContain("Says 240,000 corporate clients:");
    expect(cardJson(message)).toContain("Says 270,000 corporate clients:");
  });

  it("not found: says so, and shows the closest passages as related, never as the answer", () => {
    const message = renderAnswer(ask(seeds(), "What is the favourite colour of Kaspersky's CEO's car?"));
    expect(message.text).toMatch(/^\*\*The sources don't say\./);
    expect(message.text).toContain("Closest passages, which don't answer it: [1][2][3]");
    expect(cardJson(message)).toContain("Related passages — they don't answer the question:");
  });

  it.each([
    ["help", /^I answer questions about the 2024 US ban/],
    ["a poem about cats", /^That's outside what I can answer/],
  ])("%j: what the bot does, example questions as buttons, no citations", (question, expected) => {
    const message = renderAnswer(ask(seeds(), question));
    expect(message.text).toMatch(expected);
    expect(message.entities).toBeUndefined();
    expect(message.attachments[0].content.actions).toContainEqual({ type: "Action.Submit", title: "When do Kaspersky updates stop?", data: { msteams: { type: "messageBack", displayText: "When do Kaspersky updates stop?", text: "When do Kaspersky updates stop?" } } });
  });

  it("escapes what Teams would read as markup in the text", () => {
    const answer: Answer = { ...ask(seeds(), "When do updates stop?"), answer: "<at>Everyone</at> & <b>you</b>" };
    expect(renderAnswer(answer).text).toMatch(/^\*\*&lt;at&gt;Everyone&lt;\/at&gt; &amp; &lt;b&gt;you&lt;\/b&gt;\*\*/);
    expect(escapeTeams("a < b > c & d")).toBe("a &lt; b &gt; c &amp; d");
  });

  it("asks Teams for its feedback buttons on answers, not on help", () => {
    expect(renderAnswer(ask(seeds(), "When do updates stop?")).channelData).toEqual({ feedbackLoop: { type: "default" } });
    expect(renderAnswer(ask(seeds(), "help")).channelData).toBeUndefined();
  });
});

describe("sources, timeline, welcome", () => {
  it("lists each source with its publisher and date as known", () => {
    const message = renderSources(sources(seeds()));
    expect(message.text).toBe(`The ${seeds().sources.size} sources I answer from`);
    expect(JSON.stringify(message.attachments[0].content)).toContain("The Cyber Express · July 15, 2024");
    expect(JSON.stringify(message.attachments[0].content)).toContain("THE UBJ (theubj.com) · July 2024");
  });

  it("dates the timeline's events and quotes their sources, within Teams' message size", () => {
    const message = renderTimeline(timeline(seeds()));
    const json = JSON.stringify(message);
    expect(json).toContain("September 29, 2024");
    expect(Buffer.byteLength(json)).toBeLessThan(28 * 1024);
  });

  it("welcomes with example questions", () => {
    const message = renderWelcome(5);
    expect(message.text).toMatch(/quoting 5 news articles/);
    expect(message.attachments[0].content.actions).toHaveLength(4);
  });
});
