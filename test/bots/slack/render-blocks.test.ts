import { describe, expect, it } from "vitest";
import { escapeSlack } from "../../../src/bots/slack/escape.js";
import { renderAnswer, renderSources, renderTimeline } from "../../../src/bots/slack/render-blocks.js";
import { sources, timeline } from "../../../src/answer/timeline.js";
import { answer, answeredByThreeSources, cannedAnswer, citation, conflictAnswer, notFoundAnswer } from "../../fixtures/answers.js";
import { seeds } from "../../helpers.js";
import { displayedText } from "./displayed-text.js";

const text = (blocks: unknown) => JSON.stringify(blocks);
const section = (mrkdwn: string) => ({ type: "section", text: { type: "mrkdwn", text: mrkdwn } });
const context = (mrkdwn: string) => ({ type: "context", elements: [{ type: "mrkdwn", text: mrkdwn }] });

describe("renderAnswer", () => {
  it("shows the answer, the quote as a block quote and 'Publisher · date · link'", () => {
    const { blocks, text: fallback } = renderAnswer(answer());
    expect(blocks[0]).toEqual(section("*Software updates for Kaspersky products are barred in the US from September 29, 2024.*"));
    expect(blocks[1]).toEqual(
      section(
        "> The recent ban prevents Kaspersky from not only selling new software but also providing security updates to existing users after September 29.",
      ),
    );
    expect(blocks[2]).toEqual(
      context(
        "The Cyber Express · July 15, 2024 · <https://thecyberexpress.com/kaspersky-to-wind-down-us-operations/?utm_source=feed&utm_medium=rss|Kaspersky To 'Wind Down' U.S. Operations And Lay Off Staff>",
      ),
    );
    expect(fallback).toBe("Software updates for Kaspersky products are barred in the US from September 29, 2024. — The Cyber Express, July 15, 2024");
  });

  it("shows a month-precise date as the month, and leaves out what is unknown", () => {
    const { blocks } = renderAnswer(answer({ citations: [citation({ published: "2024-07", url: null })] }));
    expect(blocks[2]).toEqual(context("The Cyber Express · July 2024"));
    expect(text(renderAnswer(answer({ citations: [citation({ published: null, url: null })] })).blocks[2])).toContain('"The Cyber Express"');
  });

  it("escapes everything that came from a user or an article", () => {
    const hostile = "<!channel> <!here> <!everyone> <@U123> <https://evil|click> & co";
    const { blocks, text: fallback } = renderAnswer(
      answer({ answer: hostile, question: hostile, citations: [citation({ quote: hostile, publisher: hostile, title: hostile })] }),
    );
    for (const out of [...displayedText(blocks), fallback]) {
      expect(out).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U123>|<https:\/\/evil/);
    }
    expect(escapeSlack(hostile)).toBe("&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;@U123&gt; &lt;https://evil|click&gt; &amp; co");
  });

  it("labels each side of a conflict with its value, above that side's quote", () => {
    const conflict = conflictAnswer();
    const { blocks } = renderAnswer(conflict);
    expect(blocks).toContainEqual(
      section("Says *240,000 corporate clients*:\n> The company boasts over 400 million users and 240,000 corporate clients worldwide."),
    );
    expect(blocks).toContainEqual(
      section(
        "Says *270,000 corporate clients*:\n> The Moscow-headquartered multinational company has offices in 31 countries around the world, servicing more than 400 million users and 270,000 corporate clients in over 200 countries.",
      ),
    );
    expect(blocks).toContainEqual(
      context(
        "ema.cam · July 2024 · <https://ema.cam/posts/kaspersky-exits-us-market-amid-security-concerns-and-allegations-of-russian-influence|Kaspersky Withdraws from US Market amid Security Concerns>",
      ),
    );
    // Both sources of the 240,000 side are labelled with it.
    expect(text(blocks).match(/Says \*240,000 corporate clients\*/g)).toHaveLength(2);
    expect(text(blocks)).not.toContain("Reported by");
  });

  it("marks related passages as not answering when the sources don't say, and names no source as the answer's", () => {
    const { blocks, text: fallback } = renderAnswer(notFoundAnswer());
    expect(blocks[0]).toEqual(section("*The sources don't say. The closest passages are below, but they don't answer the question.*"));
    expect(blocks[1]).toEqual(context("Related passages — they don't answer the question:"));
    expect(blocks[2]).toEqual(section("> The U.S. ban is a significant blow to Kaspersky."));
    expect(fallback).toBe("The sources don't say. The closest passages are below, but they don't answer the question.");
    expect(text(blocks)).not.toMatch(/Says \*|Also reported|Reported by/);
  });

  it("says how many sources report the same answer, and labels the others 'Also reported'", () => {
    const { blocks } = renderAnswer(answeredByThreeSources());
    expect(blocks).toContainEqual(context("Reported by 3 sources."));
    expect(blocks[3]).toEqual(
      section(
        "Also reported:\n> The U.S. government’s new restrictions, set to take effect on September 29, will include barring downloads of software updates, resales, and licensing of Kaspersky products.",
      ),
    );
    expect(blocks[4]).toEqual(
      context(
        "THE UBJ (theubj.com) · July 2024 · <https://theubj.com/business/kaspersky-labs-a-russian-cybersecurity-company-is-closing-its-us-offices/amp|Kaspersky Labs, a Russian cybersecurity company, is closing its US offices.>",
      ),
    );
    expect(blocks[6]).toEqual(context("The Cyber Express · July 15, 2024"));
    expect(text(renderAnswer(answer()).blocks)).not.toContain("Reported by");
  });

  it("gives help and out-of-scope replies no buttons", () => {
    for (const canned of [cannedAnswer("help"), cannedAnswer("out_of_scope")]) {
      const { blocks } = renderAnswer(canned);
      expect(blocks).toEqual([section(`*${canned.answer}*`)]);
    }
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

  it("starts an answer posted for someone with who asked what, the name and question as plain text that pings no one", () => {
    const { blocks, text: fallback } = renderAnswer(answer({ question: "<!channel> when do updates stop?" }), { askedBy: { name: "pat <@U1>" } });
    expect(blocks[0]).toEqual(section("pat &lt;@U1&gt; asked: “&lt;!channel&gt; when do updates stop?”"));
    expect(blocks[1]).toEqual(section("*Software updates for Kaspersky products are barred in the US from September 29, 2024.*"));
    expect(fallback.startsWith("pat &lt;@U1&gt; asked: &lt;!channel&gt; when do updates stop?\n")).toBe(true);
  });

  it("says how a follow-up was read, under the answer", () => {
    const { blocks } = renderAnswer(answer({ question: "and resales?", readAs: "When do resales stop?" }));
    expect(blocks[1]).toEqual(context("Read as: “When do resales stop?”"));
    expect(text(renderAnswer(answer()).blocks)).not.toContain("Read as");
  });

  it("offers the suggested questions as buttons that ask them, labels cut to Slack's 75 characters", () => {
    const long = `Which ${"very ".repeat(20)}long question?`;
    const { blocks } = renderAnswer(answer({ suggestions: ["Why was Kaspersky banned?", long] }));
    expect(blocks.at(-2)).toEqual(context("Ask next:"));
    const buttons = (blocks.at(-1) as { elements: { action_id: string; value: string; text: { text: string } }[] }).elements;
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ["ask_next:0", "Why was Kaspersky banned?"],
      ["ask_next:1", long],
    ]);
    expect(buttons[1].text.text).toHaveLength(75);
    expect(text(renderAnswer(answer()).blocks)).not.toContain("ask_next");
  });

  it("keeps the buttons when the quotes fill the message", () => {
    const many = Array.from({ length: 40 }, (_, i) => citation({ sourceId: String(i) }));
    const { blocks } = renderAnswer(answer({ citations: many, suggestions: ["Why was Kaspersky banned?"] }));
    expect(blocks.length).toBe(50);
    expect(text(blocks.at(-1))).toContain("ask_next:0");
    expect(text(blocks)).toContain("feedback_up");
  });
});

describe("renderSources, renderTimeline", () => {
  it("lists every source of the index", () => {
    const { text: heading, blocks } = renderSources(sources(seeds()));
    expect(heading).toBe(`The ${seeds().sources.size} sources I answer from`);
    expect(blocks).toHaveLength(1 + seeds().sources.size);
  });

  it("dates each event as precisely as known, with its first source's quote", () => {
    const { blocks } = renderTimeline([
      {
        iso: "2024-06",
        citations: [
          citation({
            publisher: "ema.cam",
            published: "2024-07",
            url: null,
            quote: "The move comes after Commerce Secretary Gina Raimondo expressed concerns in June.",
          }),
        ],
      },
      { iso: "2024-09-29", citations: [citation({ url: null })] },
    ]);
    expect(blocks.slice(1)).toEqual([
      section("*June 2024*\n> The move comes after Commerce Secretary Gina Raimondo expressed concerns in June."),
      context("ema.cam · July 2024"),
      section(
        "*September 29, 2024*\n> The recent ban prevents Kaspersky from not only selling new software but also providing security updates to existing users after September 29.",
      ),
      context("The Cyber Express · July 15, 2024"),
    ]);
  });
});
