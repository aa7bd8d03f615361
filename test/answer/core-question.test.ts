import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { coreQuestion } from "../../src/answer/core-question.js";
import { seeds } from "../helpers.js";

describe("coreQuestion", () => {
  it("drops the sentences in which the asker describes themselves", () => {
    expect(coreQuestion("Hi, we're a 120-person logistics company and a third of our laptops run Kaspersky. Did Kaspersky say why they're leaving?")).toBe(
      "Did Kaspersky say why they're leaving?",
    );
  });

  it("keeps a statement about the US, the country, which a short question after it refers to; 'our' is still the asker's", () => {
    expect(coreQuestion("Filling in our migration checklist. Kaspersky said its US wind-down begins on a set date; which date?")).toBe(
      "Kaspersky said its US wind-down begins on a set date; which date?",
    );
    expect(coreQuestion("Scenario: a US customer wants to download a Kaspersky update in October. Allowed?")).toBe(
      "a US customer wants to download a Kaspersky update in October. Allowed?",
    );
    expect(ask(seeds(), "Filling in our migration checklist. Kaspersky said its US wind-down begins on a set date; which date?").answer).toMatch(/July 20/);
  });

  it("reads the question after a statement and 'but' ('…cant buy it anymore but can we keep running it'), not a clause that goes on with the statement", () => {
    expect(coreQuestion("so the store wont sell it to us anymore but can we keep running it")).toBe("can we keep running it");
    expect(coreQuestion("Our two labs run Kaspersky but are billed from Canada. Is that a problem?")).toBe("Is that a problem?");
    // Nor a clause whose auxiliary has no subject of its own after it.
    expect(coreQuestion("we run it on 12 desktops but were told support ends soon, what now?")).toBe("what now?");
    // An open question after "but" may need the statement's topic.
    expect(coreQuestion("a distributor like us could keep licensing it, but what do the rules say?")).toBe(
      "a distributor like us could keep licensing it, but what do the rules say?",
    );
  });

  it("drops a lead-in that apologises for the question ('sorry if this is obvious, but…', 'dumb question but…'), with its 'but'", () => {
    expect(coreQuestion("Apologies if everyone knows this already, but who ordered the ban?")).toBe("who ordered the ban?");
    expect(coreQuestion("probably a noob thing but is kaspersky gone for good?")).toBe("is kaspersky gone for good?");
    expect(coreQuestion("I might have missed it, but who ordered the ban?")).toBe("who ordered the ban?");
    // A lead-in that says something of the story is kept.
    expect(coreQuestion("Kaspersky is leaving, when exactly?")).toBe("Kaspersky is leaving, when exactly?");
    expect(coreQuestion("Kaspersky is leaving, but when?")).toBe("Kaspersky is leaving, but when?");
  });

  it("reads a task on a topic ('help me draft a memo on…') as asking about the topic; the document is the asker's", () => {
    expect(coreQuestion("help me draft a memo on the deadlines")).toBe("tell me about the deadlines");
    expect(coreQuestion("can u help me write an email to customers explaining the ban")).toBe("tell me about the ban");
    expect(coreQuestion("help me make a slide for the board with the key ban dates")).toBe("tell me about the key ban dates");
    // Not a task ('figure out'), nor a task with no topic.
    expect(coreQuestion("help me figure out when updates stop")).toBe("help me figure out when updates stop");
    expect(coreQuestion("help me order a pizza")).toBe("help me order a pizza");
  });

  it("drops what the answer is for, after the question", () => {
    expect(coreQuestion("When does Kaspersky begin winding down its US operations? I need the precise date for an audit report.")).toBe(
      "When does Kaspersky begin winding down its US operations?",
    );
    expect(coreQuestion("when do updates stop? need the exact date for a compliance memo")).toBe("when do updates stop?");
  });

  it("drops a lead-in and a parenthesis about the asker, but not one about the subject", () => {
    expect(coreQuestion("quick one from our compliance team (we're a regional bank): how many employees did Kaspersky have in the US?")).toBe(
      "how many employees did Kaspersky have in the US?",
    );
    expect(coreQuestion("Before we plan anything, did Kaspersky say why?")).toBe("did Kaspersky say why?");
    expect(coreQuestion("besides Russia, which other country is named?")).toBe("besides Russia, which other country is named?");
    expect(coreQuestion("What did the Office of Foreign Assets Control (OFAC) do?")).toBe("What did the Office of Foreign Assets Control (OFAC) do?");
  });

  it("drops a courtesy before the question, set apart by a stop, a comma or a spaced dash", () => {
    expect(coreQuestion("morning! whats kaspersky saying about all this")).toBe("whats kaspersky saying about all this");
    expect(coreQuestion("evening folks, is kaspersky banned")).toBe("is kaspersky banned");
    expect(coreQuestion("thx! one more - how many countries is kaspersky in")).toBe("how many countries is kaspersky in");
    expect(coreQuestion("hey quick q – is kaspersky gone from the us?")).toBe("is kaspersky gone from the us?");
    expect(coreQuestion("Quick sanity check for a client deck: roughly what share of US antivirus users were on Kaspersky?")).toBe(
      "roughly what share of US antivirus users were on Kaspersky?",
    );
  });

  it("drops how the asker wants the answer put before a question, however it is set apart, and keeps it alone", () => {
    expect(coreQuestion("long story short: when do the updates end?")).toBe("when do the updates end?");
    expect(coreQuestion("in brief, who announced the ban")).toBe("who announced the ban");
    expect(coreQuestion("tldr - are resellers affected?")).toBe("are resellers affected?");
    expect(coreQuestion("simply put what does the ban prohibit")).toBe("what does the ban prohibit");
    expect(coreQuestion("tl;dr?")).toBe("tl;dr?");
    expect(coreQuestion("give me the big picture")).toBe("give me the big picture");
  });

  it("drops an answer form asked for after the question ('…? What's the short answer?'), which asks nothing of its own", () => {
    expect(coreQuestion("Users keep asking whether Kaspersky is still legal. What's the short answer?")).toBe("is Kaspersky still legal?");
    expect(coreQuestion("why are they leaving the US? give me the tl;dr")).toBe("why are they leaving the US?");
  });

  it("drops what makes the answer form acceptable with it ('short answer is fine: …'): 'is fine' left alone opened a yes/no question about a fine", () => {
    expect(coreQuestion("short answer is fine: when do updates stop?")).toBe("when do updates stop?");
    expect(coreQuestion("a one-liner please - who announced the ban?")).toBe("who announced the ban?");
    expect(coreQuestion("tl;dr is fine. are resellers affected?")).toBe("are resellers affected?");
  });

  it("drops the label the asker puts before their context ('Context: …. What…?'), and reads what follows as any statement", () => {
    expect(coreQuestion("Context: 40 seats at a dental group, all on Kaspersky. Which date matters most?")).toBe(
      "40 seats at a dental group, all on Kaspersky. Which date matters most?",
    );
    expect(coreQuestion("background - we're a rural clinic, no IT staff. do we need to act now?")).toBe("do we need to act now?");
    expect(coreQuestion("Background: the 2018 military ban. Who imposed it?")).toBe("the 2018 military ban. Who imposed it?");
    // Without a question after it, the message stays whole.
    expect(coreQuestion("Context: we run Kaspersky everywhere.")).toBe("Context: we run Kaspersky everywhere.");
  });

  it("keeps what comes before a dash that is not a courtesy: it is part of the question", () => {
    const asked = "our firewalls use kaspersky feeds under the hood — does the ban cover those?";
    expect(coreQuestion(asked)).toBe(asked);
  });

  it("drops a lead-in saying from where one asks, but not one naming the topic", () => {
    expect(coreQuestion("From a hospital IT point of view, what is the risk officials see?")).toBe("what is the risk officials see?");
    expect(coreQuestion("as an MSP, what should clients do?")).toBe("what should clients do?");
    expect(coreQuestion("In terms of revenue, how big is the US market for kaspersky?")).toBe("In terms of revenue, how big is the US market for kaspersky?");
    expect(coreQuestion("For the sales ban, what's the deadline?")).toBe("For the sales ban, what's the deadline?");
  });

  it("drops the asker's document the answer is for before the question, after a comma or a colon, not whom it is for", () => {
    expect(coreQuestion("For the compliance log, on what date did Commerce announce the ban?")).toBe("on what date did Commerce announce the ban?");
    expect(coreQuestion("For the timeline slide: when do updates stop?")).toBe("when do updates stop?");
    expect(coreQuestion("for compliance docs: which agency issued it?")).toBe("which agency issued it?");
    expect(coreQuestion("For home users, what changes?")).toBe("For home users, what changes?");
    expect(coreQuestion("For resellers: can we still sell it?")).toBe("For resellers: can we still sell it?");
  });

  it("reads a question reported inside a statement as the question ('our board wants to know if…', 'my boss asked me what…')", () => {
    expect(coreQuestion("our CEO wants to know if we must uninstall kaspersky")).toBe("must we uninstall kaspersky?");
    expect(coreQuestion("Our board wants to know if there's hard evidence it was compromised.")).toBe("is there hard evidence it was compromised?");
    expect(coreQuestion("Our clients want to know whether they're legally exposed")).toBe("are they legally exposed?");
    expect(coreQuestion("my boss asked me what the deadline is")).toBe("what the deadline is?");
    expect(coreQuestion("A client's CFO asked which agency sanctioned the leadership. Who was it?")).toBe(
      "which agency sanctioned the leadership? Who was it?",
    );
  });

  it("reads a reported question with a possessive, 'or not', or too few words to ask anything, as written", () => {
    expect(coreQuestion("the board wants to know if Kaspersky's updates will stop")).toBe("will Kaspersky's updates stop?");
    expect(coreQuestion("we need to know whether or not we must uninstall it")).toBe("must we uninstall it?");
    expect(coreQuestion("just wondering if")).toBe("just wondering if");
  });

  it("keeps a sentence a standpoint only opens ('As an example, take…'), which the question may point back to", () => {
    const message = "As an example, take Kaspersky Password Manager. Does the ban apply to it?";
    expect(coreQuestion(message)).toBe(message);
  });

  it("does not read a first-person sentence opened by 'for what' or 'with what' as a question", () => {
    expect(coreQuestion("For what it's worth, we run Kaspersky on 300 laptops. When do updates stop?")).toBe("When do updates stop?");
    expect(coreQuestion("With what's going on, we're dropping Kaspersky. Any advice?")).toBe("Any advice?");
  });

  it("reads a question word after a preposition as where the question starts", () => {
    expect(coreQuestion("For the board memo, in which year was Kaspersky founded?")).toBe("in which year was Kaspersky founded?");
    expect(coreQuestion("Our auditors asked, by what date must sales stop?")).toBe("by what date must sales stop?");
  });

  it("drops whom in the asker's organisation the answer is for at the question's end ('…for my boss?')", () => {
    expect(coreQuestion("could you outline the kaspersky ban for our board?")).toBe("could you outline the kaspersky ban?");
    expect(coreQuestion("For my CFO, how much revenue did kaspersky lose?")).toBe("how much revenue did kaspersky lose?");
    // Someone else's is what the question is about.
    expect(coreQuestion("For Kaspersky's CFO, was he sanctioned?")).toBe("For Kaspersky's CFO, was he sanctioned?");
  });

  it("drops the asker's document the answer is for at the question's end, not whom it is about", () => {
    expect(coreQuestion("When do the resale limits kick in for our change calendar?")).toBe("When do the resale limits kick in?");
    expect(coreQuestion("is there a deadline for our licenses?")).toBe("is there a deadline for our licenses?");
    expect(coreQuestion("Is there any risk for our patient records?")).toBe("Is there any risk for our patient records?");
  });

  it("drops what the asker will do with the answer in their document ('…that I can cite in our security policy?')", () => {
    expect(coreQuestion("Did the Pentagon ban Kaspersky earlier, in a way we can cite in our security policy?")).toBe(
      "Did the Pentagon ban Kaspersky earlier, in a way we can cite in our security policy?",
    );
    expect(coreQuestion("Is there an older federal ban on Kaspersky that I could quote in my memo?")).toBe("Is there an older federal ban on Kaspersky?");
    expect(coreQuestion("When do updates stop for our IT policy?")).toBe("When do updates stop?");
  });

  it("keeps every question of a message, and abbreviations inside a sentence", () => {
    expect(coreQuestion("is it still legal to use it after Sept. 29? will we get in trouble")).toBe(
      "is it still legal to use it after Sept. 29? will we get in trouble",
    );
    expect(coreQuestion("We use it at work. When do U.S. sales stop?")).toBe("When do U.S. sales stop?");
  });

  it("returns a message with no question in it whole", () => {
    expect(coreQuestion("we run Kaspersky on our servers")).toBe("we run Kaspersky on our servers");
    expect(coreQuestion("kaspersky ban")).toBe("kaspersky ban");
  });
});
