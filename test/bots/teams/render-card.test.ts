import { describe, expect, it } from "vitest";
import type { Answer } from "../../../src/answer/answer-schema.js";
import { EXAMPLE_QUESTIONS } from "../../../src/answer/canned-answers.js";
import { sources, timeline } from "../../../src/answer/timeline.js";
import { escapeTeams, renderAnswer, renderSources, renderTimeline, renderWelcome } from "../../../src/bots/teams/render-card.js";
import { answer, answeredByThreeSources, cannedAnswer, citation, conflictAnswer, notFoundAnswer, sourceSummary } from "../../fixtures/answers.js";
import { seeds } from "../../helpers.js";

const markersIn = (text: string) => [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
const positionsOf = (message: ReturnType<typeof renderAnswer>) => message.entities?.[0].citation.map((c) => c.position) ?? [];
const cardJson = (message: { attachments: { content: unknown }[] }) => JSON.stringify(message.attachments[0].content);
/** The card's quote containers, each as the texts it shows, in order. */
const quoteBlocks = (message: ReturnType<typeof renderAnswer>) =>
  (message.attachments[0].content.body as { type: string; items?: { type: string; text?: string }[] }[])
    .filter((e) => e.type === "Container")
    .map((e) => e.items!.filter((i) => i.type === "TextBlock").map((i) => i.text));
const exampleButtons = EXAMPLE_QUESTIONS.map((q) => ({ type: "Action.Submit", title: q, data: { msteams: { type: "messageBack", displayText: q, text: q } } }));

describe("renderAnswer", () => {
  it.each([
    ["answered", answeredByThreeSources()],
    ["conflict", conflictAnswer()],
    ["not_found", notFoundAnswer()],
  ] as [string, Answer][])("%s: every [n] marker has its claim and every claim its marker", (_, answer) => {
    const message = renderAnswer(answer);
    expect(new Set(markersIn(message.text))).toEqual(new Set(positionsOf(message)));
    expect(positionsOf(message)).toEqual(answer.citations.map((_, i) => i + 1));
    expect(message.attachments[0].content.version).toBe("1.5");
  });

  it('an answer: the direct answer first, each quote verbatim with "Publisher · date" and an Open source action', () => {
    const answer = answeredByThreeSources();
    const message = renderAnswer(answer);
    expect(message.text).toBe(
      "**Software updates for Kaspersky products are barred in the US from September 29, 2024.** [1]\n\nAlso reported by THE UBJ (theubj.com) [2], The Cyber Express [3].",
    );
    const card = message.attachments[0].content;
    expect(card.body[0]).toMatchObject({ type: "TextBlock", text: "Software updates for Kaspersky products are barred in the US from September 29, 2024." });
    expect(quoteBlocks(message)).toEqual([
      [`“${answer.citations[0].quote}”`, "[1] BTimes (btimesonline.com) · July 16, 2024"],
      ["Also reported:", `“${answer.citations[1].quote}”`, "[2] THE UBJ (theubj.com) · July 2024"],
      ["Also reported:", `“${answer.citations[2].quote}”`, "[3] The Cyber Express · July 15, 2024"],
    ]);
    // The Cyber Express has no known URL: two Open source actions for three quotes.
    expect(cardJson(message).match(/"title":"Open source"/g)).toHaveLength(2);
    expect(cardJson(message)).toContain('"url":"https://www.btimesonline.com/articles/167599/');
    expect(cardJson(message)).toContain("Reported by 3 sources.");
  });

  it("an answer from one source: no 'Also reported', no count of sources", () => {
    const message = renderAnswer(answer());
    expect(message.text).toBe("**Software updates for Kaspersky products are barred in the US from September 29, 2024.** [1]");
    expect(cardJson(message)).not.toMatch(/Also reported|Reported by/);
  });

  it("a conflict: each side named with its sources, each quote labelled with its side", () => {
    const message = renderAnswer(conflictAnswer());
    expect(message.text).toBe(
      "**The sources differ: 240,000 corporate clients (BTimes, NewsBytes) vs 270,000 corporate clients (ema.cam).**\n\n" +
        "- 240,000 corporate clients: BTimes (btimesonline.com) [1], NewsBytes (newsbytesapp.com) [3]\n\n" +
        "- 270,000 corporate clients: ema.cam [2]",
    );
    expect(quoteBlocks(message).map(([label]) => label)).toEqual([
      "Says 240,000 corporate clients:",
      "Says 270,000 corporate clients:",
      "Says 240,000 corporate clients:",
    ]);
    expect(cardJson(message)).not.toContain("Reported by");
  });

  it("not found: says so, and shows the closest passages as related, never as the answer", () => {
    const message = renderAnswer(notFoundAnswer());
    expect(message.text).toBe(
      "**The sources don't say. The closest passages are below, but they don't answer the question.**\n\nClosest passages, which don't answer it: [1][2][3]",
    );
    expect(cardJson(message)).toContain("Related passages — they don't answer the question:");
    expect(quoteBlocks(message)[0]).toEqual(["“The U.S. ban is a significant blow to Kaspersky.”", "[1] The Cyber Express · July 15, 2024"]);
    expect(cardJson(message)).not.toMatch(/Says |Also reported|Reported by/);
  });

  it.each([
    ["help", cannedAnswer("help")],
    ["out_of_scope", cannedAnswer("out_of_scope")],
  ] as [string, Answer][])("%s: what the bot does, example questions as buttons, no citations", (_, canned) => {
    const message = renderAnswer(canned);
    expect(message.text).toBe(canned.answer);
    expect(message.entities).toBeUndefined();
    expect(message.attachments[0].content.actions).toEqual(exampleButtons);
  });

  it("escapes what Teams would read as markup in the text", () => {
    const message = renderAnswer(answer({ answer: "<at>Everyone</at> & <b>you</b>" }));
    expect(message.text).toBe("**&lt;at&gt;Everyone&lt;/at&gt; &amp; &lt;b&gt;you&lt;/b&gt;** [1]");
    expect(escapeTeams("a < b > c & d")).toBe("a &lt; b &gt; c &amp; d");
  });

  it("says how a follow-up was read, under the answer", () => {
    const body = renderAnswer(answer({ question: "and resales?", readAs: "When do resales stop?" })).attachments[0].content.body;
    expect(body[1]).toMatchObject({ type: "TextBlock", text: "Read as: “When do resales stop?”", isSubtle: true });
  });

  it("offers the suggested questions as card buttons that ask them in the conversation (messageBack)", () => {
    const card = renderAnswer(answer({ suggestions: ["Why was Kaspersky banned?", "Who announced the ban?"] })).attachments[0].content;
    expect(card.actions).toEqual(
      ["Why was Kaspersky banned?", "Who announced the ban?"].map((q) => ({
        type: "Action.Submit",
        title: q,
        data: { msteams: { type: "messageBack", displayText: q, text: q } },
      })),
    );
    expect(renderAnswer(answer()).attachments[0].content.actions).toBeUndefined();
  });

  it("asks Teams for its feedback buttons on answers, not on help", () => {
    for (const cited of [answeredByThreeSources(), conflictAnswer(), notFoundAnswer()])
      expect(renderAnswer(cited).channelData).toEqual({ feedbackLoop: { type: "default" } });
    expect(renderAnswer(cannedAnswer("help")).channelData).toBeUndefined();
  });
});

describe("sources, timeline, welcome", () => {
  it("lists each source with its publisher and date as known, and a link where there is one", () => {
    const message = renderSources([
      sourceSummary(),
      sourceSummary({
        id: "002",
        publisher: "THE UBJ (theubj.com)",
        published: "2024-07",
        url: "https://theubj.com/business/kaspersky-labs-a-russian-cybersecurity-company-is-closing-its-us-offices/amp",
      }),
      sourceSummary({ id: "009", publisher: "An undated blog", published: null }),
    ]);
    expect(message.text).toBe("The 3 sources I answer from");
    const json = cardJson(message);
    expect(json).toContain('"text":"The Cyber Express · July 15, 2024"');
    expect(json).toContain('"text":"THE UBJ (theubj.com) · July 2024"');
    expect(json).toContain('"text":"An undated blog"');
    expect(json.match(/"title":"Open source"/g)).toHaveLength(1);
  });

  it("lists every source of the index", () => {
    const message = renderSources(sources(seeds()));
    expect(message.text).toBe(`The ${seeds().sources.size} sources I answer from`);
    expect(message.attachments[0].content.body.filter((e) => e.type === "Container")).toHaveLength(seeds().sources.size);
  });

  it("dates each event as precisely as known, quoting its first source", () => {
    const json = cardJson(
      renderTimeline([
        {
          iso: "2024-06",
          citations: [
            citation({
              publisher: "ema.cam",
              published: "2024-07",
              quote: "The move comes after Commerce Secretary Gina Raimondo expressed concerns in June.",
            }),
          ],
        },
        { iso: "2024-09-29", citations: [citation()] },
      ]),
    );
    expect(json).toContain(
      '{"type":"TextBlock","text":"June 2024","wrap":true,"weight":"Bolder"},{"type":"TextBlock","text":"“The move comes after Commerce Secretary Gina Raimondo expressed concerns in June.”","wrap":true}',
    );
    expect(json).toContain('"text":"September 29, 2024"');
    expect(json).toContain('"text":"ema.cam · July 2024"');
  });

  it("fits the index's timeline within Teams' message size, at most 20 events", () => {
    const events = timeline(seeds());
    const message = renderTimeline(events);
    expect(message.attachments[0].content.body.filter((e) => e.type === "Container")).toHaveLength(Math.min(events.length, 20));
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThan(28 * 1024);
  });

  it("welcomes with example questions", () => {
    const message = renderWelcome(5);
    expect(message.text).toMatch(/quoting 5 news articles/);
    expect(message.attachments[0].content.actions).toEqual(exampleButtons);
  });
});
