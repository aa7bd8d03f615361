import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { QUESTION_DEFAULTS, readQuestion } from "../../src/answer/question.js";
import { seeds } from "../helpers.js";

const weightOf = (question: string, word: string) => readQuestion(question, seeds()).terms.find((t) => t.word === word)?.weight;
describe("reading a question's words", () => {
  it("weighs the words of what was not done less, unless the rest of the question uses them too", () => {
    const question = "why did kaspersky quit the US rather than fight the ban in court?";
    expect(weightOf(question, "fight")).toBeCloseTo(weightOf("why did kaspersky fight the ban in court?", "fight")! * QUESTION_DEFAULTS.contrastedWeight);
    expect(weightOf("why fight the ban rather than fight for the market?", "fight")).toBe(weightOf("why did kaspersky fight the ban in court?", "fight"));
  });

  it("weighs both sides of a yes/no question's contrast in full: 'a ban on sales rather than on use?' asks about both", () => {
    expect(weightOf("is it a ban on sales rather than on use?", "use")).toBe(weightOf("is it a ban on use?", "use"));
  });

  it("weighs an adjective the articles lack in full when it is what the question asks of something: 'is the ban permanent?'", () => {
    expect(weightOf("is the ban permanent?", "permanent")).toBe(weightOf("is the ban a clampdown?", "clampdown"));
  });

  it("weighs a word the articles lack less when it is an adjective: the noun it goes with is what is asked about", () => {
    const question = "is the kaspersky exit part of a wider clampdown?";
    const noun = weightOf(question, "clampdown");
    expect(noun).toBeGreaterThan(0);
    expect(weightOf(question, "wider")).toBeCloseTo(noun! * QUESTION_DEFAULTS.unknownAdjectiveWeight);
  });

  it("weighs a verb that hands its meaning on ('decide to ban') at a fraction of its weight, and the same verb alone in full", () => {
    const handedOn = weightOf("why did washington decide to ban kaspersky?", "decide");
    const alone = weightOf("what did washington decide about kaspersky?", "decide");
    expect(alone).toBeGreaterThan(0);
    expect(handedOn).toBeCloseTo(alone! * QUESTION_DEFAULTS.catenativeWeight);
  });

  it("reads 'in connection with' as 'about', a preposition, not a connection to search for", () => {
    const words = readQuestion("what happened to kaspersky staff in connection with the exit?", seeds()).terms.map((t) => t.word);
    expect(words).not.toContain("connection");
    expect(words).toContain("kaspersky");
  });

  it("does not search for the articles themselves when a question names them ('what do the reports say…'), unless it asks about them", () => {
    const words = (q: string) => readQuestion(q, seeds()).terms.map((t) => t.word);
    expect(words("what options does the coverage describe for admins?")).not.toContain("coverage");
    expect(words("according to these articles, when do updates stop?")).not.toContain("articles");
    expect(words("who wrote the article about the layoffs?")).toContain("article");
    expect(words("do the sources disagree on anything?")).toContain("sources");
    // With its verb of saying; and not when the question asks whether they agree.
    expect(words("what do the reports say about the deadline?")).not.toContain("say");
    expect(words("do the articles agree on how long kaspersky was in the us?")).toContain("articles");
  });

  it("does not read 'deal with' or 'care that' as a frame: 'how should we deal with…' asks how to handle it", () => {
    expect(weightOf("how should we deal with the kaspersky installs?", "deal")).toBe(weightOf("is this a good deal?", "deal"));
    expect(weightOf("why should a small business care that kaspersky is leaving?", "care")).toBe(weightOf("why should i care?", "care"));
  });

  it("weighs a word of significance before the clause it frames ('matter so much that…') less, and alone in full", () => {
    const framing = weightOf("why does it matter so much that the company is based in moscow?", "matter");
    const alone = weightOf("why does it matter?", "matter");
    expect(alone).toBeGreaterThan(0);
    expect(framing).toBeCloseTo(alone! * QUESTION_DEFAULTS.framingWeight);
  });

  it("reads a frame only in a 'why' question, before 'that' ('does it matter that…?' and 'matter with regard to…' ask whether or how it matters)", () => {
    const alone = weightOf("why does it matter?", "matter");
    expect(weightOf("does it matter that kaspersky is russian?", "matter")).toBe(alone);
    expect(weightOf("why does it matter with regard to competition?", "matter")).toBe(alone);
  });

  it("still answers why it matters when the clause is the story's own news ('…that kaspersky is leaving?')", () => {
    expect(ask(seeds(), "why does it matter that kaspersky is pulling out?").answer).toMatch(/^It matters because/);
    expect(ask(seeds(), "why is it significant that they're leaving?").answer).toMatch(/^It matters because/);
  });

  it("answers why it matters that Kaspersky is Russian with the government's case about Russia, not with why the story matters", () => {
    const answer = ask(seeds(), "why does it even matter that kaspersky's a russian firm?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).not.toMatch(/^It matters because/);
    expect(answer.answer).toMatch(/Russia|Moscow/);
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

  it("leaves the articles themselves out of a request for an overview ('summarize the articles'): it is the story's overview that is asked", () => {
    for (const question of ["could you summarise the articles for me?", "what's the gist of the coverage"]) {
      expect(readQuestion(question, seeds()).terms, question).toEqual([]);
      expect(ask(seeds(), question).answer, question).toMatch(/winding down/);
    }
  });

  it("weighs a noun for people in general less than what the question is about ('did kaspersky really spy on people')", () => {
    const terms = readQuestion("did kaspersky really spy on people", seeds()).terms;
    const weight = (word: string) => terms.find((t) => t.word === word)!.weight;
    expect(weight("people")).toBeLessThan(weight("spy"));
    expect(ask(seeds(), "did kaspersky really spy on people").answer).toMatch(/spy/);
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

  it("reads 'be able to' as 'can': 'able' is no word of what is asked", () => {
    expect(readQuestion("will our office be able to buy new licences in october?", seeds()).terms.map((t) => t.word)).not.toContain("able");
    expect(ask(seeds(), "will our office be able to renew its kaspersky licences this fall?").answer).toMatch(/licensing/);
  });

  it("does not search whom the answer is for when the question names nothing else ('for my boss: sum it up')", () => {
    for (const message of ["could you sum it up for my manager?", "for our board: sum it all up"]) {
      const answer = ask(seeds(), message);
      expect(answer.status).toBe("answered");
      expect(answer.answer).not.toMatch(/chief|officer|executive/i);
    }
  });

  it("reads 'sum up' as a request for the overview, not as a word the articles lack", () => {
    const question = readQuestion("can u sum up the kaspersky situation", seeds());
    expect(question.intent).toBe("overview");
    expect(question.terms.every((t) => t.known)).toBe(true);
    // "To sum up, …" closes what the asker says: the question after it is still a yes/no question.
    expect(readQuestion("to sum up, is kaspersky banned in the us?", seeds()).intent).toBe("yes_no");
  });

  it("weighs a verb of reach below what it reaches ('does the ban cover X?' asks about X), not at the question's end", () => {
    expect(weightOf("does the ban cover software updates too?", "cover")).toBeLessThan(weightOf("is my old laptop covered?", "covered")!);
    const answer = ask(seeds(), "does the prohibition also cover security updates?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/updates/);
    expect(answer.answer).toMatch(/September 29/);
  });

  it("does not search an interjection the articles lack ('yikes', 'huh'): it says how the asker feels", () => {
    for (const question of ["yikes, are the updates stopping for good?", "so kaspersky is out of the us for good huh"])
      expect(readQuestion(question, seeds()).terms.every((t) => t.known)).toBe(true);
  });

  it("reads chat shorthand from the lexicon: 'y' asks why, 'kasp' is Kaspersky, 'tho' and 'fyi' are asides", () => {
    const question = readQuestion("y did the us ban kasp tho fyi", seeds());
    expect(question.intent).toBe("why");
    expect(question.terms.map((t) => t.word)).toEqual(expect.arrayContaining(["kaspersky", "ban"]));
    expect(question.terms.every((t) => t.known)).toBe(true);
  });
});

describe("the asker's own details", () => {
  it("reads 'I manage IT for…' as the asker running machines, not as Kaspersky's management", () => {
    const answer = ask(seeds(), "I manage IT for a small charity that runs kaspersky. is that affected?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).not.toMatch(/chief|officer|executive/i);
  });

  it("searches what the asker said of themselves when the question points back at it ('…for people like us?'), not the pointer", () => {
    expect(ask(seeds(), "We're a two-person Kaspersky reseller. What does the ban mean for shops like ours?").answer).toMatch(/^For resellers/);
    const inMyPosition = ask(seeds(), "We run Kaspersky on every office PC. What would you do in my position?");
    expect(inMyPosition.status).toBe("answered");
    expect(inMyPosition.answer).not.toMatch(/positions/);
  });

  it.each([
    ["Every night our servers fetch Kaspersky signature updates. When does that end?", /September 29/],
    ["our office PCs still get kaspersky updates every morning. how long will that last?", /September 29/],
    ["Our helpdesk relies on Kaspersky's US support team. Will it still be around next year?", /positions|workforce|laid off|laying off/],
  ])("searches the statement a question's subject points back at ('%s')", (message, expected) => {
    const answer = ask(seeds(), message);
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(expected);
  });

  it("searches only the known words of the statement pointed back at, and below the question's own", () => {
    const question = readQuestion("I'm putting together slides for the trustees about the Kaspersky ban. When does it take effect?", seeds());
    const words = question.terms.map((t) => t.word);
    expect(words).toEqual(expect.arrayContaining(["ban", "effect"]));
    expect(words).not.toContain("trustees");
    expect(question.terms.find((t) => t.word === "ban")!.weight).toBeLessThan(question.terms.find((t) => t.word === "effect")!.weight);
  });

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

  it("reads selling 'in other countries' as worldwide, but other countries following suit as those countries", () => {
    const answer = ask(seeds(), "can kaspersky keep selling in other countries?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/global|markets|countries and territories/);
    expect(answer.answer).not.toMatch(/prohibited in the US/);
    expect(readQuestion("will other countries ban kaspersky too?", seeds()).termSet.has("worldwide")).toBe(false);
  });

  it("reads 'the us' as the US when a noun follows it ('besides the us ban', 'the whole company' not worldwide)", () => {
    expect(readQuestion("besides the us ban what else happened?", seeds()).termSet.has("worldwide")).toBe(false);
    expect(readQuestion("is the whole company russian?", seeds()).termSet.has("worldwide")).toBe(false);
  });

  it.each(["whats kaspersky gonna do w/o the us", "where does kaspersky grow without the us?", "now that the US is off the table, what is their plan?"])(
    "reads the US left out ('%s') as worldwide, not as the US",
    (asked) => {
      const { termSet } = readQuestion(asked, seeds());
      expect(termSet.has("worldwide")).toBe(true);
      expect(termSet.has("us")).toBe(false);
    },
  );

  it.each([
    ["how many employees does kaspersky have in moscow", "russia"],
    ["how many customers does kaspersky have in europe", "europ"],
    ["what share of kaspersky's revenue came from russia?", "russia"],
  ])("reads a count asked in a place other than the US as that place's, which no US or worldwide count answers: %s", (asked, place) => {
    expect(readQuestion(asked, seeds()).placeAsked).toBe(place);
    expect(ask(seeds(), asked).status).toBe("not_found");
  });

  it("reads no other place in a count asked in the US or worldwide", () => {
    expect(readQuestion("how many employees does kaspersky have in the us", seeds()).placeAsked).toBeNull();
    expect(ask(seeds(), "how many staff does kaspersky have in america").answer).toMatch(/50/);
  });

  it("does not count in the US a question about what comes once Kaspersky leaves it, though it still searches the leaving", () => {
    const question = readQuestion("what will kaspersky focus on once it quits the us", seeds());
    expect(question.scopes).toEqual([]);
    expect(question.termSet.has("us")).toBe(true);
    expect(ask(seeds(), question.text).answer).toMatch(/markets/);
    expect(readQuestion("how many staff will kaspersky keep in the us after it leaves", seeds()).scopes).toEqual(["us"]);
  });
});

describe("what happened after the articles were written", () => {
  it.each([
    ["What happened to Kaspersky users in the US in October 2024?", "October 2024"],
    ["did kaspersky users get automatically moved to some other antivirus in september?", "september"],
    ["Were US customers switched to a different antivirus later in the year?", "later in the year"],
    ["What happened to Kaspersky customers in the US after September 29, 2024?", "September 29, 2024"],
    ["what happened to people still running kaspersky after the September cutoff passed?", "September"],
    // The ban's steps come after every article: what happened after them, the articles cannot report.
    ["once the deadline passed, were users penalized?", "once the deadline passed"],
    ["did any reseller get fined after the cutoff?", "after the cutoff"],
    // Asked what really happened, a day or a year's end by which it may have: not what the ban scheduled for it.
    ["did kaspersky's servers actually cut off updates on september 29?", "september 29"],
    // Whatever opens the message, and when it asks what happened then.
    ["hey um did updates really stop on september 29?", "september 29"],
    ["kaspersky updates - did they actually end on sept 29?", "sept 29"],
    ["what really happened to kaspersky users on september 29?", "september 29"],
  ])("reads '%s' as asking about %s, after the newest article", (asked, when) => {
    expect(readQuestion(asked, seeds()).laterTime?.said).toBe(when);
  });

  it.each([
    "Were Kaspersky execs sanctioned in June?",
    "When will updates stop in September?",
    "did the ban prohibit updates from september 29?",
    "Did Kaspersky later say why it was leaving?",
    "Has Kaspersky announced its exit yet?",
    "how many people have been laid off so far?",
    // What was said of the time after the deadline, the articles report.
    "what did raimondo say about using it after the deadline?",
    "what happened after the ban was announced in June?",
    // "Dec" begins "decision", and the newest article (July 16) reports what happened up to its day.
    "What happened after the decision to leave?",
    "what happened in novel ways?",
    "what happened after July 15?",
    "What has Kaspersky done since July?",
    // The newest article is of July 16; and what will really happen is the future.
    "did kaspersky actually announce its exit on july 15?",
    // "By" a day is a deadline what the articles report may already have met; "what was prohibited" asks what the rule says.
    "was kaspersky actually banned by the end of 2024?",
    "had the us really sanctioned its executives by september 29?",
    "what actually was prohibited on september 29?",
    "was kaspersky really still selling in the us as of july 16?",
    // What was said, reported or planned for the day, the articles report.
    "did commerce really say updates end on september 29?",
    "was the ban actually set to take effect on september 29?",
    "did the articles really report that updates stop on sept 29?",
    "will updates really stop on september 29?",
  ])("does not read '%s' so: a time the articles cover, the future, a date the ban sets, or later than another event", (asked) => {
    expect(readQuestion(asked, seeds()).laterTime).toBeNull();
  });

  it.each([
    "What happened to Kaspersky users in the US in October 2024?",
    "What happened in October 2024?",
    "What happened after September 2024 — did the updates really stop?",
  ])("says the sources can't report it, and why: %s", (asked) => {
    const answer = ask(seeds(), asked);
    expect(answer.status).toBe("not_found");
    expect(answer.answer).toMatch(/newest article is from July 2024/);
  });

  it.each([
    ["Was the ban announced in August?", /June 20/],
    ["did updates stop in september?", /September 29/],
    ["Did the exit start in August?", /July 20/],
    ["were updates still available in august?", /September 29/],
    ["so did updates stop in september?", /September 29/],
    ["did updates stop after september 29?", /September 29/],
  ])("answers '%s' from a dated fact, which corrects, confirms or sets the month against its schedule", (asked, expected) => {
    const answer = ask(seeds(), asked);
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(expected);
  });

  it("says the sources can't report whether what was scheduled really happened, and shows what was scheduled", () => {
    const answer = ask(seeds(), "so did the updates really get cut off on sept 29th?");
    expect(answer.status).toBe("not_found");
    expect(answer.answer).toMatch(/newest article is from July 2024/);
    expect(answer.citations.some((c) => /September 29/.test(c.quote))).toBe(true);
  });

  it("shows what the articles scheduled for a later month a question asks what happened in", () => {
    const answer = ask(seeds(), "What was due in September?");
    expect(answer.status).toBe("not_found");
    expect(answer.citations.some((c) => /September 29/.test(c.quote))).toBe(true);
  });

  it("counts the date of the sentence a fact quotes, read in its own article ('last month' in July is June)", () => {
    const answer = ask(seeds(), "Did the Commerce Department ban Kaspersky in November 2024?");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0].dates.some((d) => d.iso < "2024-11")).toBe(true);
  });
});

describe("words that only say what kind of answer is wanted", () => {
  it("reads chat's stretched words as the word, and drops its filler ('sooo', 'or nah', 'tbh')", () => {
    const words = (q: string) => readQuestion(q, seeds()).terms.map((t) => t.word);
    expect(words("sooo will my kaspersky still work after sept or nah")).toEqual(["kaspersky", "continue", "working", "september"]);
    expect(words("tbh whyyy did they ban it")).toEqual(["ban"]);
    expect(readQuestion("tbh whyyy did they ban it", seeds()).intent).toBe("why");
    // Software still works; people still work at a place.
    expect(readQuestion("do any kaspersky employees still work in the us", seeds()).terms.map((t) => t.term)).not.toContain("function");
  });

  it("include 'while' and the verdict an asker puts around the question ('this feels like a huge overreaction')", () => {
    expect(readQuestion("will the US staff be around to help while we migrate?", seeds()).terms.map((t) => t.word)).not.toContain("while");
    expect(readQuestion("ngl this feels like an overreaction, why did they ban it", seeds()).terms.map((t) => t.word)).not.toContain("overreaction");
  });

  it("include 'one' as chat uses it ('one more -', 'which one is right?'), which Porter stems to 'on'", () => {
    expect(readQuestion("thx! one more - how many countries is kaspersky in", seeds()).terms.map((t) => t.word)).toEqual(["countries", "kaspersky"]);
    expect(ask(seeds(), "thx! one more - how many countries is kaspersky in").answer).toMatch(/200 countries/);
  });

  it("include hedges ('roughly how long…')", () => {
    expect(readQuestion("roughly how long will the exit take?", seeds()).terms.map((t) => t.word)).not.toContain("roughly");
  });

  it("are not searched ('…, like weeks?' asks how long, not about weeks)", () => {
    const terms = readQuestion("how long til kaspersky is out of the us, like weeks?", seeds()).terms.map((t) => t.word);
    expect(terms).not.toContain("weeks");
    expect(terms).toContain("kaspersky");
  });
});

describe("arithmetic", () => {
  it.each(["whats 17 times 23", "what's 2+2", "what is 10 divided by 4"])("asks nothing of the articles, and its words are not searched: %s", (q) => {
    expect(readQuestion(q, seeds()).terms).toEqual([]);
    expect(ask(seeds(), q).status).toBe("out_of_scope");
  });

  it("is not a count the articles give or a number put to them", () => {
    expect(ask(seeds(), "how many times has kaspersky been banned").status).not.toBe("out_of_scope");
    expect(ask(seeds(), "how many users does kaspersky have").answer).toMatch(/400 million/);
  });
});

describe("other countries doing the same", () => {
  it("is the articles' 'follow suit'", () => {
    expect(ask(seeds(), "Could other countries end up doing the same thing as the US?").answer).toMatch(/follow suit/);
  });

  it("is only other countries' or governments': 'did the us military do the same as dhs' is about the military", () => {
    expect(ask(seeds(), "did the us military do the same as dhs").answer).toMatch(/military in 2018/);
  });
});

describe("alternatives offered with 'or'", () => {
  it.each([
    ["Was it Biden or Trump?", ["biden", "trump"]],
    ["wait was the kaspersky ban a trump thing or a biden thing", ["trump", "biden"]],
    ["Whose executive order was it, Biden's or Trump's?", ["biden", "trump"]],
    ["was the ban signed under Biden, or under Trump?", ["biden", "trump"]],
  ])("reads the words each side offers, not what both sides share: %s", (question, pair) => {
    expect(readQuestion(question, seeds()).alternatives).toEqual([pair]);
  });

  it("reads none where only what every article is about stands on one side", () => {
    expect(readQuestion("is this about kaspersky or not?", seeds()).alternatives).toEqual([]);
  });
});

describe("'describe'", () => {
  const terms = (question: string) => readQuestion(question, seeds()).terms.map((t) => t.term);
  const said = terms("what was said")[0];

  it("is a word of saying in a question about someone's description ('how did Kaspersky describe…')", () => {
    expect(terms("how did kaspersky describe its decision to leave?")).toContain(said);
  });

  it.each(["describe the ban", "can you describe the deadlines?", "pls describe who was sanctioned"])(
    "asked of the bot, is a request to be told about what follows, not searched: %s",
    (question) => {
      expect(terms(question)).not.toContain(said);
    },
  );
});

describe("readQuestion: questions asked of the articles themselves", () => {
  it("reads what the articles say of nothing in particular as a request for the story, but keeps a kind of answer asked for", () => {
    expect(readQuestion("what do the articles say?", seeds()).intent).toBe("overview");
    expect(readQuestion("did the reports say when?", seeds()).intent).toBe("when");
    expect(readQuestion("do the articles mention why?", seeds()).intent).toBe("why");
  });

  it("takes a question that cites the articles as asked of them, but not every 'story' or 'coverage'", () => {
    expect(readQuestion("per the coverage, is there a grace period?", seeds()).citesArticles).toBe(true);
    expect(readQuestion("what do the reports say about refunds?", seeds()).citesArticles).toBe(true);
    expect(readQuestion("whats the story with the lakers?", seeds()).citesArticles).toBe(false);
    expect(readQuestion("what is the coverage on my car insurance?", seeds()).citesArticles).toBe(false);
  });
});
