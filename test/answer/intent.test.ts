import { describe, expect, it } from "vitest";
import { detectIntent } from "../../src/answer/intent.js";

describe("detectIntent: what kind of answer a question wants", () => {
  it.each([
    ["Who announced the ban?", "who"],
    // A statement with "or not" after it asks whether it is so, whatever it ends on.
    ["kasp still ok to use til the deadline or not", "yes_no"],
    // …unless another rule reads it first: a verdict asks why it was done.
    ["is the ban fair or not", "why"],
    ["do you know who announced the ban?", "who"],
    // Whom something was or will be done to, its participle regular or not: everyone in a role, no one name.
    ["who got sanctioned?", "list"],
    ["who got laid off in the us?", "list"],
    ["who is going to be fired?", "list"],
    ["who are the officials that got sanctioned?", "list"],
    // One person's name is asked for, which a list of roles does not give.
    ["who's the CFO that got sanctioned?", "who"],
    ["who will be affected by the ban?", "overview"],
    // Who gains or loses by the news is everyone it touches too.
    ["who really loses out when kaspersky quits america?", "overview"],
    // "Who" opening a relative clause is not the question word.
    ["What does the ban mean for people who already have Kaspersky installed at home?", "overview"],
    ["is it a problem for customers who keep using it?", "yes_no"],
    ["What does the ban mean for a regular person who has Kaspersky at home?", "overview"],
    ["what does all of this mean for a reseller who sells kaspersky", "overview"],
    ["what does all that mean for americans who run it at home", "overview"],
    // Whatever the subject: what something means for someone is its consequences, not a definition ("what does FCC mean?").
    ["what does kaspersky's pullout mean for a school district?", "overview"],
    ["what does the company leaving america really mean for home users", "overview"],
    ["what does 'final determination' mean", "what"],
    // A date's meaning for something is what happens then, not the whole story.
    ["what does july 20 mean for resellers?", "what"],
    // Being prepared, like being worried, is asked of the asker: what to do.
    ["should businesses be prepared to replace it?", "advice"],
    // The asker's group may come with a word that says which ("home users", "small businesses").
    ["do home users need to change anything?", "advice"],
    ["should small businesses be concerned?", "advice"],
    ["How much does losing America actually hurt Kaspersky financially?", "what"],
    ["how much does kaspersky cost", "how_many"],
    ["what was the exact date commerce first announced the kaspersky ban", "when"],
    ["what date do updates stop", "when"],
    ["What should IT be doing before the September deadline?", "advice"],
    // What the asker should be doing, whatever the verb: a recommendation is asked for.
    ["every lab machine runs Kaspersky. What should I be planning for right now?", "advice"],
    ["a lot of them run Kaspersky. What should I be telling them?", "advice"],
    // A choice of product asks for a recommendation, not for a sentence that names one.
    ["what antivirus should we get now?", "advice"],
    ["which vendor would you recommend instead?", "advice"],
    ["whats the best free antivirus to switch to?", "advice"],
    // Not a choice for the asker, nor what the story's subject should be doing.
    ["Which software should be removed from government systems?", "what"],
    ["What must Kaspersky be thinking?", "what"],
    ["what's the deadline?", "when"],
    ["will kaspersky security center still work after the deadline", "yes_no"],
    ["is there any penalty for our org if we miss the deadline?", "yes_no"],
    // A deadline after "after" or "past" is when, not what, is asked.
    ["so what things stop working after the deadline", "what"],
    ["ok what exactly changes for home users past the cutoff date", "what"],
    ["how will consumers be affected", "overview"],
    ["how are small businesses affected by the ban", "overview"],
    ["how do I uninstall kaspersky from a mac", "how_to"],
    ["steps to remove kaspersky endpoint", "how_to"],
    ["how do I actually remove it", "how_to"],
    ["how do we get a refund", "how_to"],
    // What the asker, or one they speak for, has to do asks for advice, whatever word says they must.
    ["What are we supposed to do now?", "advice"],
    ["what does a small business need to do", "advice"],
    ["what am i meant to do about kaspersky", "advice"],
    ["what to do about kaspersky?", "advice"],
    ["what the coverage recommends admins do about kaspersky", "advice"],
    // "What suggests…" asks what shows it, not for a suggestion.
    ["what suggests kaspersky will survive?", "what"],
    ["what does the rule say about licensing?", "what"],
    ["what did kaspersky say about licensing?", "quote"],
    ["no idea what to do w our kaspersky installs", "advice"],
    // A choice put to the asker as what they must do is a choice asked of the bot, as with "should".
    ["which antivirus are we supposed to switch to?", "advice"],
    ["which software do we need to buy now", "advice"],
    // One named explaining gave their reasons; the bot, anyone or the asker asked to explain is asked for the story.
    ["how did kaspersky explain shutting its us offices?", "why"],
    ["how has the government explained the decision", "why"],
    ["could you explain the whole kaspersky thing", "overview"],
    ["how does the article explain the legal basis?", "overview"],
    // A company's bottom line is its profit; "the bottom line" alone asks for the gist.
    ["how much did the us matter to kaspersky's bottom line", "what"],
    ["ok so what's the bottom line here", "overview"],
    ["can someone explain what's going on with kaspersky", "overview"],
    // Not what the story's subject will do, nor what something has to do with something else.
    ["what is kaspersky going to do", "what"],
    ["what do I have to do with it", "what"],
    ["what do we need to do with our existing installs?", "advice"],
    ["what are we going to do now?", "advice"],
    // …but what a third party does is no advice to the asker, unless they are the asker's own.
    ["kaspersky: what do they even do as a company?", "what"],
    ["our branch offices all run kaspersky. what do they do now?", "advice"],
    ["my question: what do they do, kaspersky?", "what"],
    ["what is my antivirus going to do when updates stop?", "what"],
    // In a question put as yes/no, "when" opens a clause of time; after a word of knowing, or "…and when?", it asks for the date.
    ["can I still use kaspersky when updates stop?", "yes_no"],
    ["will I be able to renew my licence when it runs out in the fall?", "yes_no"],
    ["do you know when updates stop?", "when"],
    ["did kaspersky say when it would leave", "when"],
    ["Could the restrictions be reversed, and when?", "when"],
    ["Do you know roughly when Kaspersky will be gone?", "when"],
    ["Is there a date when Kaspersky stops working?", "when"],
    ["Do I have until when to switch?", "when"],
    ["Is it true Kaspersky is banned. When does it take effect?", "when"],
    // …but not a word of doing or a noun before "when", an abbreviation's full stop, nor "and when" before a clause of time.
    ["Should I tell my staff when we switch?", "yes_no"],
    ["Will my machines be in a vulnerable state when updates stop?", "yes_no"],
    ["Is it legal to use Kaspersky in the U.S. when updates stop?", "yes_no"],
    ["Will it keep working now and when updates stop?", "yes_no"],
    // What the articles say about a topic is every answer, not someone's words; what they say someone said still is.
    ["what do the reports say about the deadline?", "what"],
    ["what did Kaspersky say about leaving?", "quote"],
    // Asking what to make of the news, or how to respond, is not asking for the steps of a task.
    ["how do i know if i am affected", "what"],
    ["how do I actually know if I'm affected", "what"],
    ["how can we best prepare for the ban", "what"],
    ["how do we even comply", "what"],
    ["how can I still use kaspersky", "what"],
    ["how can we stop using kaspersky", "what"],
    ["how will we be affected?", "overview"],
    ["how would I be impacted by the ban", "overview"],
    ["how do we comply with the ban", "what"],
    ["how can we migrate off kaspersky", "what"],
    ["how should we handle kaspersky", "what"],
    ["Our auditors flagged Kaspersky, what's the actual deadline we need to care about?", "when"],
    ["what happens when updates stop?", "what"],
    // A person by their role is a "who"; a role word describing another noun is not.
    ["Which CNN reporter broke the story?", "who"],
    ["which official announced the ban", "who"],
    ["which executive order does the ban rest on", "what"],
    ["What man-in-the-middle risks does kaspersky pose?", "what"],
    ["What analyst firms track Kaspersky's market share?", "what"],
    ["which agency's head announced the ban?", "who"],
    // The time left is a date; how long something lasted is a duration.
    ["how long do we have before the update cutoff?", "when"],
    ["how much time have we got before updates stop?", "when"],
    ["how long do US customers have before updates stop?", "when"],
    ["how long do we still have before updates stop?", "when"],
    ["how long have we actually got?", "when"],
    ["how long do businesses have been using kaspersky?", "how_long"],
    ["how long would customers get protection after the ban?", "how_long"],
    ["how long did kaspersky operate in the us", "how_long"],
    ["how long till kaspersky is out of the us", "how_long"],
    // A year is a date, not a number to check; a number is.
    ["Is the 2024 ban broader than the 2017 one?", "yes_no"],
    ["Is it true Kaspersky has 270k business clients?", "how_many"],
    ["Is it true Kaspersky has 2000 employees in the US?", "how_many"],
    ["Were the 2017 restrictions limited to government agencies?", "yes_no"],
    ["what's going to happen to kaspersky customers in the us", "overview"],
    ["what will happen to my licence", "overview"],
    ["kaspersky ban explained", "overview"],
    ["what are the actual names of the execs that got sanctioned?", "who"],
    ["what's happening with kaspersky's us staff", "overview"],
    ["give me the short version of the kaspersky news", "overview"],
    ["can someone explain the kaspersky situation in plain english", "overview"],
    ["is there anything I need to do right now if I use kaspersky at home?", "advice"],
    ["do we have to do anything about kaspersky?", "advice"],
    // Whether the asker, or whoever they speak for, must act or worry asks for advice, however long the subject.
    ["our dental practice runs kaspersky on six front-desk PCs. how concerned should we be?", "advice"],
    ["should a church office that still uses Kaspersky be nervous about this?", "advice"],
    ["does a household with three kaspersky licences need to change anything?", "advice"],
    ["we use kaspersky everywhere, so what do we even do", "advice"],
    ["What should a county library that protects its catalogue PCs with Kaspersky be preparing for?", "advice"],
    // …but not whether the story's subject or a third party should.
    ["should kaspersky be worried about other countries?", "yes_no"],
    ["should kaspersky's distributors be nervous?", "yes_no"],
    ["should a kaspersky employee be worried about their job?", "yes_no"],
    ["should my friend who works at kaspersky be worried?", "yes_no"],
    // A friend, a colleague, a reseller may well run or sell it.
    ["should my friend be worried, she uses kaspersky", "advice"],
    ["does a reseller need to do anything?", "advice"],
    ["should an investor be concerned about the lost revenue?", "yes_no"],
    ["how worried should people be?", "what"],
    ["should users be concerned?", "advice"],
    // What someone is told to do is advice, not the words that tell it.
    ["what do the articles tell network admins to do?", "advice"],
    ["what does commerce want home users to do about it?", "advice"],
    ["what did kaspersky tell its customers", "quote"],
    // Not what Kaspersky or a named official told or wants someone to do: their words or plans.
    ["what did kaspersky tell its partners it plans to do?", "quote"],
    ["what does raimondo expect russia to do?", "what"],
    ["should the company be concerned about its brand?", "yes_no"],
    ["how concerned does the commerce department seem about russia?", "what"],
    ["does kaspersky's us office need to do anything?", "yes_no"],
    ["why are officials worried about kaspersky?", "why"],
    // An argument or a justification is a reason given.
    ["what justification did commerce give for the ban?", "why"],
    ["what's kaspersky's counterargument?", "what"],
    // A role before a word for the kind of answer describes it: a reason, not an official.
    ["what official reason did the company give for leaving?", "why"],
    // A greeting opens chat as "so" or "wait" does.
    ["yo is kaspersky leaving the us or what", "yes_no"],
    ["which official signed the order?", "who"],
    ["kaspersky leaving the us??", "yes_no"],
    ["kaspersky exit - is this tied to the US/Russia tensions?", "yes_no"],
    ["kaspersky ban timeline?", "what"],
    // "What were officials afraid of" asks what they feared, not which officials.
    ["What were officials afraid the software could be used for?", "what"],
    ["which officials announced the ban?", "who"],
    ["Where does the concern about Americans' personal data fit into all of this?", "what"],
    // Where a company puts its focus, effort or money is its markets or plans, not a place the articles would name.
    ["now that america's off the table, where does kaspersky shift its energy?", "what"],
    ["where will they be investing instead?", "what"],
    ["so where is kaspersky based", "where"],
    // The whole story's outcome, not one fact.
    ["is this the end of kaspersky", "overview"],
    ["is that the end of updates", "yes_no"],
    ["is it a good idea to uninstall now", "yes_no"],
    ["what's next for kaspersky?", "overview"],
    ["what happened to kaspersky", "overview"],
    ["what happened with the company?", "overview"],
    // …but not to something of Kaspersky's, nor at a time, nor to "it": those ask about one thing.
    ["what happened to kaspersky's stock?", "what"],
    ["what happened to kaspersky in 2018", "what"],
    ["what happened to it in 2025", "what"],
    ["what's the bottom line here", "overview"],
    ["how did we get here?", "overview"],
    ["so should i panic", "advice"],
    // Asking what to tell someone asks what to advise them.
    ["my dad has kaspersky on his pc what do i tell him", "advice"],
    ["what did kaspersky tell its customers", "quote"],
    ["who is affected by the ban?", "overview"],
    // …but the articles name who was hit by something in particular.
    ["who was hit with sanctions", "who"],
    // A verdict the articles leave to each side's case: why it was done.
    ["is the ban fair?", "why"],
    ["was banning kaspersky really an overreach", "why"],
    // A place noun keeps asking for a place after the scope words ("which US city"), not after others ("which other country…" lists them).
    ["Which US city was its American office in?", "where"],
    ["what other country is mentioned with russia", "what"],
    // A rate is not a date.
    ["how much does kaspersky antivirus cost per year", "how_many"],
    ["what year was kaspersky founded", "when"],
    // Chat may lead into a yes/no question.
    ["so is kaspersky done for", "yes_no"],
    ["wait, are they leaving?", "yes_no"],
    // A request to be walked through doing something asks for its steps; through anything else, to be told.
    ["can you walk me through uninstalling it from our laptops", "how_to"],
    ["talk us through switching vendors", "what"],
    // A headcount is a count.
    ["What's Kaspersky's total global headcount?", "how_many"],
  ])("%s → %s", (question, intent) => {
    expect(detectIntent(question)).toBe(intent);
  });
});

describe("a figurative 'where'", () => {
  it.each([
    "where does the Treasury come into all this?",
    "where does that leave us with our licences?",
    "where is this whole thing heading?",
    "where does the Commerce Department get the power to block a vendor like this?",
  ])("asks how things stand or relate, not for a place: %s", (q) => {
    expect(detectIntent(q)).not.toBe("where");
  });

  it("still reads a literal 'where' as asking for a place", () => {
    expect(detectIntent("where is kaspersky headquartered?")).toBe("where");
  });
});

describe("a summary asked for", () => {
  it.each(["can you sum up the whole affair", "Could you sum it all up for my manager?", "sum up the kaspersky situation"])("as summing up: %s", (question) => {
    expect(detectIntent(question)).toBe("overview");
  });

  it("not 'to sum up, …', which only leads into the question", () => {
    expect(detectIntent("to sum up, is kaspersky pulling out of america?")).toBe("yes_no");
  });
});
