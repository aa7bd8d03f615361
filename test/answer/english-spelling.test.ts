import { describe, expect, it } from "vitest";
import { correctSpelling, englishWordMeant, isOneSlipFromEnglish } from "../../src/answer/english-spelling.js";
import { ask } from "../../src/answer/ask.js";
import { readQuestion } from "../../src/answer/question.js";
import { seeds } from "../helpers.js";

describe("englishWordMeant: the common English word a misspelt one stands for", () => {
  it("reads a letter left out, doubled or swapped as a slip ('approch', 'peerson', 'rsiky')", () => {
    expect(englishWordMeant("approch")).toBe("approach");
    expect(englishWordMeant("peerson")).toBe("person");
    expect(englishWordMeant("rsiky")).toBe("risky");
  });

  it("leaves English words, short words and names alone, and guesses no changed letter ('admins' is not 'admits')", () => {
    expect(englishWordMeant("revue")).toBeNull();
    expect(englishWordMeant("wrk")).toBeNull();
    expect(englishWordMeant("bitdefender")).toBeNull();
    expect(englishWordMeant("admins")).toBeNull();
  });

  it("prefers a word the caller prefers (the corpus's: 'bannd' is 'banned', not the commoner 'band'), and takes a British spelling as English", () => {
    expect(englishWordMeant("bannd", (word) => word === "banned")).toBe("banned");
    expect(englishWordMeant("summarise")).toBeNull();
    expect(englishWordMeant("behaviour")).toBeNull();
  });

  it("leaves words inside an address alone ('kaspersky.com/downlod')", () => {
    expect(correctSpelling("is kaspersky.com/downlod still up?", () => false)).toBe("is kaspersky.com/downlod still up?");
    expect(correctSpelling("can i downlod it", () => false)).toBe("can i download it");
  });

  it("tells misspelt English from a name by any one slip, a changed letter too ('recieve')", () => {
    expect(isOneSlipFromEnglish("recieve")).toBe(true);
    expect(isOneSlipFromEnglish("bitdefender")).toBe(false);
  });
});

describe("questions with a misspelt word", () => {
  it("are answered as the word meant, when the articles only relate to it ('how rsiky is it to keep kaspersky?')", () => {
    const typed = readQuestion("how rsiky is it to keep kaspersky past the cutoff?", seeds());
    expect(typed.terms.find((t) => t.word === "risky")?.known).toBe(true);
    expect(ask(seeds(), "how rsiky is it to keep kaspersky past the cutoff?").status).toBe("answered");
  });

  it("weigh the word as meant: a misspelt generic noun ('peoplle') weighs as little as the noun", () => {
    const weightOf = (question: string, word: string) => readQuestion(question, seeds()).terms.find((t) => t.word === word)?.weight;
    expect(weightOf("why are peoplle upset about the ban?", "people")).toBe(weightOf("why are people upset about the ban?", "people"));
  });

  it("are read as meant before the kind of question is told from them ('whats hapening…' asks for the overview)", () => {
    expect(readQuestion("whats hapening w kaspersky these days", seeds()).intent).toBe(readQuestion("whats happening w kaspersky these days", seeds()).intent);
    expect(ask(seeds(), "can we sitll run it druing the transition?").answer).toMatch(/penali[sz]e/);
  });

  it("read a four-letter function word with a letter left out as the word ('stil' is 'still', which asks about going on)", () => {
    expect(readQuestion("can i stil keep kaspersky", seeds()).asked).toBe(readQuestion("can i still keep kaspersky", seeds()).asked);
  });

  it("drop a function word with two letters swapped ('sitll', 'druing') rather than search for it", () => {
    const words = readQuestion("can we sitll buy licences druing the wind-down?", seeds()).terms.map((t) => t.word);
    expect(words).not.toContain("sitll");
    expect(words).not.toContain("druing");
  });
});
