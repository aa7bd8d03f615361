import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { FACT_MATCH_DEFAULTS, matchFacts } from "../../src/answer/fact-match.js";
import { detectIntent, intentClass } from "../../src/answer/intent.js";
import { readQuestion } from "../../src/answer/question.js";
import { loadCorpus } from "../../src/index/corpus.js";
import { KnowledgeIndex } from "../../src/index/knowledge-index.js";
import { INDEX_PATHS } from "../../src/index/load-index.js";
import { seeds } from "../helpers.js";

describe("matching a question with the question bank's facts", () => {
  it.each([
    // A request for advice is never answered by a number: such a fact weighs less than any other kind of question.
    ["what should US customers of kaspersky do now?", FACT_MATCH_DEFAULTS.valuedForAdvice],
    ["why do kaspersky's US customers matter?", FACT_MATCH_DEFAULTS.otherIntent],
  ])("weighs a fact only ever asked for a value (a count, a date) as another kind of question: %s", (text, fit) => {
    const question = readQuestion(text, seeds());
    const valuedOnly = matchFacts(seeds(), question).filter((m) => m.fact.questions.every((q) => intentClass(detectIntent(q)) === "valued"));
    expect(valuedOnly.length, text).toBeGreaterThan(0);
    for (const m of valuedOnly) expect(m.intentFit, `${text}: ${m.fact.id}`).toBe(fit);
    expect(FACT_MATCH_DEFAULTS.valuedForAdvice).toBeLessThan(FACT_MATCH_DEFAULTS.otherIntent);
  });

  it("answers what will happen to US customers with what happens to them, not with how many there are", () => {
    const answer = ask(seeds(), "what's going to happen to kaspersky customers in the us");
    expect(answer.status).toBe("answered");
    expect(answer.answer).not.toMatch(/number|disclosed/i);
  });
});

describe("what 'how many people' counts", () => {
  it("is answered by a number of people of any kind, not by a number beside them ('clients in 200 countries')", () => {
    const answer = ask(seeds(), "How many people does Kaspersky protect globally?");
    expect(answer.answer).toMatch(/400 million/);
  });

  it("is still answered by the sources' own words on a number they do not give", () => {
    expect(ask(seeds(), "how many people use kaspersky in the us").answer).toMatch(/not been disclosed/);
  });
});

describe("an overview question about one thing", () => {
  it("is answered on that thing ('what's happening with kaspersky's us staff'), not with the general overview", () => {
    expect(ask(seeds(), "what's happening with kaspersky's us staff").answer).toMatch(/positions|workforce|employees/);
  });
});

describe("a broad question", () => {
  it.each(["can someone explain the kaspersky situation in plain english", "give me the short version of the kaspersky news"])(
    "gets an overview, each point cited, not a refusal: %s",
    (question) => {
      const answer = ask(seeds(), question);
      expect(answer.status).toBe("answered");
      expect(answer.citations.length).toBeGreaterThanOrEqual(2);
      expect(answer.citations.every((c) => c.role === "answer")).toBe(true);
    },
  );

  it.each([
    ["what does the whole thing mean for businesses in america?", /^Businesses should replace Kaspersky/],
    ["why are they banning an antivirus of all things", /^Kaspersky's deep access to system files/],
  ])("is answered first from a fact asked as broadly, not one that only shares its words: %s", (question, line) => {
    expect(ask(seeds(), question).answer).toMatch(line);
  });

  it("gets the overview it asks for in so many words, though its kind of question is not an overview's ('how big is kaspersky')", () => {
    const answer = ask(seeds(), "how big is kaspersky");
    expect(readQuestion("how big is kaspersky", seeds()).intent).not.toBe("overview");
    expect(answer.answer).toMatch(/400 million/);
    expect(answer.answer).not.toMatch(/less than 50/i);
  });
});

describe("a request for advice with the asker's situation", () => {
  it("gets the articles' advice, not a refusal, when the situation is all it says ('…every PC has Kaspersky on it. What should we be doing?')", () => {
    const answer = ask(seeds(), "We run a small dental practice and every PC has Kaspersky on it. What should we be doing about this?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/replace|switch|alternative/i);
  });

  it("does not give the articles' advice to a request for advice about something else", () => {
    expect(ask(seeds(), "can u recommend a cheap gaming laptop under 800 bucks").status).not.toBe("answered");
  });
});

describe("which people 'how many people' counts", () => {
  it("counts staff when the question says they are employed, and the articles give no worldwide headcount", () => {
    expect(ask(seeds(), "How many people does Kaspersky employ worldwide?").status).toBe("not_found");
    expect(ask(seeds(), "how many people does kaspersky employ in the us").answer).toMatch(/less than 50/i);
  });
});

describe("a question asked in the first person", () => {
  it("is about the asker as an individual: 'how does this affect me' gets what home users face, not the industry", () => {
    expect(ask(seeds(), "how does this affect me").answer).toMatch(/home users/i);
  });

  it("leaves a question about one thing to that thing, whoever asks ('can i still resell kaspersky' is about reselling)", () => {
    expect(ask(seeds(), "i'm a reseller, can i still sell kaspersky").answer).toMatch(/resales and licensing/);
  });

  it("leaves a question about someone else to the phrasings about them", () => {
    expect(ask(seeds(), "how does this affect the cybersecurity industry").answer).not.toMatch(/home users/i);
  });
});

describe("a question that names someone the articles name", () => {
  it("is about them: a fact that never mentions them matches less well, however alike the rest of the wording", () => {
    const question = readQuestion("What role did the Treasury Department play in all this?", seeds());
    expect(question.named[0]).toBe("treasury");
    const matches = matchFacts(seeds(), question);
    const mentions = (m: (typeof matches)[number]) => [m.fact.askedTerms, m.fact.sentenceTerms, m.fact.answerTerms].some((terms) => terms.has("treasury"));
    expect(mentions(matches[0])).toBe(true);
    expect(ask(seeds(), question.text).answer).toMatch(/Treasury/);
  });

  it("reads a name of several words as one, and counts a fact that mentions any of the names asked about", () => {
    const question = readQuestion("What did Raimondo say about China?", seeds());
    expect(question.named).toHaveLength(2);
    const quote = matchFacts(seeds(), question).find((m) => m.fact.id === "raimondo-weaponize-quote")!;
    expect(quote.score).toBe(matchFacts(seeds(), { ...question, named: [] }).find((m) => m.fact.id === "raimondo-weaponize-quote")!.score);
    expect(readQuestion("What role did the Treasury Department play?", seeds()).named).toEqual(["treasury"]);
  });

  it("reads only names written capitalised: not a month, a day, what every article is about, or a word in lower case", () => {
    expect(readQuestion("Did Kaspersky say anything on Monday in June?", seeds()).named).toEqual([]);
    expect(readQuestion("did the commerce department act?", seeds()).named).toEqual([]);
    // The story's own name (with a word every article uses), and a word read as another by the lexicon ("Manager": executive).
    expect(readQuestion("Does the ban apply to Kaspersky Password Manager?", seeds()).named).toEqual([]);
    expect(ask(seeds(), "Does the ban apply to Kaspersky Password Manager?").answer).not.toMatch(/officer/);
  });
});

describe("'how much money'", () => {
  it("asks an amount, which a share answers: money is the measure, not what the answer must count", () => {
    const question = readQuestion("how much money did kaspersky make in the us", seeds());
    const best = matchFacts(seeds(), question)[0];
    expect(best.focusFit).toBe(1);
    expect(ask(seeds(), question.text).answer).toMatch(/10%/);
  });

  it("still wants a sum when it asks in dollars", () => {
    expect(ask(seeds(), "how much money in dollars did kaspersky make in the us").status).toBe("not_found");
  });
});

describe("a fact asked for in nearly the question's words, whose answer holds no value of the kind asked", () => {
  it("answers: its phrasing asks the same kind of question ('where will it focus' is answered by markets, not a place)", () => {
    for (const question of ["where is kaspersky going to focus now", "where does kaspersky plan to focus next"]) {
      expect(ask(seeds(), question).answer, question).toMatch(/markets/);
    }
  });

  it("does not answer through a looser match ('where did kaspersky come from' is not where its exit was first reported)", () => {
    const answer = ask(seeds(), "where did kaspersky come from at first").answer;
    expect(answer).toMatch(/Moscow/);
    expect(answer).not.toMatch(/CNN/);
  });
});

describe("two indexes in one process", () => {
  it("match each question as a fresh process would: what is kept of one index's bank is not read for another's", () => {
    const questions = ["test/eval/heldout.jsonl", "test/eval/practice.jsonl", "test/eval/valid-v2.jsonl"].flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line).question as string),
    );
    const fresh = () => KnowledgeIndex.build(loadCorpus(INDEX_PATHS.seeds));
    const first = fresh();
    const expected = new Map(questions.map((q) => [q, ask(first, q).answer]));
    // Another index meets the bank's words in another order, so they are numbered otherwise in it.
    const other = fresh();
    const answered = new Map([...questions].reverse().map((q) => [q, ask(other, q).answer]));
    expect(answered).toEqual(expected);
  });
});
