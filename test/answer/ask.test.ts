import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../src/answer/answer-schema.js";
import { ask, type Trace } from "../../src/answer/ask.js";
import { opensWithoutSubject } from "../../src/answer/entities.js";
import { seeds } from "../helpers.js";

const answer = (question: string) => AnswerSchema.parse(ask(seeds(), question));

describe("ask: ranking pins the best source", () => {
  it.each([
    ["When do Kaspersky's security patches get cut off?", ["000", "001", "002"], /September 29, 2024/],
    ["when are new deals with kaspersky blocked", ["000"], /July 20, 2024/],
    ["Who was the first outlet to report the departure?", ["002"], /CNN/],
    ["How many staff does Kaspersky have in America?", ["001", "003"], /less than 50/i],
    ["What share of revenue did US sales account for?", ["001"], /10%/],
    ["What did the OFAC do?", ["001"], /sanctioned/],
    ["When was Kaspersky founded?", ["000", "003"], /1997/],
  ])("%s → %s", (question, sources, expected) => {
    const a = answer(question);
    expect(a.status).toBe("answered");
    expect(sources).toContain(a.citations[0].sourceId);
    expect(a.answer).toMatch(expected);
  });

  it("answers a 'when' with the resolved date, at the precision known", () => {
    const a = answer("When do updates stop?");
    expect(a.answer).toMatch(/September 29, 2024/);
    expect(a.citations[0].dates).toContainEqual({ text: "September 29", iso: "2024-09-29" });
  });

  it("answers a 'when' from the overview of the key dates when no fact on one point gives a date", () => {
    const a = answer("when is the deadline to replace kaspersky");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/September 29/);
    // The ban takes effect in steps: the overview gives each, the update cutoff among them.
    expect(answer("when does the ban take effect").answer).toMatch(/July 20.*September 29/);
    // A fact on the one point asked about answers before the overview.
    const licensing = answer("When does the licensing ban start?").answer;
    expect(licensing).toMatch(/September 29, 2024/);
    expect(licensing).not.toMatch(/June 20/);
  });

  it("does not answer 'when' with a sentence that holds no time, however many of the question's words it has", () => {
    // The articles say CNN reported it first, never on what day.
    expect(answer("On what date did CNN first report that Kaspersky was leaving?").status).toBe("not_found");
    expect(answer("When did Kaspersky announce it was leaving?").answer).toMatch(/July 15, 2024/);
    // A span from another event is a time: "nearly a month after the Biden administration unveiled…".
    expect(answer("When did the Biden administration unveil the ban?").status).toBe("answered");
  });

  it("dates 'when was it banned' by the news, and a ban the question places in the past by the background", () => {
    expect(answer("when was kaspersky banned").answer).toMatch(/June/);
    expect(answer("when was kaspersky banned from federal agencies").answer).toMatch(/2017/);
    expect(answer("when was kaspersky banned from the military").answer).toMatch(/2018/);
    // What only the background tells, and no news fact is asked about as closely, is still answered from it.
    expect(answer("when was kaspersky started").answer).toMatch(/1997/);
  });

  it("dates an event by a sentence that names it, not by a date in the sentence after a heading about it", () => {
    // UBJ's "…slaps sanctions…" heading is followed by the exit announcement's July 20: not the sanctions' date.
    const a = answer("when were the sanctions announced");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/June 2024/);
    expect(a.citations[0].quote).toMatch(/sanction/i);
  });

  it("answers 'what day of the week' with the weekday the article gives, and the date it resolves to", () => {
    const a = answer("what day of the week did kaspersky put out its statement");
    expect(a.answer).toMatch(/Monday/);
    expect(a.answer).toMatch(/July 15, 2024/);
    expect(a.citations[0].dates).toContainEqual({ text: "Monday", iso: "2024-07-15" });
  });

  it("names an organisation's official for 'who', citing the person first", () => {
    const a = answer("Who announced the ban?");
    expect(a.answer).toMatch(/Gina Raimondo/);
    expect(a.answer).toMatch(/Commerce/);
    expect(a.citations[0].quote).toContain("Raimondo");
  });

  it("cites other sources that say the same as support", () => {
    const a = answer("When do updates stop?");
    expect(a.citations.filter((c) => c.role === "support").length).toBeGreaterThanOrEqual(1);
    expect(new Set(a.citations.map((c) => c.sourceId)).size).toBe(a.citations.length);
  });
});

describe("ask: kinds of question beyond who/when/how many", () => {
  it.each([
    ["what city is kaspersky from", /Moscow/],
    ["where is kaspersky headquartered", /Moscow/],
  ])("answers 'where' with the place, not the corpus's own setting: %s", (question, expected) => {
    const a = answer(question);
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(expected);
  });

  // A known gap, kept visible: no reader yet takes a kind of people as a "who" answer without letting
  // customers answer "who can still buy it?" (reverted in round 8). When this starts passing, make it an `it`.
  it.fails("answers 'who loses their job?' with the people it happens to", () => {
    const a = answer("who is losing their job over all this?");
    expect(a.answer).toMatch(/workforce|employees|positions/);
  });

  it("does not answer 'where' with a demonym ('the Russian government' says whose, not where)", () => {
    const a = answer("where does kaspersky come from");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/Moscow|Russia\b/);
    expect(a.answer).not.toMatch(/Russian/);
  });

  it.each(["so should i panic", "what's the bottom line here", "how did we get here"])(
    "answers a broad question that names nothing, never calling it off-topic: %s",
    (q) => {
      expect(answer(q).status).toBe("answered");
    },
  );

  it("answers whether the ban is fair with the case made for it, not a refusal", () => {
    expect(answer("was the ban justified").answer).toMatch(/national security/i);
  });

  it("answers 'is this the end of kaspersky' with the story's outcome, not the reason for the ban", () => {
    // Only its US business ends: the answer does not say yes to the end of the company.
    expect(answer("is this the end of kaspersky").answer).toMatch(/^In the US, yes: .*ceasing its US operations/);
  });

  it.each(["what's going on with kaspersky in america?", "what's happening between kaspersky and america"])(
    "does not reply 'yes' to a question not put as a yes/no question: %s",
    (question) => {
      const a = answer(question);
      expect(a.answer).toMatch(/^Kaspersky is ceasing its US operations/);
    },
  );

  it.each(["ok so is kaspersky out of the us for good", "kaspersky gone from america for good?", "explain: is kaspersky gone from the us?"])(
    "keeps the 'yes' for a question put as a yes/no question in chat's shapes: %s",
    (question) => {
      expect(answer(question).answer).toMatch(/^In the US, yes: /);
    },
  );

  it("does not answer 'where in the US' with a place abroad", () => {
    expect(answer("Where is Kaspersky's US headquarters located?").status).toBe("not_found");
    expect(answer("Which US city was Kaspersky's American office in?").status).toBe("not_found");
  });

  it.each(["what should we do if our team still runs kaspersky?", "any advice for people who still use kaspersky", "what do experts recommend"])(
    "answers a request for advice with the sentence that advises: %s",
    (question) => {
      const a = answer(question);
      expect(a.status).toBe("answered");
      expect(a.citations[0].sourceId).toBe("001");
      // The articles advise in three sentences: switch, consider alternatives, or replace Kaspersky or mitigate.
      expect(`${a.answer} ${a.citations[0].quote}`).toMatch(/advise switching|consider alternative antivirus|replace Kaspersky entirely/);
    },
  );

  it("reads 'is it illegal to keep using it' as a question about penalties", () => {
    const a = answer("is it illegal to keep running kaspersky on my laptop?");
    expect(a.status).toBe("answered");
    expect(a.citations[0].quote).toMatch(/won’t penalize/);
  });

  it("reads 'will it keep working' as about the software, not the staff", () => {
    const a = answer("will my kaspersky keep working after september?");
    expect(a.citations[0].quote).not.toMatch(/works through/);
    expect(`${a.answer} ${a.citations[0].quote}`).toMatch(/September 29|updates/);
  });

  it("quotes a paragraph's lead-in sentence: it says whom a statement was given to", () => {
    const a = answer("who did kaspersky give its statement to");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/Cyber Express/);
  });

  it("answers 'what's the name of' a role only with a person's name", () => {
    expect(answer("what's the name of the commerce secretary").answer).toMatch(/Gina Raimondo/);
    expect(answer("What's the name of Kaspersky's chief operating officer?").status).toBe("not_found");
  });

  it.each(["Will Kaspersky refund my licence?", "Will Kaspersky reimburse customers for licences that stop getting updates?"])(
    "does not answer a yes/no question whose action the sources never mention: %s",
    (question) => {
      expect(answer(question).status).toBe("not_found");
    },
  );

  it("checks a claimed duration against durations of its order, not another span ('nearly a month')", () => {
    const a = answer("Kaspersky has been selling in America for over 20 years, right?");
    expect(["answered", "conflict"]).toContain(a.status);
    expect(a.answer).toMatch(/decades|20 years/);
    expect(a.answer).not.toMatch(/month/);
  });

  it("reads a short question after a greeting as it is, not in the light of the greeting", () => {
    // A question that pointed back with "it" was once searched with the sentences before it: "Good morning team!" among them.
    expect(answer("Morning all! Quick one. When does it start?").answer).toMatch(/July 20/);
  });

  it.each([
    ["we're a 300-person shop, half our fleet runs it… did they explain why they're leaving?", /no longer vi/],
    ["roughly how many businesses use it worldwide?", /240,000|270,000/],
  ])("answers a hedged or chatty question from what it asks: %s", (question, expected) => {
    const a = answer(question);
    expect(["answered", "conflict"]).toContain(a.status);
    expect(a.answer).toMatch(expected);
  });

  it("reads people 'who worked for' Kaspersky as its staff, not as its work through the pullout", () => {
    expect(answer("what will happen to people who worked for kaspersky here?").answer).toMatch(/US-based positions|workforce/);
  });

  it("answers 'the name of the agency' with the organisation, not a person", () => {
    const a = answer("What's the name of the agency that banned it?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/Commerce/);
    expect(a.answer).not.toMatch(/Biden|Raimondo/);
  });

  it.each([
    ["why is kaspersky leaving the us market", /rather than risk further sanctions|no longer viable/],
    ["why did kaspersky pull out of the US instead of sticking around?", /rather than risk further sanctions|no longer viable/],
  ])("gives a cause for 'why', not an effect ('raises concerns about'): %s", (question, expected) => {
    const a = answer(question);
    expect(a.answer).not.toMatch(/^Concerns about/);
    expect(a.citations[0].quote).toMatch(expected);
  });

  it.each([
    ["who is donald trump?", /Trump/],
    ["who was joe biden", /Biden/],
    ["what role did biden play in all this?", /Biden/],
    ["what role did the treasury play?", /Treasury/],
  ])("answers 'who is' or 'what role did' a name play with what the articles say of it, not with another name: %s", (question, expected) => {
    expect(answer(question).answer).toMatch(expected);
  });

  it.each([
    ["according to btimes, when was kaspersky founded", "000", /1997/],
    ["when was kaspersky founded, per the NewsBytes article", "003", /1997/],
    ["what did kaspersky tell the cyber express about its business", "001", /resilient|sales pipeline|business/],
    ["what did kaspersky tell cyberexpress about its business", "001", /resilient|sales pipeline|business/],
  ])("answers from the article a question names: %s", (question, sourceId, expected) => {
    const a = answer(question);
    expect(a.status).toBe("answered");
    expect(a.citations[0].sourceId).toBe(sourceId);
    expect(`${a.answer} ${a.citations[0].quote}`).toMatch(expected);
  });

  it.each([
    ["is it true kaspersky serves 270k corporate clients worldwide?", "conflict", /270,000/],
    ["How many ppl does kaspersky even employ in the states?", "answered", /less than 50/i],
    ["which news network broke the story that kaspersky was pulling out", "answered", /CNN/],
    ["when exactly does the sept deadline kick in", "answered", /September 29/],
    ["What's the government's main argument against Kaspersky?", "answered", /national security/],
    ["can u give me a quick rundown of kaspersky stuff", "answered", /ban|updates|switch/],
    ["will our kaspersky reps still have jobs next year?", "answered", /positions|workforce/],
    ["is kaspersky toast in america now?", "answered", /ceasing its US operations|wind down/],
    ["how's kaspersky taking this?", "answered", /sad and difficult|denie|resilient/],
    ["how long b4 they're totally gone from the us?", "answered", /more than a year/],
    ["how long til they're fully out?", "answered", /more than a year/],
    ["realistically how long before kaspersky is completely out of america?", "answered", /more than a year/],
    ["why r ppl calling it unprecedented", "answered", /unprecedented/],
    ["when were new kaspersky deals supposed to be blocked?", "answered", /July 20/],
    ["what's supposed to happen on sept 29?", "answered", /September 29/],
    ["how long will kaspersky keep protecting my laptop?", "answered", /September 29/],
    // "Fine" after "am", "is", "are" or "still" is "okay", not a penalty.
    ["do I have to remove kaspersky or am i fine?", "answered", /advises switching/],
    ["how much is fine if we keep selling it?", "not_found", /don't say/],
    // A person's position is their office, a side's position its stance.
    ["what position did raimondo hold?", "answered", /^Commerce Secretary Gina Raimondo/],
    ["what's the ban supposed to protect?", "answered", /Americans' (personal )?data/],
    ["we're a bit nervous about all this, any advice?", "answered", /replace|switch/],
    ["does the kremlin have sway over kaspersky?", "answered", /Moscow's influence/],
    // Advice asked for a kind of asker the articles never name is the articles' advice, not a question off the story.
    ["any advice for schools?", "answered", /replace|switch/],
    ["any advice for a small rural clinic?", "answered", /replace|switch/],
    ["which recommendations do the reports make?", "answered", /replace|switch/],
    ["is kaspersky still hiring people in america?", "answered", /positions|workforce/],
    ["why is antivirus software such a big deal for spying?", "answered", /spy|espionage|surveillance|system files/],
    ["is the ban a big deal for home users?", "answered", /[Hh]ome users/],
    ["yo is kaspersky really pulling out of the us or what", "answered", /ceasing|wind down|positions/],
    ["is kaspersky large on a global scale?", "answered", /leading/],
    ["how bad is all this for kaspersky's rep?", "answered", /reputation/],
    ["were officials worried about cyberattacks too or just spying", "answered", /cyberattacks/],
    ["which agency kicked kaspersky off government systems", "answered", /DHS|Homeland Security/],
    ["ok so what should IT actually do about the kaspersky installs we have", "answered", /advise switching|alternative/],
  ])("reads everyday wording as the articles' words: %s", (question, status, expected) => {
    const a = answer(question);
    expect(a.status).toBe(status);
    expect(`${a.answer} ${a.citations[0].quote}`).toMatch(expected);
  });

  it("reads a later 'when' as joining clauses, not asking for a date", () => {
    const a = answer("which sectors feel it most when national security and commercial interests collide, per the UBJ piece");
    expect(a.answer).toMatch(/technology and cybersecurity sectors/);
  });

  it.each([
    ["kaspersky founded year", /1997/],
    ["do we get in trouble if we keep kaspersky installed", /penalize/],
    ["What are Kaspersky's researchers known for?", /hacking operations/],
    ["how big a player is kaspersky in antivirus", /leading|giant|prominent/],
  ])("understands everyday wording: %s", (question, expected) => {
    const a = answer(question);
    expect(a.status).toBe("answered");
    expect(`${a.answer} ${a.citations[0].quote}`).toMatch(expected);
  });

  it("does not answer 'how many' with a number of something else", () => {
    expect(answer("how many US government contracts did kaspersky lose").status).toBe("not_found");
    expect(answer("how many US customers are affected").answer).toMatch(/not been disclosed/);
  });
});

describe("ask: the steps of a task", () => {
  it("says the sources don't give the steps to uninstall it, rather than answering with the advice to switch", () => {
    expect(answer("how do I uninstall kaspersky from a mac").status).toBe("not_found");
  });

  it("still answers how to respond to the news", () => {
    expect(answer("how do we comply with the ban").status).toBe("answered");
  });
});

describe("ask: broad questions that name nothing", () => {
  it.each(["what happened?", "wht happened?", "catch me up", "so what's the story", "what does this mean for the average person?"])(
    "answers %s with the overview of the story, cited",
    (q) => {
      const a = answer(q);
      expect(a.status).toBe("answered");
      expect(a.citations.length).toBeGreaterThan(1);
      expect(a.answer).toMatch(/wind|ban/i);
    },
  );

  it.each(["what are we supposed to do now?", "what are we expected to do?"])(
    "answers %s with the articles' advice: the word of obligation is not searched",
    (q) => {
      const a = answer(q);
      expect(a.status).toBe("answered");
      expect(a.answer).toMatch(/advise|switch|replace/i);
      expect(a.answer).not.toMatch(/expected to lead/);
    },
  );

  it("answers 'what should we do?' with the articles' advice, not the news", () => {
    const a = answer("what should we do?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/advise|switch|replace/i);
  });

  it.each([
    "our dental practice runs kaspersky on six front-desk PCs. how concerned should we be?",
    "does a family with kaspersky on every laptop need to change anything?",
  ])("answers whether someone who runs Kaspersky must worry or act (%s) with the articles' advice", (q) => {
    const a = answer(q);
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/advise|switch|replace/i);
  });

  it("answers the question after a request for the short version ('in a nutshell, why…'), not with the overview", () => {
    const a = answer("in a nutshell why did the us ban kaspersky?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/national security|spy|Russia/i);
    const leaving = answer("big picture - are they leaving the us for good?").answer;
    expect(leaving).not.toMatch(/^It matters because/);
    expect(leaving).toMatch(/leave|ceasing|wind/i);
  });

  it("lists the story's dates when asked to lay them out: 'lay out' says how to answer, not what about", () => {
    const a = answer("could you lay out the dates people need to know");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/July 20.*September 29/);
  });

  it("reads 'walk us through' as a request to tell, not as something asked about", () => {
    const a = answer("could you walk us through the key dates in this mess");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/July 20.*September 29/);
  });

  it("reads 'walk me through <doing something>' as asking for the steps of a task, which the articles don't give", () => {
    expect(answer("walk me through removing kaspersky from a mac").status).toBe("not_found");
  });

  it("reads 'lays out' in other senses without a list of something else", () => {
    const a = answer("which article lays out the executive orders?");
    expect(a.answer).toMatch(/executive orders/);
    expect(a.status).toBe("answered");
  });

  it("answers a request for a list with an overview that lists ('list the government actions against kaspersky since 2017')", () => {
    expect(answer("list the government actions against kaspersky since 2017").answer).toMatch(/2017.*2018/);
  });

  it.each(["what do the articles say?", "tell me what the sources say", "what else do the reports mention?"])(
    "answers %s, asked of the articles about nothing in particular, with the overview of the story",
    (q) => {
      const a = answer(q);
      expect(a.status).toBe("answered");
      expect(a.citations.length).toBeGreaterThan(1);
      // The story's overview gives its dates, which no single fact on one point does.
      expect(a.answer).toMatch(/July 20.*September 29/);
    },
  );

  it("keeps a question about the articles themselves after the asker's situation ('… What are your sources?')", () => {
    expect(answer("We run Kaspersky on 200 machines. What are your sources?").answer).not.toMatch(/ineffective/);
  });

  it("searches what the asker said before a question that only names the articles ('…What do the sources say?')", () => {
    const a = answer("We still run Kaspersky on laptops that will get no more updates. What do the articles say?");
    expect(a.status).toBe("answered");
    // What the articles say of software left without updates, quoted where it says when they stop.
    expect(a.answer).toMatch(/ineffective/);
    expect(a.citations[0].quote).toMatch(/security updates to existing users after September 29/);
  });

  it("says the sources don't say, rather than that it is off-topic, when the articles are asked about something they lack", () => {
    for (const q of ["what do the articles say about CrowdStrike?", "do the reports mention the fcc?"]) expect(answer(q).status).toBe("not_found");
  });

  it("still says what it can do when a question names only things the story lacks", () => {
    expect(answer("what should I eat for lunch?").status).toBe("out_of_scope");
  });
});

describe("ask: questions that name only the kind of answer they want", () => {
  it.each([
    ["what's the deadline?", /September 29, 2024|July 20, 2024/],
    ["which agency?", /Commerce/],
  ])("%s → the story's own", (question, expected) => {
    const a = answer(question);
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(expected);
  });

  it.each(["what's the deadline for my tax return", "what is the deadline for the olympics?"])(
    "%s → out of scope: it names more, which the sources lack",
    (question) => {
      expect(answer(question).status).toBe("out_of_scope");
    },
  );
});

describe("ask: disagreements", () => {
  it("cites a fact first by a sentence with its date when none of its sentences names the question's weightiest word ('pcs')", () => {
    const a = answer("kaspersky was banned on gov pcs before right? when");
    expect(a.answer).toMatch(/2017/);
    expect(a.citations[0].dates.length).toBeGreaterThan(0);
  });

  it("does not show two dates of two events as sources disagreeing on one", () => {
    // One article's wind-down start (July 20), another's announcement (June 20): not a disagreement.
    const a = answer("Which date did Commerce first announce the Kaspersky determination?");
    expect(a.status).not.toBe("conflict");
  });

  it("shows both corporate client counts, each with its source", () => {
    const a = answer("How many corporate clients does Kaspersky have?");
    expect(a.status).toBe("conflict");
    expect(a.answer).toMatch(/240,000.*vs.*270,000|270,000.*vs.*240,000/);
    expect(a.sides?.map((s) => s.sourceIds[0]).sort()).toEqual(["000", "004"]);
  });

  it("shows 'nearly two decades' against 'over two decades'", () => {
    const a = answer("How long has Kaspersky been operating in the US?");
    expect(a.status).toBe("conflict");
    expect(a.answer).toMatch(/nearly two decades/);
    expect(a.answer).toMatch(/over two decades/);
  });

  it("shows both lists of sanctioned executives, each cited, when the articles list different officers", () => {
    const a = answer("Which executives were sanctioned?");
    expect(a.status).toBe("conflict");
    expect(a.answer).toMatch(/chief of human resources/);
    expect(a.answer).toMatch(/corporate communications chief/);
    const cited = a.citations.map((c) => c.sourceId);
    expect(cited).toContain("001");
    expect(cited.some((id) => id === "000" || id === "002")).toBe(true);
  });

  it.each(["Which Kaspersky officials were sanctioned?", "who at kaspersky got sanctioned?"])(
    "reads '%s' as asking for the people sanctioned, not the agency that sanctioned them",
    (question) => {
      const a = answer(question);
      expect(a.status).toBe("conflict");
      expect(a.answer).not.toMatch(/^OFAC/);
      expect(a.answer).toMatch(/chief operating officer/);
    },
  );

  it("shows another source's different wording of a quotation, each cited", () => {
    const a = answer("What exactly did Raimondo say about Russia?");
    expect(["answered", "conflict"]).toContain(a.status);
    const shown = [a.answer, ...a.citations.map((c) => c.quote)].join("\n");
    expect(shown).toMatch(/capability and intent/);
    expect(shown).toMatch(/capacity and… intent/);
    expect(a.citations.map((c) => c.sourceId).sort()).toEqual(["001", "004"]);
  });

  it("finds another article's number for the same thing in its own words ('companies' = 'corporate clients')", () => {
    const a = answer("How many companies use Kaspersky?");
    expect(a.status).toBe("conflict");
    expect(a.answer).toMatch(/240,000/);
    expect(a.answer).toMatch(/270,000 corporate clients \(ema\.cam\)/);
  });

  it("finds every article's account of a duration, however it is worded ('doing business', 'presence', 'operating')", () => {
    const a = answer("how long had kaspersky been doing business in the US");
    expect(a.status).toBe("conflict");
    expect(a.answer).toMatch(/over two decades/);
    expect(a.answer).toMatch(/nearly two decades/);
  });

  it("checks a claimed number of years against the articles rather than searching for the number", () => {
    const a = answer("kaspersky's been in the US for like 25 yrs right?");
    expect(a.status).toBe("conflict");
    expect(a.answer).toMatch(/nearly two decades.*vs.*over two decades|over two decades.*vs.*nearly two decades/);
  });

  it("shows how another article tells the same point in its own words, cited as also reported", () => {
    const a = answer("under what legal authority did commerce ban kaspersky");
    expect(a.status).toBe("answered");
    const shown = [a.answer, ...a.citations.map((c) => c.quote)].join("\n");
    expect(shown).toMatch(/2021 executive order/);
    expect(shown).toMatch(/powers created by the Trump administration/);
    for (const c of a.citations) expect(c.published).toBeTruthy();
  });

  it("shows what the sources say of each alternative a question offers ('Biden or Trump'), each cited", () => {
    const a = answer("were the powers used for the kaspersky ban created under biden or trump?");
    expect(a.status).toBe("answered");
    const quotes = a.citations.map((c) => c.quote).join("\n");
    expect(quotes).toMatch(/Trump administration/);
    expect(quotes).toMatch(/Biden/);
  });

  it("puts sources that agree with each other on one side, however each words the number", () => {
    const a = answer("is it true kaspersky serves 270k corporate clients worldwide?");
    expect(a.status).toBe("conflict");
    expect(a.sides).toHaveLength(2);
    expect(a.sides?.find((s) => /240,000/.test(s.value))?.sourceIds.sort()).toEqual(["000", "003"]);
  });

  it("answers 'how many people' with the number of people, not a number standing near another asked word", () => {
    expect(answer("how many people use kaspersky products around the world?").answer).toMatch(/400 million/);
  });

  it("does not call a part of a quotation, or the same words in reported speech, a disagreement", () => {
    const a = answer("what did the notice on kaspersky's website say, word for word?");
    expect(a.status).toBe("answered");
    expect(a.citations.map((c) => c.quote).join("\n")).toMatch(/purchase is unavailable for US customers/);
    expect(answer("What did Kaspersky say about its strategic markets?").status).toBe("answered");
  });

  it("does not call 'over 400 million' and 'more than 400 million' a disagreement", () => {
    const a = answer("How many users does Kaspersky have worldwide?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/400 million users/);
  });
});

describe("ask: when the sources don't answer", () => {
  it.each(["Which antivirus should we switch to?", "What is the fine for selling Kaspersky after the deadline?", "How much does a Kaspersky license cost?"])(
    "%s → not_found, with related passages marked as related",
    (question) => {
      const a = answer(question);
      expect(a.status).toBe("not_found");
      expect(a.answer).toMatch(/sources don't say/);
      for (const c of a.citations) expect(c.role).toBe("related");
    },
  );

  it.each([
    "what antivirus should we get now?",
    "which av shud we buy instead",
    "whats the best free antivirus to switch to?",
    "what antivirus should our company buy now",
  ])("names no replacement the articles never name, however the choice is asked: %s", (question) => {
    const a = answer(question);
    expect(a.status).toBe("not_found");
    expect(a.answer).not.toMatch(/McAfee|Symantec/);
  });

  it("still names the rivals the articles name when asked for rivals, or whether Kaspersky is among the best, not for a replacement", () => {
    expect(answer("which antivirus companies are kaspersky's biggest rivals?").answer).toMatch(/McAfee/);
    expect(answer("Is Kaspersky one of the best antivirus brands?").answer).toMatch(/leading antivirus/);
  });

  it("does not answer 'how many' with a sentence that gives no number, but does with one that says none is known", () => {
    expect(answer("How many federal agencies were running Kaspersky before the 2017 ban?").status).toBe("not_found");
    expect(answer("how many employees lost their jobs?").answer).toMatch(/50/);
    expect(answer("how many US users does kaspersky have?").answer).toMatch(/not been disclosed|unclear/i);
  });

  it.each([
    ["how many employees does kaspersky have worldwide", /less than 50/],
    ["how many corporate clients does kaspersky have in the US", /240,000|270,000/],
  ])("does not answer a count in one scope (world, US) with a count in the other: %s", (question, wrong) => {
    const a = answer(question);
    // Either the sources don't say, or they say the count in that scope is not known.
    if (a.status !== "not_found") expect(a.answer).toMatch(/not been disclosed|unclear/);
    expect(a.answer).not.toMatch(wrong);
  });

  it("answers 'how many' with a number of the asked thing, or the sources' words on that number", () => {
    // Business clients are the corporate clients the articles count (and disagree on).
    expect(answer("how many business clients does kaspersky have").answer).toMatch(/240,000|270,000/);
    expect(answer("how many US customers are affected").answer).toMatch(/not been disclosed/);
  });

  it("does not answer a price per year with how many years the sources disagree on", () => {
    const a = answer("how much is kaspersky plus a year");
    expect(a.status).toBe("not_found");
  });

  it("does not answer a question for a person by their role ('which CNN reporter…') with an organisation", () => {
    expect(answer("Which CNN reporter broke the story first?").status).toBe("not_found");
    expect(answer("Which official formally declared the ban?").answer).toMatch(/Raimondo/);
  });

  it("reads 'who's the <role>…' as asking for the person: a sentence naming only their organisation does not answer", () => {
    expect(answer("Who's the CNN reporter that broke the Kaspersky story?").status).toBe("not_found");
    expect(answer("Who is the Treasury Secretary that signed off on the sanctions?").status).toBe("not_found");
    expect(answer("who's the secretary that announced the ban").answer).toMatch(/Gina Raimondo/);
  });

  it("does not answer a person asked for by a title with someone the sources title otherwise ('President Joe Biden' is no reporter)", () => {
    expect(answer("who is the reporter that broke it").status).toBe("not_found");
    expect(answer("which reporter broke it").status).toBe("not_found");
    expect(answer("who's the US president that unveiled the ban?").answer).toMatch(/Joe Biden/);
  });

  it("answers a person asked for by an office only from a sentence that names that office ('the secretary of defense' is not the Commerce Secretary)", () => {
    expect(answer("who is the secretary of homeland security").status).toBe("not_found");
    expect(answer("Who's the chief legal officer that was sanctioned?").status).toBe("not_found");
    expect(answer("who is the secretary of commerce").answer).toMatch(/Gina Raimondo/);
    expect(answer("which cabinet secretary announced the ban?").answer).toMatch(/Gina Raimondo/);
  });

  it("does not answer for a side no article quotes ('what did Congress say…')", () => {
    expect(answer("What did Congress say about the Kaspersky ban?").status).toBe("not_found");
  });

  it("reads 'overnight or slowly' as asking how fast Kaspersky leaves: gradually; not a slow computer", () => {
    expect(answer("Is Kaspersky disappearing from the US overnight, or is this a slow exit?").answer).toMatch(/gradually winding down/);
    expect(answer("does kaspersky slow down computers?").status).toBe("not_found");
  });

  it("reads updates that 'die' as updates that stop, and only updates", () => {
    expect(answer("when do the updates die exactly").answer).toMatch(/September 29, 2024/);
    expect(answer("will kaspersky die as a company after this?").answer).not.toMatch(/national security/);
  });

  it("does not answer 'which vendor' with a sentence that names only a person", () => {
    expect(answer("Which antivirus vendor are we supposed to move to instead?").status).toBe("not_found");
  });

  it("answers 'which countries' with a sentence that names places, though a place names no vendor", () => {
    const a = answer("Which countries do those Trump-era powers treat as foreign adversaries?");
    expect(a.status).toBe("answered");
    expect(a.citations[0].quote).toMatch(/Russia and China/);
  });

  it.each([
    "What's the weather in Boston tomorrow?",
    "<!channel> tell everyone lunch is free",
    "???",
    "hello",
    "write me a poem about cats",
    "never mind",
    "no worries, thanks",
  ])("%s → out_of_scope, saying what the bot can do", (question) => {
    const a = answer(question);
    expect(a.status).toBe("out_of_scope");
    expect(a.answer).toMatch(/Kaspersky/);
    expect(a.citations).toEqual([]);
  });

  it.each(["", "   ", "help", "HELP", "are you a human?", "r u an AI", "am i chatting with a real person or a bot?"])("%j → help", (question) => {
    expect(answer(question).status).toBe("help");
  });
});

describe("ask: bad input", () => {
  it.each([
    ["10 kB of text", "When do updates stop? ".repeat(500)],
    ["control characters", "When\u0000 do\u0007 updates\u001b stop?"],
    ["emoji", "🤔 when do updates stop 🛑?"],
    ["an injected ping", "<!channel> <@U123ABC> when do updates stop?"],
    ["right-to-left and zero-width characters", "\u202ewhen\u200b do updates stop?"],
  ])("answers %s without throwing", (_, question) => {
    const a = answer(question);
    expect(a.question.length).toBeLessThanOrEqual(501);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters must be gone.
    expect(a.question).not.toMatch(/[\u0000-\u001f]/);
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/September 29, 2024/);
  });
});

describe("ask: the question bank", () => {
  it("answers a request for advice with advice, not with a count its words happen to match", () => {
    // "how many firms rely on kaspersky" shares most of these words.
    const a = answer("what should a small firm that relies on kaspersky do?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/advis|replace|switch/);
    expect(a.answer).not.toMatch(/corporate clients/);
  });

  it("gives Kaspersky's side as its denial and its case against the ban, not only its farewell", () => {
    const a = answer("how has kaspersky responded to all of this?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/denies the allegations.*geopolitical climate and theoretical concerns/);
    expect(a.citations[0].quote).toMatch(/geopolitical climate and theoretical concerns/);
  });

  it("reads exposure as the articles' vulnerable endpoints ('what's our exposure if we keep kaspersky?')", () => {
    expect(answer("what's our exposure if we keep kaspersky?").answer).toMatch(/vulnerable/);
  });

  it("reads a Kaspersky team in the US as its US staff ('will kaspersky keep a US team for partners like us?')", () => {
    expect(answer("will kaspersky keep a US team for partners like us?").answer).toMatch(/^Kaspersky is eliminating all of its US-based positions/);
  });

  it("reads choosing as the articles' decision ('did kaspersky choose to quit the us market?')", () => {
    expect(answer("did kaspersky choose to quit the us market?").answer).toMatch(/sad and difficult decision/);
  });

  it("reads whether the company will collapse or die as whether it survives ('could the whole company collapse over this?')", () => {
    expect(answer("could the whole company collapse over this?").answer).toMatch(/remains resilient/);
  });

  it("answers whether Kaspersky will sue with its plan to fight the ban in court, and that it gave up instead", () => {
    expect(answer("is kaspersky going to sue the government?").answer).toMatch(/legally available options.*abandon/);
  });

  it("answers whether Kaspersky goes on outside the US with its plans there, not a refusal", () => {
    const a = answer("will kaspersky carry on elsewhere in the world?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/keep investing in strategic markets/);
  });

  it("answers whether the US acted against Kaspersky before with the earlier bans, not only with how new this one is", () => {
    const a = answer("is this the first time the us took action against kaspersky?");
    expect(a.answer).toMatch(/2017.*2018/);
    expect(a.citations[0].quote).toMatch(/^In 2017, the U\.S\. government banned its agencies/);
  });

  it.each(["what's new with kaspersky?", "whats the latest with kaspersky"])("answers '%s' with the story's overview", (question) => {
    expect(answer(question).answer).toMatch(/^Kaspersky is winding down its US operations/);
  });

  it.each([
    ["how much $ did kaspersky make in the us, % wise", /10%/],
    ["what key dates does everyone affected need to keep in mind?", /June 20, 2024.*July 20.*September 29/],
  ])("reads chat's percent and dollar signs and 'to keep in mind': %s", (question, expected) => {
    expect(answer(question).answer).toMatch(expected);
  });

  it("answers a network team with the articles' advice to network engineers, not the government's to every user", () => {
    const a = answer("should the network team be looking at other antivirus vendors?");
    expect(a.answer).toMatch(/^Security professionals are advised to closely monitor/);
    expect(a.citations[0].quote).toMatch(/^Security professionals and network engineers should closely monitor/);
  });

  it("quotes an overview's points in the order its line makes them: a home user may keep Kaspersky, then loses its updates", () => {
    const a = answer("should i worry that i still have kaspersky at home?");
    expect(a.answer).toMatch(/^Home users can keep running Kaspersky without penalty, but it gets no updates/);
    expect(a.citations.map((c) => c.quote)).toEqual([
      expect.stringContaining("won’t penalize those continuing to use Kaspersky"),
      expect.stringContaining("providing security updates to existing users"),
      expect.stringContaining("increasingly ineffective"),
    ]);
  });

  it("gives security professionals the articles' advice to them, not the government's to everyone", () => {
    const a = answer("what are network engineers told to do about kaspersky?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/closely monitor/);
    expect(a.citations[0].quote).toMatch(/^Security professionals and network engineers should closely monitor/);
  });

  it("answers a request for advice with advice, not with a fact that shares its words ('businesses' is not Kaspersky's business)", () => {
    expect(answer("what should businesses do?").answer).toMatch(/^Businesses should replace Kaspersky/);
  });

  it.each(["what date was the Commerce ban announced?", "wen did commerce dept announce the ban exactly"])(
    "cites a date by the sentence that writes it ('on June 20'), not one that only dates it ('last month'): %s",
    (question) => {
      const a = answer(question);
      expect(a.answer).toContain("June 20, 2024");
      expect(a.citations[0].quote).toContain("June 20");
    },
  );

  it.each(["so what's the deal with kaspersky?", "we're a 12-person office and every laptop runs kaspersky. what does this ban actually mean for us??"])(
    "gives a broad question an overview: two or three facts, each its own cited point: %s",
    (question) => {
      const a = answer(question);
      expect(a.status).toBe("answered");
      const points = a.citations.filter((c) => c.role === "answer");
      expect(points.length).toBeGreaterThanOrEqual(2);
      expect(points.length).toBeLessThanOrEqual(3);
    },
  );

  it.each([
    "what did eugene kaspersky say about the ban",
    "how many kaspersky customers are in germany",
    "does UltraAV replace kaspersky for US users?",
    "is Bitdefender a good replacement?",
    "does Webroot keep working after the ban?",
  ])("refuses a question about someone or something the articles never name: %s", (question) => {
    expect(answer(question).status).toBe("not_found");
  });

  it.each([
    "Do updates stop on our Macs too?",
    "When do updates stop for our Chromebooks?",
    "When do updates stop on our Ubuntu servers?",
    "When do updates stop for Kaspersky on Azure VMs?",
    "Sorry to bug you. Kindly tell me when updates stop.",
  ])("answers an admin's question that names what they run, as IT writing capitalises it: %s", (question) => {
    const a = answer(question);
    expect(a.status).toBe("answered");
    expect(`${a.answer} ${a.citations[0].quote}`).toMatch(/September 29/);
  });

  it.each(["was it ever proven that kaspersky spied for russia?", "have they proven anything against kaspersky?"])(
    "relates an irregular verb form to its base, as people ask it in the bank ('proven', 'prove'): %s",
    (question) => {
      expect(answer(question).answer).toMatch(/never provided concrete evidence/);
    },
  );

  it.each(["Can we tell clients Kaspersky was proven to have spied for Russia?", "tbh is this just politics? did they ever show proof"])(
    "reads someone having proven it as a question of evidence (lexicon): %s",
    (question) => {
      expect(answer(question).answer).toMatch(/never provided concrete evidence/);
    },
  );

  it("answers a request for advice from the passage that gives advice, however much the asker says about themselves", () => {
    const a = answer("We run a few hundred endpoints with Kaspersky. What approach do the articles recommend?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/advises? switching|should replace Kaspersky/);
  });

  it("gives a broad question after the asker's context the overview it gets alone, when the context answers nothing", () => {
    const alone = answer("What should we actually be doing now?");
    const a = answer("We're a small shop that relies on Kaspersky. What should we actually be doing now?");
    expect(a.status).toBe("answered");
    expect(a.answer).toBe(alone.answer);
    expect(a.answer).toMatch(/replace Kaspersky/);
  });

  it("reads a day written as an ordinal as the day the articles print ('sept 29th'), and only after a month", () => {
    const a = answer("what changes on sept 29th?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/September 29/);
    // "3rd party" is no day, and no 3%.
    expect(answer("does the ban cover 3rd party products that use kaspersky's engine?").answer).not.toMatch(/3%/);
  });

  it("reads chat shorthand for what it asks: 'whats the cutoff date' asks for a date", () => {
    const a = answer("whats the cutoff date for updates");
    expect(a.answer).toMatch(/September 29, 2024/);
  });

  it.each(["Raimondo said Moscow's influence was a risk to what, exactly?", "What kind of threat did Raimondo say Kaspersky represented?"])(
    "leads with the sentence that says a fact's answer, not one that only echoes the question's words: %s",
    (question) => {
      expect(answer(question).citations[0].quote).toMatch(/risk to US infrastructure and services/);
    },
  );

  it("cites each source once, the sentence that states the answer first", () => {
    const a = answer("how many employees lost jobs");
    // The bare count ("Less than 50 employees.") or a sentence that gives it.
    expect(a.answer).toMatch(/less than 50/i);
    expect(a.citations[0].quote).toMatch(/less than 50/);
    const sources = a.citations.map((c) => c.sourceId);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it("answers a yes/no question from the fact it asks about, in a sentence with a subject", () => {
    const a = answer("do we have to uninstall kaspersky now??");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/^[A-Z].* (penaliz|advis|switch)/);
  });
});

describe("ask: answer lines read as answers", () => {
  it.each([
    ["Where does the concern about Americans' personal data fit in?", /^Derived/],
    ["kaspersky us capacity", /^Prohibits/],
  ])("%s → a line that keeps its subject, not a clause cut from it", (question, cut) => {
    const a = answer(question);
    expect(a.status).toBe("answered");
    expect(a.answer).not.toMatch(cut);
    // The line is the sentence it would have been cut from: it opens as the quoted sentence does.
    expect(a.citations[0].quote.startsWith(a.answer.slice(0, 20))).toBe(true);
  });

  it("judges a clause as it is shown: 'but has now decided…' loses its subject with its 'but'", () => {
    const a = answer("who decided this?");
    expect(a.status).toBe("answered");
    expect(opensWithoutSubject(a.answer)).toBe(false);
    expect(a.answer).not.toMatch(/^Has now decided/);
  });

  it.each([
    "Has been a prominent player in global markets for years.",
    "Citing the ban as the reason.",
    "Derived from executive orders.",
    "Set to take effect on September 29.",
    "Prohibits the sale and distribution of Kaspersky products.",
    "With a message reading “purchase is unavailable”.",
    "To protect our customers in any country.",
    "Like Kaspersky Lab, to collect and weaponize sensitive U.S. information.",
    // An adverb before a preposition qualifies what was cut away.
    "Particularly in the technology and cybersecurity sectors where national security concerns intersect with commercial interests.",
    "Rather than risk further sanctions and regulatory hurdles in the country.",
  ])("reads '%s' as a clause cut from its subject", (line) => expect(opensWithoutSubject(line)).toBe(true));

  it.each([
    "Looking ahead, Kaspersky will face the challenge.",
    "Kaspersky is a Russian company.",
    "Nearly a month.",
    "Roughly 10% of its global revenue.",
    "Sales of Kaspersky software are barred.",
  ])("reads '%s' as a line with its subject", (line) => expect(opensWithoutSubject(line)).toBe(false));

  it("takes an imperative as advice only when it is advice", () => {
    expect(opensWithoutSubject("Replace Kaspersky entirely.", { imperative: true })).toBe(false);
    expect(opensWithoutSubject("Replace Kaspersky entirely.")).toBe(true);
  });
});

describe("ask: wording that once broke the reading", () => {
  const trace: Trace = {};

  it("answers a question holding a word an object's prototype also has ('constructor')", () => {
    expect(() => answer("who is the constructor of the ban")).not.toThrow();
  });

  it("keeps 'U.S.' as the country, not chat shorthand for 'you'", () => {
    const a = ask(seeds(), "When does the U.S. ban take effect?", { trace });
    expect(trace.question?.termSet.has("us")).toBe(true);
    expect(a.status).toBe("answered");
  });

  it.each(["FYI when do updates stop", "when do updates stop, need it ASAP"])("reads chat acronyms as chat, not as names the articles lack: %s", (question) => {
    expect(answer(question).answer).toMatch(/September 29/);
  });

  it("names an article's own publisher only for a question about the reporting", () => {
    expect(answer("Who in the government made the call on the ban, and what did they say?").answer).toMatch(/Raimondo/);
    expect(answer("who did kaspersky give its statement to").answer).toMatch(/Cyber Express/);
    expect(answer("Who did Kaspersky say this to?").answer).toMatch(/Cyber Express/);
  });

  it("reads a word asking for advice as the kind of answer wanted: asked of a burger joint, it asks nothing of the story", () => {
    expect(answer("can you recommend a decent burger joint?").status).toBe("out_of_scope");
  });

  it("reads pressure on Kaspersky as no influence of Moscow's ('did the US pressure Kaspersky to leave?')", () => {
    expect(answer("did the US pressure Kaspersky to leave?").answer).not.toMatch(/Moscow's influence/);
  });

  it("quotes first a sentence that writes the date its answer line gives, whatever kind of question", () => {
    const a = answer("will my kaspersky stop working?");
    expect(a.answer).toMatch(/September 29/);
    expect(a.citations[0].quote).toMatch(/September 29/);
  });

  it("answers whom a statement was given to with the name it was given to, not a name inside it", () => {
    const a = answer("what outlet did kaspersky give its statement on the layoffs to?");
    expect(a.answer).toMatch(/Cyber Express/);
    expect(a.answer).not.toMatch(/Commerce/);
  });

  it("answers 'who' with a name given as an example of a kind ('rivals such as McAfee') only when the question asks about that kind", () => {
    expect(answer("who set up kaspersky back in 1997?").answer).not.toMatch(/McAfee/);
    expect(answer("which american firms does kaspersky compete against?").answer).toMatch(/McAfee and Symantec/);
  });

  it("refuses a value only the question's subject asks for, not a word used as a topic", () => {
    expect(answer("What's the Kaspersky support phone number for US customers?").status).toBe("not_found");
    expect(answer("What is the link between Kaspersky and the Russian government?").status).toBe("answered");
  });

  it("refuses a contact asked for as whether it exists ('is there a hotline number…'), while 'is there a fine?' still gets the articles' word on penalties", () => {
    expect(answer("Is there a Commerce Department hotline number I can call with questions about the Kaspersky ruling?").status).toBe("not_found");
    expect(answer("is there a fine for still using kaspersky?").answer).toMatch(/penal/);
  });

  it.each([
    ["Is there a website notice for US customers?", /purchase is unavailable/],
    ["Is there a phone version of Kaspersky affected by the ban?", /prohibits the sale/],
  ])("still answers 'is there…' of a thing a contact word only describes: %s", (question, expected) => {
    expect(answer(question).answer).toMatch(expected);
  });

  it.each(["What's the name of the Commerce ruling Kaspersky referenced in its statement?", "What formal ruling did Commerce issue that Kaspersky cited?"])(
    "reads a ruling as the articles' Final Determination (lexicon): %s",
    (question) => {
      const a = answer(question);
      expect(`${a.answer} ${a.citations[0]?.quote}`).toMatch(/Final Determination/);
    },
  );

  it.each(["whats the docket number for the kaspersky rule", "give me the Federal Register citation for the final determination"])(
    "refuses a reference code no sentence gives, though a sentence names the document: %s",
    (question) => {
      expect(answer(question).status).toBe("not_found");
    },
  );

  it.each(["are the laid-off people getting severance?", "do i get a refund for the rest of my kaspersky subscription?"])(
    "refuses whether someone receives a thing the articles never mention, whatever they say about those people: %s",
    (question) => {
      expect(answer(question).status).toBe("not_found");
    },
  );

  it.each(["will we get signature updates after september?", "did kaspersky get banned in 2017 too?", "will i get in trouble for running kaspersky"])(
    "still answers what someone gets when the articles name it, or a 'get' that is no receiving: %s",
    (question) => {
      expect(answer(question).status).toBe("answered");
    },
  );

  it("refuses 'how many' when the only number near the answer is a year", () => {
    expect(answer("how many federal agencies had to remove kaspersky in 2017?").status).toBe("not_found");
  });

  it.each(["what happened to kaspersky's us business in 2025?", "did kaspersky come back to the us in 2026?"])(
    "refuses what happened after the articles were written, and says when they were: %s",
    (question) => {
      const a = answer(question);
      expect(a.status).toBe("not_found");
      expect(a.answer).toMatch(/published in 2024, before 202[56]/);
    },
  );

  it("still answers a question that names a later year without asking what happened then", () => {
    expect(answer("will signature updates still download after sept 29 if the license is paid thru 2025?").status).toBe("answered");
  });

  it("does not search for how a claimed number is put: 'more or less than 20 years' is not about 'less than 50 employees'", () => {
    const a = answer("was kaspersky in the US for more or less than 20 yrs?");
    expect(a.status).toBe("conflict");
    expect(a.answer).toMatch(/two decades/);
  });

  describe("round 9's mechanisms, held to what the review found", () => {
    it.each(["Our office printer keeps jamming on the network. What should we do?", "What should network engineers do about the new office wifi?"])(
      "gives no Kaspersky advice to a request for advice about something else: %s",
      (question) => {
        expect(answer(question).status).not.toBe("answered");
      },
    );

    it.each([
      "what happens to kaspersky in 2025 if we don't uninstall it?",
      "will updates have stopped by 2025?",
      "can we keep running Kaspersky alongside Intune until we migrate?",
      "the Helpdesk is asking when updates stop",
      "When do Kaspersky updates stop, so we can plan our move to Webroot?",
      "Are Kaspersky updates ending for Webroot-managed machines?",
      "give me a citation for the September 29 date",
      "Does it get worse after September 29?",
    ])("still answers what the articles answer: %s", (question) => {
      expect(answer(question).status).toBe("answered");
    });

    it.each([
      ["Did updates stop in 2025?", /September 29, 2024/],
      ["Was Kaspersky founded in 2025?", /1997/],
    ])("corrects a later year in the question with the earlier date the articles give: %s", (question, date) => {
      const a = answer(question);
      expect(a.status).toBe("answered");
      expect(a.answer).toMatch(date);
    });

    it("does not read 'get the axe' as a thing received", () => {
      expect(answer("Did Kaspersky employees get the axe?").status).toBe("answered");
    });

    it("reads a simple past as the question asks it, not as its base verb: 'who forbade the sale' asks for a person", () => {
      expect(answer("Who forbade the sale of Kaspersky software?").answer).toMatch(/Raimondo/);
    });

    it("reads chat idioms for being laid off as being laid off, not as a thing received", () => {
      expect(answer("Did the Kaspersky employees get the sack?").answer).toMatch(/laying off|laid off/);
    });

    it("refuses 'get my money back' as it refuses a refund", () => {
      expect(answer("Will I get my money back for my kaspersky license?").status).toBe("not_found");
    });
  });

  it("answers 'per the … article' with that article's side of a disagreement", () => {
    const a = answer("per the ema.cam article, how many corporate clients does kaspersky have");
    expect(a.answer).toMatch(/270,000/);
    expect(a.answer).not.toMatch(/240,000/);
    expect(a.citations[0].sourceId).toBe("004");
  });
});
