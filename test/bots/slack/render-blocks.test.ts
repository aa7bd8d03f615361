import { describe, expect, it } from "vitest";
import type { Answer, Citation } from "../../../src/answer/answer-schema.js";
import { ask } from "../../../src/answer/ask.js";
import { escapeSlack } from "../../../src/bots/slack/escape.js";
import { renderAnswer, renderTimeline } from "../../../src/bots/slack/render-blocks.js";
import { timeline } from "../../../src/answer/timeline.js";
import { seeds } from "../../helpers.js";
import { displayedText } from "./displayed-text.js";

const citation = (overrides: Partial<Citation> = {}): Citation => ({
  sourceId: "001", title: "A title", publisher: "The Cyber Express", author: null, url: "https://example.com/a?x=1&y=2",
  published: "2024-07-15", quote: "A quote.", start: 0, end: 8, dates: [], role: "answer", ...overrides,
});
const answer = (overrides: Partial<Answer> = {}): Answer => ({
  status: "answered", question: "q", answer: "An answer.", citations: [citation()], confidence: 0.9, ...overrides,
});
const text = (blocks: unknown) => JSON.stringify(blocks);

describe("renderAnswer", () => {
  it("shows the answer, the quote as a block quote and 'Publisher · date · link'", () => {
    const { blocks, text: fallback } = renderAnswer(answer());
    expect(blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*An answer.*" } });
    expect(blocks[1]).toEqual({ type: "section", text: { type: "mrkdwn", text: "> A quote." } });
    expect(text(blocks[2])).toContain("The Cyber Express · July 15, 2024 · <https://example.com/a?x=1&y=2|A title>");
    expect(fallback).toBe("An answer. — The Cyber Express, July 15, 2024");
  });

  it("shows a month-precise date as the month, and leaves out what is unknown", () => {
    const { blocks } = renderAnswer(answer({ citations: [citation({ published: "2024-07", url: null })] }));
    expect(text(blocks[2])).toContain('"The Cyber Express · July 2024"');
  });

  it("escapes everything that came from a user or an article", () => {
    const hostile = "<!channel> <!here> <!everyone> <@U123> <https://evil|click> & co";
    const { blocks, text: fallback } = renderAnswer(answer({ answer: hostile, question: hostile, citations: [citation({ quote: hostile, publisher: hostile, title: hostile })] }));
    for (const out of [...displayedText(blocks), fallback]) {
      expect(out).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U123>|<https:\/\/evil/);
    }
    expect(escapeSlack(hostile)).toBe("&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;https://evil|click&gt; &amp; co");
  });

  it("labels each side of a conflict with its value", () => {
    const a = ask(seeds(), "How many corporate clients does Kaspersky have?");
    const out = text(renderAnswer(a).blocks);
    expect(out).toContain("Says *240,000 corporate clients*");
    expect(out).toContain("Says *270,000 corporate clients*");
  });

  it("marks related passages as not answering when the sources don't say", () => {
    const out = text(renderAnswer(ask(seeds(), "Which antivirus should we switch to?")).blocks);
    expect(out).toContain("The sources don't say");
    expect(out).toContain("Related passages — they don't answer the question");
  });

  it("says how many sources report the same answer", () => {
    expect(text(renderAnswer(ask(seeds(), "When do updates stop?")).blocks)).toContain("Reported by 3 sources.");
  });

  it("stays within Slack's limits: 50 blocks, 3,000 characters a section", () => {
    const long = "word ".repeat(2000);
    const many = Array.from({ length: 40 }, (_, i) => citation({ sourceId: String(i), quote: long }));
    const { blocks } = renderAnswer(answer({ answer: long, citations: many }));
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks as { text?: { text: string } }[]) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    expect(renderTimeline(timeline(seeds())).blocks.length).toBeLessThanOrEqual(50);
  });

  it("offers 'Share in channel' only for answers only the asker sees", () => {
    expect(text(renderAnswer(answer(), { shareable: true }).blocks)).toContain("share_answer");
    expect(text(renderAnswer(answer()).blocks)).not.toContain("share_answer");
  });
});
