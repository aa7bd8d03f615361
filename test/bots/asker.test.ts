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
    expect((await a.reply("teams", "U1", "what are your sources?")).kind).toBe("sources");
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
    expect(await a.replyToFollowUp("slack", "U1", "thanks, that helps!", "C1:1")).toBeNull();
    expect(await a.replyToFollowUp("slack", "U1", "lol", "C1:1")).toBeNull();
    expect((await a.replyToFollowUp("slack", "U1", "and who was sanctioned?", "C1:1"))?.kind).toBe("answer");
    expect((await a.replyToFollowUp("slack", "U1", "sources", "C1:1"))?.kind).toBe("limited"); // the second question this minute
  });

  it("answers anything put as a question in a thread, even off the topic", async () => {
    const { asker: a } = asker();
    const reply = await a.replyToFollowUp("slack", "U1", "what's the weather like?", "C1:1");
    expect(reply?.kind === "answer" && reply.answer.status).toBe("out_of_scope");
  });

  it("reads a follow-up in its conversation, and only there", async () => {
    const { asker: a } = asker();
    await a.reply("slack", "U1", "When do software updates stop?", "C1:1");
    const inThread = await a.reply("slack", "U2", "and resales?", "C1:1");
    expect(inThread.kind === "answer" && inThread.answer).toMatchObject({ question: "and resales?", readAs: "When do resales stop?", status: "answered" });
    expect(inThread.kind === "answer" && inThread.answer.answer).toMatch(/September 29/);
    // Another thread, or the same thread id on the other platform, has no turn before it.
    const elsewhere = await a.reply("slack", "U1", "and resales?", "C1:2");
    expect(elsewhere.kind === "answer" && elsewhere.answer.readAs).toBeUndefined();
    const otherPlatform = await a.reply("teams", "U1", "and resales?", "C1:1");
    expect(otherPlatform.kind === "answer" && otherPlatform.answer.readAs).toBeUndefined();
  });

  it("keeps a conversation's last on-topic turn through chatter in between", async () => {
    const { asker: a } = asker();
    await a.reply("teams", "U1", "who was sanctioned by the Treasury?", "chat-1");
    expect(await a.replyToFollowUp("teams", "U1", "thanks!", "chat-1")).toBeNull();
    const when = await a.reply("teams", "U1", "when was that?", "chat-1");
    expect(when.kind === "answer" && when.answer.readAs).toBe("when was sanctioned by the Treasury?");
    expect(when.kind === "answer" && when.answer.answer).toMatch(/June 2024/);
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
