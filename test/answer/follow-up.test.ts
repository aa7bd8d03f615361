import { describe, expect, it } from "vitest";
import { ask } from "../../src/answer/ask.js";
import { looksLikeQuestion, readInContext, type Turn } from "../../src/answer/follow-up.js";
import { seeds } from "../helpers.js";

/** The turn a conversation remembers after `question` was answered. */
function turnAfter(question: string): Turn {
  return { question, answer: ask(seeds(), question).answer };
}

/** The answer to `followUp` asked right after `first`, in the same conversation. */
function followUp(first: string, followUp: string) {
  return ask(seeds(), followUp, { previous: turnAfter(first) });
}

describe("follow-ups: a message read in the light of the turn before", () => {
  it("asks the same about what a fragment names: 'and resales?' after a question about updates", () => {
    const answer = followUp("when do software updates stop?", "and resales?");
    expect(answer.readAs).toBe("when do resales stop?");
    expect(answer.question).toBe("and resales?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/September 29/);
  });

  it("completes a reference: 'when was that?' after who the Treasury sanctioned", () => {
    const answer = followUp("who was sanctioned by the Treasury?", "when was that?");
    expect(answer.readAs).toBe("when was sanctioned by the Treasury?");
    expect(answer.answer).toMatch(/June 2024/);
  });

  it("keeps the place: 'how many users does it have there?' after US layoffs is about the US, where the number is undisclosed", () => {
    const answer = followUp("how many staff is kaspersky laying off in the US?", "and how many users does it have there?");
    expect(answer.readAs).toBe("how many users does it have in the US?");
    expect(answer.answer).toMatch(/not been disclosed|unclear/);
    expect(answer.answer).not.toMatch(/400 million/);
  });

  it("moves the question to the place a fragment names: 'and in the US?'", () => {
    const answer = followUp("how many users does kaspersky have worldwide?", "and in the US?");
    expect(answer.readAs).toBe("how many users does kaspersky have in the US?");
    expect(answer.answer).not.toMatch(/400 million/);
  });

  it("replaces what the fragment stands for, with its modifiers: 'what about the staff?' after US users", () => {
    expect(readInContext("what about the staff?", turnAfter("how many users does kaspersky have in the US?"), seeds()).question).toBe(
      "how many staff does kaspersky have in the US?",
    );
    expect(readInContext("and individual users?", turnAfter("how many corporate clients does kaspersky have?"), seeds()).question).toBe(
      "how many individual users does kaspersky have?",
    );
  });

  it("completes no courtesy ('never mind', 'noted'): chatter stands alone", () => {
    for (const message of ["never mind", "noted, thanks"]) {
      expect(readInContext(message, turnAfter("when do software updates stop?"), seeds()), message).toEqual({ question: message, completedBy: null });
    }
  });

  it("asks the gist of the last question again with a new question word: 'and why?'", () => {
    expect(readInContext("and why?", turnAfter("when do software updates stop?"), seeds())).toEqual({
      question: "why software updates stop?",
      completedBy: "question-word",
    });
  });

  it("reads a question that stands on its own on its own", () => {
    const previous = turnAfter("when do software updates stop?");
    for (const message of ["who announced the ban?", "How many corporate clients does Kaspersky have?", "thanks!", "ok", "help", ""]) {
      expect(readInContext(message, previous, seeds()).completedBy, message).toBeNull();
    }
    expect(ask(seeds(), "who announced the ban?", { previous })).toEqual(ask(seeds(), "who announced the ban?"));
  });

  it("reads everything on its own when there is no turn before", () => {
    expect(readInContext("and resales?", null, seeds())).toEqual({ question: "and resales?", completedBy: null });
  });
});

describe("looksLikeQuestion: what is put as a question, as against chatter", () => {
  it("knows questions by their mark or their first word", () => {
    for (const q of ["when was that?", "and why", "what about resales", "is it safe", "resales?", "how come ?"]) expect(looksLikeQuestion(q), q).toBe(true);
  });

  it("does not take acknowledgements for questions", () => {
    for (const q of ["thanks!", "ok", "got it", "👍", "cool, ty", "lol nice", ""]) expect(looksLikeQuestion(q), q).toBe(false);
  });
});
