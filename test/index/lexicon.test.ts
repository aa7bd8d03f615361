import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LEXICON_FILE, LexiconError, parseLexicon, readLexicon } from "../../src/index/lexicon.js";
import { copyOfSeeds } from "../helpers.js";
import { expandShorthand, processTerm, termsOf } from "../../src/index/tokenize.js";
import { rowSimilarity, vectorRow } from "../../src/index/word-vectors.js";
import { stemmer } from "stemmer";

describe("the lexicon (seeds/lexicon.json)", () => {
  it("folds the words of a synonym group to one index term", () => {
    expect(processTerm("patches")).toBe(processTerm("updates"));
    // Data stolen is the spying the articles fear.
    expect(processTerm("stolen")).toBe(processTerm("spying"));
    // Security fixes are updates; the verb "fix" is not.
    expect(processTerm("fixes")).toBe(processTerm("updates"));
    expect(processTerm("fix")).not.toBe(processTerm("updates"));
    expect(processTerm("ofac")).toBe(processTerm("treasury"));
    // An admin's servers and workstations are the articles' endpoints, not "serve" or "work".
    expect(processTerm("servers")).toBe(processTerm("endpoints"));
    // "How is Kaspersky describing its business?" asks for its words.
    expect(processTerm("describing")).toBe(processTerm("said"));
    // Kept apart on purpose: the articles count users and clients differently.
    expect(processTerm("users")).not.toBe(processTerm("clients"));
  });

  it.each([
    ["quite", "leaving"],
    ["closely", "leaving"],
    ["definitely", "updates"],
    ["terminals", "layoffs"],
    ["positive", "workforce"],
    ["responsible", "said"],
    ["states", "said"],
    ["execute", "executives"],
  ])("does not fold '%s' into the group of '%s', though Porter's stems collide", (word, group) => {
    expect(processTerm(word)).not.toBe(processTerm(group));
  });

  it("reads 'the States' as the US", () => {
    expect(expandShorthand("once it's out of the States")).toBe("once it's out of the us");
  });

  it("folds 'everywhere' to worldwide ('shutting down everywhere or just the us?')", () => {
    expect(processTerm("everywhere")).toBe(processTerm("worldwide"));
  });

  it("folds 'international' to worldwide as written, not 'internal', which shares its stem ('an internal update mirror')", () => {
    expect(processTerm("international")).toBe(processTerm("worldwide"));
    for (const word of ["internal", "internally"]) expect(processTerm(word)).not.toBe(processTerm("worldwide"));
  });

  it("folds 'management' to the executives as written, not the verb that shares its stem ('we manage 40 endpoints')", () => {
    expect(processTerm("management")).toBe(processTerm("executives"));
    for (const verb of ["manage", "managed", "managing"]) expect(processTerm(verb)).not.toBe(processTerm("executives"));
  });

  it("reads chat's 'r' as 'are' before whom it asks about, not as a letter of 'R&D'", () => {
    expect(expandShorthand("r we in trouble for keeping it")).toBe("are we in trouble for keeping it");
    expect(expandShorthand("R&D staff")).toBe("R&D staff");
  });

  it("reads losing one's job as being laid off, the articles' words", () => {
    expect(expandShorthand("how many people will lose their jobs")).toBe("how many people will get laid off");
    expect(expandShorthand("who lost their jobs?")).toBe("who got laid off?");
  });

  it("reads a phrase as the phrase, not its words, and drops chat filler", () => {
    // "End" is in the group of words for stopping; "end up banning" is not about stopping.
    expect(expandShorthand("could other countries End  up banning it too lol")).toBe("could other countries eventually banning it too ");
    expect(termsOf(expandShorthand("lol"))).toEqual([]);
  });

  it("reads shorthand written in signs, not letters ('$$' is money), as a whole word only", () => {
    expect(expandShorthand("how much of their $$ came from the us")).toBe("how much of their money came from the us");
    expect(expandShorthand("a $$$ deal")).toBe("a $$$ deal");
  });

  it("reads '%' and '$' typed alone as the words ('what % of users', 'how much $'), not a figure's sign", () => {
    expect(expandShorthand("wat % of us users had it, $ wise?")).toBe("what percent of us users had it, money wise?");
    expect(expandShorthand("how much revenue, % wise")).toBe("how much revenue, percent");
    expect(expandShorthand("only 10% of $50 deals, a $$$ deal")).toBe("only 10% of $50 deals, a $$$ deal");
  });

  it("reads 'dates to keep in mind' as dates to know, but leaves an aside ('keep in mind we're a contractor') as it is", () => {
    expect(expandShorthand("key dates we need to keep in mind")).toBe("key dates we need to know");
    expect(expandShorthand("keep in mind we're a contractor")).toBe("keep in mind we're a contractor");
  });

  it("lists each shorthand once: JSON keeps only the last of a repeated key, so a second entry would silently replace the first", () => {
    const raw = readFileSync(LEXICON_FILE, "utf8");
    const block = raw.slice(raw.indexOf('"shorthand"'), raw.indexOf('"synonyms"'));
    const keys = [...block.matchAll(/^\s*"([^"]+)":\s*"/gm)].map((m) => m[1]).filter((k) => k !== "note");
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("reads watching and keeping an eye on as monitoring, the word the articles' advice uses", () => {
    expect(termsOf(expandShorthand("keep watching"))).toEqual(termsOf("keep monitoring"));
    expect(termsOf(expandShorthand("keep an eye on it"))).toEqual(termsOf("monitor it"));
  });

  it("reads swapping as switching, the word the articles' advice uses, however the words fall ('swap it out', 'swapped')", () => {
    expect(termsOf(expandShorthand("swap it out"))).toEqual(termsOf("switch it"));
    expect(termsOf("swapped")).toEqual(termsOf("switching"));
  });

  it("reads shorthand with a slash in it ('w/o') as a whole word", () => {
    expect(expandShorthand("updates w/o a licence")).toBe("updates without a licence");
  });

  it("spells out acronyms and chat shorthand the way the articles write them", () => {
    expect(termsOf("what should IT do")).toEqual(termsOf("what should information technology do"));
    expect(expandShorthand("whats the govt cutoff")).toBe("what is the government cutoff");
    expect(expandShorthand("wut do the reports say")).toBe("what do the reports say");
    expect(expandShorthand("wuts the deadline")).toBe("what is the deadline");
    expect(expandShorthand("whats the diff between the two dates")).toBe("what is the difference between the two dates");
    // Phrasal verbs of leaving, which no article writes: "walking" alone is not what is asked about.
    expect(expandShorthand("why is kaspersky walking away from the us")).toBe("why is kaspersky leaving from the us");
    expect(expandShorthand("is it bowing out for good")).toBe("is it leaving for good");
    // Suing is going to court, which is how the question bank asks about Kaspersky's legal options.
    expect(expandShorthand("will kaspersky sue the government")).toBe("will kaspersky take to court the government");
  });

  it("drops a manner of speaking that asks for nothing the articles say ('in practical terms')", () => {
    expect(termsOf(expandShorthand("what does the ban mean for us in practical terms?"))).toEqual(termsOf("what does the ban mean for us?"));
  });

  it("reads a phrasal verb as the verb it means ('packing up' is leaving, 'wrapped up' completed)", () => {
    expect(termsOf(expandShorthand("why is kaspersky packing up?"))).toEqual(termsOf("why is kaspersky leaving?"));
    expect(termsOf(expandShorthand("will the exit be wrapped up by december?"))).toEqual(termsOf("will the exit be completed by december?"));
    // "Can you wrap up what happened?" asks for a summary: only what is wrapped up is completed.
    expect(expandShorthand("can you wrap up what happened?")).toBe("can you wrap up what happened?");
  });

  it("reads an idiom of time as what it says ('drag on' is taking long)", () => {
    expect(expandShorthand("will the exit drag on for ages?")).toBe("will the exit take long for a long time?");
  });

  it("reads 'how long do we have' and 'how much time is left' as asking for the deadline, not how long something lasts", () => {
    expect(expandShorthand("ok so how much time is left for us")).toBe("ok so when is the deadline for us");
    expect(expandShorthand("how long have we got before it's over?")).toBe("when is the deadline before it's over?");
  });

  it("reads 'what's new with…' and 'the latest on…' as asking what is going on, not about new things", () => {
    expect(expandShorthand("what's new with kaspersky?")).toBe("what's going on with kaspersky?");
    expect(expandShorthand("whats the latest news on the ban")).toBe("what is going on with the ban");
    expect(expandShorthand("any new sales after july?")).toBe("any new sales after july?");
  });

  it("spells out contractions written without an apostrophe, and chat's 'hafta' and 'whens'", () => {
    expect(expandShorthand("dont we hafta uninstall it")).toBe("do not we have to uninstall it");
    expect(expandShorthand("whens the cutoff, im asking for our msp")).toBe("when is the cutoff, i am asking for our msp");
  });

  it("reads a common word as itself, not as a listed word it is the stem of ('new' is not 'news')", () => {
    expect(processTerm("new")).not.toBe(processTerm("news"));
    expect(processTerm("author")).not.toBe(processTerm("authority"));
    // The listed words themselves still fold, and so do a listed word's other forms whose stem is no other word.
    expect(processTerm("news")).toBe(processTerm("report"));
    expect(processTerm("sanctioning")).toBe(processTerm("sanctions"));
  });

  /**
   * The stemmer folds "news" to "new" and "authority" to "author": a group would claim every such
   * stem for its word, so "new sales" read as "reported sales". A stem that is a common word (among
   * the vectors' 10,000 most frequent) of another meaning (cosine under 0.6 with the listed word)
   * is claimed by no group: the listed word is marked asWritten.
   */
  it("claims no common word of another meaning through a listed word's stem", () => {
    const { synonyms, asWritten } = readLexicon();
    const listed = new Set(synonyms.flat());
    const claims = synonyms
      .flat()
      .filter((word) => !asWritten.has(word))
      .map((word) => ({ word, stem: stemmer(word) }))
      .filter(({ word, stem }) => stem !== word && !listed.has(stem) && vectorRow(stem) >= 0 && vectorRow(stem) < 10_000)
      .filter(({ word, stem }) => rowSimilarity(vectorRow(word), vectorRow(stem)) < 0.6)
      .map(({ word, stem }) => `${word} (stem "${stem}")`);
    expect(claims).toEqual([]);
  });

  it.each([
    ["a word in two groups", { synonyms: [{ words: ["stop", "halt"] }, { words: ["pause", "halt"] }] }, /"halt" is in two groups \(stop, pause\)/],
    ["a word that is not one lower-case word", { synonyms: [{ words: ["stop"] }, { words: ["Halt now"] }] }, /group 1, word 0 .*one lower-case word/],
    ["an empty group", { synonyms: [{ words: [] }] }, /group 0/],
    ["a word as written that the group does not list", { synonyms: [{ words: ["report", "news"], asWritten: ["new"] }] }, /group 0 .*asWritten/],
    ["an acronym not in capitals", { synonyms: [], acronyms: { words: { It: "information technology" } } }, /acronyms "It"/],
    ["shorthand that is not lower-case words", { synonyms: [], shorthand: { words: { govt: "Government!" } } }, /shorthand "govt".*lower-case/],
  ])("refuses %s, naming the entry", (_, raw, message) => {
    expect(() => parseLexicon(raw)).toThrow(LexiconError);
    expect(() => parseLexicon(raw)).toThrow(message);
  });

  it("names the lexicon file when it is missing", () => {
    const missing = join(copyOfSeeds(), "no-lexicon.json");
    expect(() => readLexicon(missing)).toThrow(LexiconError);
    expect(() => readLexicon(missing)).toThrow(`lexicon: ${missing} is missing: restore it from the repository`);
  });
});
