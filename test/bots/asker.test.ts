import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerCache } from "../../src/answer/answer-cache.js";
import { ask } from "../../src/answer/ask.js";
import { Asker } from "../../src/bots/asker.js";
import { createLogger } from "../../src/log.js";
import { LocalStore } from "../../src/store/local-store.js";
import { earlyInAMinute, seeds } from "../helpers.js";

function asker(questionsPerMinute = 20) {
  const store = new LocalStore(join(mkdtempSync(join(tmpdir(), "asker-")), "journal.jsonl"));
  const index = seeds();
  return { store, asker: new Asker({ index, answers: new AnswerCache(index), store, logger: createLogger("silent") }, { questionsPerMinute }) };
}

describe("Asker: what every platform does with a user's text", () => {
  it("answers questions, and reads 'sources' and 'timeline' as commands", async () => {
    const { asker: a } = asker();
    const answer = await a.reply("slack", "U1", "When do updates stop?");
    expect(answer).toEqual({ kind: "answer", answer: ask(seeds(), "When do updates stop?") });
    expect((await a.reply("slack", "U1", " Sources ")).kind).toBe("sources");
    expect((await a.reply("teams", "U1", "timeline")).kind).toBe("timeline");
  });

  it("asks a user to wait after the per-minute limit, politely, and leaves other users alone", async () => {
    const { asker: a } = asker(3);
    await earlyInAMinute();
    const kinds = [];
    for (let i = 0; i < 4; i++) kinds.push((await a.reply("slack", "U1", "When do updates stop?")).kind);
    expect(kinds).toEqual(["answer", "answer", "answer", "limited"]);
    const limited = await a.reply("slack", "U1", "When do updates stop?");
    expect(limited.kind === "limited" && limited.notice).toMatch(/3 questions this minute.*ask again in a minute/);
    expect((await a.reply("teams", "U1", "When do updates stop?")).kind).toBe("answer"); // another platform's U1
    expect((await a.reply("slack", "U2", "When do updates stop?")).kind).toBe("answer");
  });

  it("stays out of thread chatter: no reply to 'thanks!', and it does not count against the limit", async () => {
    const { asker: a } = asker(1);
    await earlyInAMinute();
    expect(await a.replyToFollowUp("slack", "U1", "thanks, that helps!")).toBeNull();
    expect(await a.replyToFollowUp("slack", "U1", "lol")).toBeNull();
    expect((await a.replyToFollowUp("slack", "U1", "and who was sanctioned?"))?.kind).toBe("answer");
    expect((await a.replyToFollowUp("slack", "U1", "sources"))?.kind).toBe("limited"); // the second question this minute
  });

  it("notes on-topic questions the sources cannot answer, and only those, for the operator's report", async () => {
    const questions = [
      "What is Kaspersky's phone number for US support?",
      "When do updates stop?",
      "What is the favourite colour of Kaspersky's CEO's car?",
      "Write me a poem about the sea",
      "How many corporate clients does Kaspersky have?",
    ];
    // Which of them the sources cannot answer is the engine's call: ask it.
    const statuses = questions.map((q) => ask(seeds(), q).status);
    const unanswerable = questions.filter((_, i) => statuses[i] === "not_found");
    // The premise: the list holds both kinds, so the test can fail by noting too few or too many.
    expect(unanswerable.length, JSON.stringify(statuses)).toBeGreaterThan(0);
    expect(unanswerable.length, JSON.stringify(statuses)).toBeLessThan(questions.length);

    const { asker: a, store } = asker();
    for (const q of questions) await a.reply("teams", "U1", q);
    await store.close();
    const records = await store.records();
    expect(records).toEqual(unanswerable.map((question) => expect.objectContaining({ kind: "unanswered", platform: "teams", question })));
  });
});
