import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { askedOtherSpeaker, askedSpeaker, speakersIn } from "../../src/answer/speakers.js";
import { seeds } from "../helpers.js";

describe("whose words a sentence reports, and whose a question asks for", () => {
  it.each([
    ["Kaspersky, which has been operating in the US for over two decades, has denied the allegations.", ["kaspersky"]],
    ["Secretary of Commerce Gina Raimondo said last month that Russia could exploit the software.", ["government"]],
    ["Officials have expressed worries that the Russian government could exploit its software.", ["government"]],
    ["According to the company, the process can take more than a year.", ["kaspersky"]],
    ["The closure of Kaspersky's US operations will begin on July 20.", []],
    ["It stopped selling in the United States.", []],
  ])("reads %j as reporting the words of %j", (text, sides) => {
    expect([...speakersIn(text)].sort()).toEqual(sides);
  });

  it.each([
    ["according to kaspersky, is the ban justified?", "kaspersky"],
    ["what did the company say about leaving?", "kaspersky"],
    ["what's kaspersky's side of the story?", "kaspersky"],
    ["what does the government say kaspersky could do?", "government"],
    ["how did raimondo respond?", "government"],
    // "The Russian government" is Russia's side, not the US government's.
    ["How did the Russian government react to the US ban?", "russia"],
    ["How did Kaspersky itself describe the choice to quit the US?", "kaspersky"],
    ["how does the company explain leaving?", "kaspersky"],
    // An explainer's title names no one explaining.
    ["kaspersky situation explained?", null],
    // A question about the announcement or the worry asks about the event, not whose words.
    ["when did commerce announce the ban?", null],
    ["were officials worried about cyberattacks?", null],
    ["why did the government ban kaspersky?", null],
    // What a rule or a ban "says" is what it provides, whoever was named before it.
    ["we resell kaspersky. what does the ban say about licensing?", null],
  ])("reads %j as asking for the words of %j", (question, side) => {
    expect(askedSpeaker(question)).toBe(side);
  });

  it("answers what the government says with the government's words, not with Kaspersky's denial", () => {
    const answer = ask(seeds(), "what does the government say kaspersky could do?");
    expect(answer.status).toBe("answered");
    expect(answer.citations[0].quote).not.toMatch(/denied|refuted/);
    expect(answer.citations[0].quote).toMatch(/Raimondo|officials|government/i);
  });
});

describe("a curated fact's side is its answer line's", () => {
  it("answers 'according to Kaspersky, what is the ban based on?' with Kaspersky's claim, not the government's reason", () => {
    const answer = ask(seeds(), "according to kaspersky, what is the ban really based on?");
    expect(answer.answer).toMatch(/geopolitical climate/);
  });
});

describe("a side's position or stance", () => {
  it.each(["what's kaspersky's stance on the ban?", "what is kaspersky's position on the ban?"])("is what that side says: %s", (question) => {
    expect(ask(seeds(), question).answer).toMatch(/geopolitical climate|denie/);
  });

  it("is not the jobs the articles call positions, which an employee's own position still is", () => {
    expect(ask(seeds(), "will my position at kaspersky us be cut?").answer).toMatch(/positions|workforce/);
  });
});

describe("a side asked how it explains", () => {
  it("answers with that side's reasons, not with the story's overview", () => {
    const answer = ask(seeds(), "how did kaspersky explain pulling out of america?");
    expect(answer.citations[0].quote).toMatch(/sad and difficult|no longer viable/);
  });
});

describe("a side the articles never quote", () => {
  it("is not found, rather than answered with another side's words", () => {
    expect(ask(seeds(), "How did the Russian government react to the US ban?").status).toBe("not_found");
    expect(ask(seeds(), "what did kaspersky say about leaving?").status).toBe("answered");
  });

  it.each(["How did China react to the ban?", "what did israel say about it"])(
    "includes a place the articles name but whose words they never report: %s",
    (question) => {
      expect(ask(seeds(), question).status).toBe("not_found");
    },
  );

  it("includes a company the articles name, in any case, whose words they never report ('how did mcafee react…')", () => {
    expect(ask(seeds(), "how did mcafee react to the kaspersky ban?").status).toBe("not_found");
    expect(ask(seeds(), "so what's kaspersky's side of the story?").status).toBe("answered");
  });

  it("reads a name only in the sentence of the word of speech", () => {
    expect(askedOtherSpeaker("It was announced in June. When does it take effect?", () => true)).toBeNull();
  });

  it("reads as such a name only the name before the word of speech, whole", () => {
    expect(askedOtherSpeaker("how did china react?")).toBe("china");
    expect(askedOtherSpeaker("what do the write-ups say about updates?")).toBeNull();
    expect(askedOtherSpeaker("how did raimondo respond?")).toBeNull();
    expect(ask(seeds(), "what did cnn report about kaspersky?").answer).toMatch(/CNN/);
  });

  it("includes Trump, whose administration's powers the articles name but whose words they never report", () => {
    expect(ask(seeds(), "what did trump say about kaspersky").status).toBe("not_found");
    expect(ask(seeds(), "what powers did the trump administration create").status).toBe("answered");
  });
});
