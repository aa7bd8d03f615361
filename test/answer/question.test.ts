import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { QUESTION_DEFAULTS, readQuestion } from "../../src/answer/question.js";
import { seeds } from "../helpers.js";

const weightOf = (question: string, word: string) => readQuestion(question, seeds()).terms.find((t) => t.word === word)?.weight;

describe("reading a question's words", () => {
  it("weighs a verb that hands its meaning on ('decide to ban') at a fraction of its weight, and the same verb alone in full", () => {
    const handedOn = weightOf("why did washington decide to ban kaspersky?", "decide");
    const alone = weightOf("what did washington decide about kaspersky?", "decide");
    expect(alone).toBeGreaterThan(0);
    expect(handedOn).toBeCloseTo(alone! * QUESTION_DEFAULTS.catenativeWeight);
  });

  it("answers why Washington decided to ban it with the government's reasons, not with why Kaspersky decided to leave", () => {
    const answer = ask(seeds(), "Why did Washington decide to ban Kaspersky?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).not.toMatch(/sad and difficult|business opportunities/i);
    expect(answer.citations[0].quote).toMatch(/national security|security concerns|spy/i);
  });

  it.each(["KES", "KSC", "KSWS", "KAV", "KIS", "KTS", "KSOS", "KEDR"])(
    "reads Kaspersky's product %s as admins write it as Kaspersky's software, not as a name the articles never print",
    (product) => {
      const question = `do we need to uninstall ${product} before sept 29?`;
      expect(readQuestion(question, seeds()).unknownEntities).toEqual([]);
      expect(readQuestion(question, seeds()).terms.map((t) => t.word)).toContain("kaspersky");
      expect(ask(seeds(), question).status).toBe("answered");
    },
  );

  it("keeps a country's short name that a list of filler words holds ('uk'), so a question about it is not read as one about the US ban", () => {
    expect(readQuestion("is kaspersky banned in the uk too", seeds()).terms.map((t) => t.word)).toContain("uk");
    expect(ask(seeds(), "is kaspersky banned in the uk too").status).toBe("not_found");
    // An abbreviation ("St.") is still filler.
    expect(readQuestion("was it founded in st. petersburg?", seeds()).terms.map((t) => t.word)).not.toContain("st");
  });

  it("leaves out how the answer is to be put ('in two sentences', 'in plain English'): it is not what the question is about", () => {
    const words = (q: string) => readQuestion(q, seeds()).terms.map((t) => t.word);
    expect(words("summarize the kaspersky ban in two sentences")).not.toContain("sentences");
    expect(words("summarize the kaspersky ban in two sentences")).not.toContain("two");
    expect(words("why was kaspersky banned, in plain English?")).toEqual(["kaspersky", "banned"]);
    // A number of things asked about stays: "in two executive orders" is not a length of answer.
    expect(words("are the powers in two executive orders")).toEqual(expect.arrayContaining(["two", "executive", "orders"]));
    // Nor is a word that also asks about the thing itself.
    expect(words("are licences in short supply")).toContain("short");
    expect(ask(seeds(), "summarize the kaspersky ban in two sentences").answer).not.toMatch(/two decades/);
  });

  it("does not read a word as a passage word that only shares its stem by accident ('severance' is not 'several')", () => {
    const severance = readQuestion("how much severance do the laid-off staff get?", seeds()).terms.find((t) => t.word === "severance");
    expect(severance?.known).toBe(false);
    // The forms of one word still meet: "issued" finds the passages' "issues".
    expect(readQuestion("who issued the ban?", seeds()).terms.find((t) => t.word === "issued")?.known).toBe(true);
  });

  it("reads 'kick off' and 'kick in' as starting, not as the 'kicked out' of a ban", () => {
    const terms = readQuestion("when does the shutdown kick off", seeds()).terms.map((t) => t.word);
    expect(terms).toContain("start");
    expect(terms).not.toContain("kick");
  });

  it("drops the idiom 'in the first place' and reads 'unusual' as the articles' 'unprecedented'", () => {
    const terms = readQuestion("why did washington decide to block kaspersky in the first place? is that unusual?", seeds()).terms.map((t) => t.word);
    expect(terms).not.toContain("first");
    expect(terms).not.toContain("place");
    expect(ask(seeds(), "Is what the US did to Kaspersky unusual?").status).toBe("answered");
  });

  it("reads chat shorthand from the lexicon: 'y' asks why, 'kasp' is Kaspersky, 'tho' and 'fyi' are asides", () => {
    const question = readQuestion("y did the us ban kasp tho fyi", seeds());
    expect(question.intent).toBe("why");
    expect(question.terms.map((t) => t.word)).toEqual(expect.arrayContaining(["kaspersky", "ban"]));
    expect(question.terms.every((t) => t.known)).toBe(true);
  });
});

describe("what a question asks for, when the sources never name it", () => {
  it("does not answer 'which X…' when the sources never mention an X, however much else it shares with them", () => {
    for (const question of ["Which bureau inside the Commerce Department enforces the rule?", "which ticker does kaspersky trade under?"]) {
      expect(ask(seeds(), question).status, question).toBe("not_found");
    }
  });

  it("reads 'what's its total revenue' as asking for an amount, and 'how much of its revenue' as asking for a share", () => {
    expect(ask(seeds(), "what's kaspersky's total annual revenue globally?").status).toBe("not_found");
    expect(ask(seeds(), "how much of kaspersky's revenue came from the us").answer).toMatch(/10%/);
  });

  it("reads 'what approach…' as asking for a kind of answer, not for a thing the sources lack", () => {
    expect(ask(seeds(), "What approach is recommended for security teams with Kaspersky across the fleet?").status).toBe("answered");
  });

  it("looks for curated facts by the question's known words when another of its words is new to the sources ('waiting')", () => {
    expect(ask(seeds(), "Why is Kaspersky leaving instead of just waiting things out?").status).toBe("answered");
  });

  it("reads 'how big is the fine' as asking for an amount, which no sentence holds", () => {
    expect(ask(seeds(), "How big is the fine if a reseller keeps selling Kaspersky after the deadline?").status).toBe("not_found");
  });

  it("reads the words after 'what does' as the subject, not as what is asked for ('what does the road ahead look like')", () => {
    expect(ask(seeds(), "What does the road ahead look like for Kaspersky after this?").status).toBe("answered");
  });

  it("still answers when only a later word is new to the sources ('what does OFAC stand for')", () => {
    expect(ask(seeds(), "what does OFAC stand for").status).toBe("answered");
    expect(ask(seeds(), "which officials were sanctioned?").status).not.toBe("not_found");
  });
});

describe("an event the sources never mention", () => {
  it("does not date an event whose verb the sources never use ('when was it published in the Federal Register?')", () => {
    for (const question of ["When was the rule published in the Federal Register?", "when was the ban appealed?"]) {
      expect(ask(seeds(), question).status, question).toBe("not_found");
    }
  });

  it("reads a verb of naming as no event ('which other nation is named as a foreign adversary?')", () => {
    expect(ask(seeds(), "Besides Russia, which other nation is named as a 'foreign adversary' under the powers used for the ban?").status).toBe("answered");
  });

  it("still dates the events they report", () => {
    for (const question of ["when was kaspersky founded?", "when was the ban announced?"]) {
      expect(ask(seeds(), question).status, question).toBe("answered");
    }
  });
});

describe("the asker's own details", () => {
  it("does not search for a number the sources never give ('12 pcs') as something they lack", () => {
    const question = readQuestion("our clinic has kaspersky on 12 pcs, what do we do?", seeds());
    expect(question.terms.map((t) => t.word)).not.toContain("12");
    expect(ask(seeds(), "our clinic has kaspersky on 12 pcs, what do we do?").status).toBe("answered");
  });
});

describe("the scope a question asks in", () => {
  it("reads 'outside the us' as worldwide", () => {
    expect(readQuestion("will kaspersky still be around outside the us?", seeds()).termSet.has("worldwide")).toBe(true);
  });
});

describe("a given name written in lower case", () => {
  it("is a common word unless a surname follows ('any grace period' is not Grace)", () => {
    expect(readQuestion("is there any grace period for kaspersky updates?", seeds()).unknownEntities).toEqual([]);
    expect(readQuestion("who is eugene kaspersky", seeds()).unknownEntities).toEqual(["eugene"]);
  });
});

describe("a yes/no question's verb the sources never use", () => {
  const actionOf = (question: string) => readQuestion(question, seeds()).unknownAction;

  it("is read after the auxiliary and its subject ('will Kaspersky refund…')", () => {
    expect(actionOf("Will Kaspersky refund my licence?")).toBe("refund");
  });

  it("is not an adjective read as the verb when 'this' is the whole subject ('does this raise wider questions…')", () => {
    expect(actionOf("does this raise wider questions about foreign tech companies in the US")).toBeNull();
  });

  it.each([
    ["Will this company refund my licence?", "refund"],
    ["will that company reimburse customers?", "reimburse"],
  ])("is still read after 'this' or 'that' and a noun: %s", (question, verb) => {
    expect(actionOf(question)).toBe(verb);
  });

  it.each([
    ["is kaspersky coming back to the us?", "returning"],
    ["when will kaspersky return to the US?", "return"],
  ])("is read after a form of 'be' in -ing, and after 'when': %s", (question, verb) => {
    expect(actionOf(question)).toBe(verb);
    expect(ask(seeds(), question).status).toBe("not_found");
  });

  it("is no verb where the sources report the action ('is kaspersky leaving…', 'when did kaspersky leave')", () => {
    for (const question of ["is kaspersky leaving the us", "when did kaspersky leave"]) expect(actionOf(question), question).toBeNull();
  });
});

describe("a word neither the sources nor common English know", () => {
  it.each(["did kaspersky users get moved to ultraav", "is bitdefender affected too?"])(
    "names something the sources never mention in a yes/no question: %s",
    (q) => {
      expect(ask(seeds(), q).status).toBe("not_found");
    },
  );

  it("is read as a name is, so the asker's setting stays theirs ('alongside intune', 'webroot-managed machines')", () => {
    for (const q of ["can we keep running kaspersky alongside intune until we migrate?", "are kaspersky updates ending for webroot-managed machines?"]) {
      expect(ask(seeds(), q).status, q).toBe("answered");
    }
  });

  it("is jargon the sources put otherwise in another kind of question", () => {
    expect(ask(seeds(), "How exposed will unmigrated Kaspersky endpoints be after the cutoff?").status).toBe("answered");
  });
});

describe("a way of doing something the sources never describe", () => {
  const actionOf = (question: string) => readQuestion(question, seeds()).unknownAction;

  it.each([
    ["Were US customers automatically switched to a different antivirus?", "automatically"],
    ["can they remotely disable my kaspersky after the ban?", "remotely"],
  ])("is what the question asks about: %s", (question, adverb) => {
    expect(actionOf(question)).toBe(adverb);
    expect(ask(seeds(), question).status).toBe("not_found");
  });

  it("is not a hedge or a way the articles report in other words ('secretly spying', 'personally penalised')", () => {
    for (const question of ["is kaspersky secretly spying for russia?", "will I personally be penalized for keeping it?"]) {
      expect(actionOf(question), question).toBeNull();
      expect(ask(seeds(), question).status, question).toBe("answered");
    }
  });
});

describe("words that only say what kind of answer is wanted", () => {
  it("include hedges ('roughly how long…')", () => {
    expect(readQuestion("roughly how long will the exit take?", seeds()).terms.map((t) => t.word)).not.toContain("roughly");
  });

  it("are not searched ('…, like weeks?' asks how long, not about weeks)", () => {
    const terms = readQuestion("how long til kaspersky is out of the us, like weeks?", seeds()).terms.map((t) => t.word);
    expect(terms).not.toContain("weeks");
    expect(terms).toContain("kaspersky");
  });
});
