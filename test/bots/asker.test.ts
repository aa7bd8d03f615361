import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerCache } from "../../src/answer/answer-cache.js";
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
    expect(answer.kind === "answer" && answer.answer.answer).toContain("September 29, 2024");
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
    const { asker: a, store } = asker();
    await a.reply("teams", "U1", "What is Kaspersky's phone number for US support?");
    await a.reply("teams", "U1", "When do updates stop?");
    await a.reply("teams", "U1", "Write me a poem about the sea");
    await store.close();
    const records = await store.records();
    expect(records).toEqual([expect.objectContaining({ kind: "unanswered", platform: "teams", question: "What is Kaspersky's phone number for US support?" })]);
  });
});
