import { describe, expect, it } from "vitest";
import { questionOf } from "../../../src/bots/teams/teams-bot.js";
import { BOT, channelMention, personalMessage } from "./teams-activities.js";

const URL = "https://smba.trafficmanager.net/emea/";

describe("questionOf: what the user asked, as Teams sends it", () => {
  it.each([
    ["a personal message", personalMessage(URL, "When do updates stop?"), "When do updates stop?"],
    ["a channel @mention", channelMention(URL, "when do updates stop?"), "when do updates stop?"],
    ["the bot mentioned twice", channelMention(URL, `when do updates stop, <at>${BOT.name}</at>?`), "when do updates stop, ?"],
    [
      "another person mentioned too",
      channelMention(URL, "did <at>Ana Silva</at> ask when updates stop?", {
        entities: [
          { mentioned: BOT, text: `<at>${BOT.name}</at>`, type: "mention" },
          { mentioned: { id: "29:ana", name: "Ana Silva" }, text: "<at>Ana Silva</at>", type: "mention" },
        ],
      }),
      "did Ana Silva ask when updates stop?",
    ],
    ["HTML entities", personalMessage(URL, "when&nbsp;do updates stop? AT&amp;T &lt;3"), "when do updates stop? AT&T <3"],
    ["no text (attachments only)", personalMessage(URL, "", { text: undefined }), ""],
    [
      "a malformed mention entity",
      personalMessage(URL, "<at>Kaspersky Answers</at> when?", { entities: [{ type: "mention", text: "<at>Kaspersky Answers</at>" }] }),
      "Kaspersky Answers when?",
    ],
  ])("%s", (_, activity, expected) => {
    expect(questionOf(activity as Parameters<typeof questionOf>[0])).toBe(expected);
  });
});
