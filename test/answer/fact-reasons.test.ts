import { describe, expect, it } from "vitest";
import { ask, type Trace } from "../../src/answer/ask.js";
import { seeds } from "../helpers.js";

describe("a 'why' question about an event the bank states", () => {
  it("is answered by the event's reason (facts.json, because), not by the event stated again", () => {
    const trace: Trace = {};
    const answer = ask(seeds(), "how come kaspersky is firing all of its american staff?", { trace });
    expect(trace.facts?.[0].fact.id).toBe("company-reason-for-exit");
    expect(answer.answer).toMatch(/^Kaspersky said it made the 'sad and difficult decision' to leave because/);
  });

  it("puts the event's reasons in the bank's order, each just ahead of the event", () => {
    const trace: Trace = {};
    ask(seeds(), "how come kaspersky is firing all of its american staff?", { trace });
    const ids = trace.facts!.map((m) => m.fact.id);
    expect(ids.indexOf("company-reason-for-exit")).toBeLessThan(ids.indexOf("exit-follows-commerce-ban"));
    expect(ids.indexOf("exit-follows-commerce-ban")).toBeLessThan(ids.indexOf("us-jobs-eliminated"));
    expect(trace.facts!.find((m) => m.fact.id === "company-reason-for-exit")?.reasonOf?.id).toBe("us-jobs-eliminated");
  });

  it("still gets the event itself when it asks what happened, not why", () => {
    expect(ask(seeds(), "is kaspersky firing all of its american staff?").answer).toMatch(/laying off its entire American workforce/);
  });
});
