import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { dottedNames, rareWrittenNames, writtenPhraseNames } from "../../src/answer/written-names.js";
import { seeds } from "../helpers.js";

describe("rareWrittenNames: words written as names that English rarely uses", () => {
  it.each([
    ["is Bitdefender a good replacement?", "bitdefender"],
    ["does Webroot keep working after the ban?", "webroot"],
    ["should we move to Sophos instead", "sophos"],
    ["is Sophos antivirus caught by the same rule?", "sophos"],
  ])("reads a rare capitalised word inside a sentence as a name: %s", (text, name) => {
    expect(rareWrittenNames(text, (word) => word === "kaspersky")).toContain(name);
  });

  it.each([
    ["a sentence's first word", "Sorry to bug you. Kindly tell me when updates stop."],
    ["a word English often uses, in any form", "Do updates stop on our Macs too?"],
    ["the asker's own things, after a possessive", "When do updates stop for our Chromebooks?"],
    ["a part of a name, after a capitalised word", "What happens to Kaspersky Sandbox after the cutoff?"],
    ["a word that modifies the common noun after it", "Do updates stop on Ubuntu servers?"],
    ["a tool before a noun as general as 'software'", "can Intune software updates remove kaspersky?"],
    ["a word that modifies an abbreviation's plural", "Do updates stop on Azure VMs?"],
    ["the asker's setting, after a preposition", "can we keep running Kaspersky alongside Intune?"],
    ["a common noun written with a capital, after a determiner", "the Helpdesk is asking when updates stop"],
    ["the first part of a compound modifier", "Are updates ending for Webroot-managed machines?"],
    ["a name in a clause that is the question's context", "When do updates stop, so we can plan our move to Webroot?"],
  ])("does not read as a name %s", (_why, text) => {
    expect([...rareWrittenNames(text, (word) => word === "kaspersky")]).toEqual([]);
  });
});

describe("writtenPhraseNames: runs of capitalised words the articles never print", () => {
  const printed = (phrase: string) => ["final determination", "commerce department"].includes(phrase);
  const named = (word: string) => ["Kaspersky", "Biden"].includes(word);

  it.each([
    ["was Kaspersky added to the Commerce Department's Entity List?", "entity list"],
    ["is Windows Defender good enough after the ban?", "windows defender"],
  ])("reads a run of common words written as a name as one: %s", (text, name) => {
    expect([...writtenPhraseNames(text, printed, named)]).toEqual([name]);
  });

  it.each([
    ["a run the articles print", "what does the Final Determination say?"],
    ["a run with a word that names by itself", "did President Biden sign it?"],
    ["a run the story's name opens", "does Kaspersky Security Center keep working?"],
    ["the asker's own, after a possessive", "can I tell Our Security Team when updates stop?"],
    ["a sentence's first word and one more", "Security Team here. When do updates stop?"],
  ])("does not read as a name %s", (_why, text) => {
    expect([...writtenPhraseNames(text, printed, named)]).toEqual([]);
  });
});

describe("a name written with a full stop inside it", () => {
  it("is a product's or a site's the articles never print ('Dr.Web', 'reddit.com'), not an abbreviation or a publisher's address", () => {
    const printed = (name: string) => name === "ema.cam";
    expect(dottedNames("is Dr.Web covered, or Avira?", printed)).toEqual(new Set(["dr.web"]));
    expect(dottedNames("is reddit.com right about it?", printed)).toEqual(new Set(["reddit.com"]));
    expect(dottedNames("ema.cam says how many clients? is the U.S. ban final, e.g. for labs?", printed)).toEqual(new Set());
    // Two sentences typed without a space, and where the asker read something.
    expect(dottedNames("is it banned.Can I keep it? thanks.when do updates stop? I read on theverge.com that it is", printed)).toEqual(new Set());
  });

  it("is a name the sources never mention, so the question is not answered", () => {
    expect(ask(seeds(), "is Dr.Web affected by the ban as well?").status).toBe("not_found");
  });
});
