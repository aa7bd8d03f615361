import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { journalReport, renderReport } from "../../src/report/journal-report.js";
import type { JournalRecord } from "../../src/store/journal-record.js";

const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`;
const vote = (question: string, v: "up" | "down", sourceIds = ["000"], day = 1, extra: Partial<JournalRecord> = {}): JournalRecord =>
  ({ kind: "vote", at: at(day), platform: "slack", user: "U1", vote: v, question, status: "answered", sourceIds, ...extra }) as JournalRecord;
const unanswered = (question: string, day = 1, platform: "slack" | "teams" = "slack"): JournalRecord => ({
  kind: "unanswered",
  at: at(day),
  platform,
  question,
});

describe("journalReport: what the operator reads", () => {
  it("tallies votes per answer, the most 👎 first, treating case and trailing '?' as the same question", () => {
    const report = journalReport([
      vote("When do updates stop?", "up"),
      vote("when do updates stop", "up"),
      vote("Who was sanctioned?", "down", ["001"]),
      vote("Who was sanctioned?", "down", ["001"]),
      vote("Who was sanctioned?", "up", ["001"]),
    ]);
    expect(report.votes.map((v) => [v.question, v.up, v.down])).toEqual([
      ["Who was sanctioned?", 1, 2],
      ["When do updates stop?", 2, 0],
    ]);
    expect(report.totals).toEqual({ up: 3, down: 2, unanswered: 0 });
  });

  it("counts one vote a person a message, the latest, and shows what voters wrote", () => {
    const report = journalReport([
      vote("Who was sanctioned?", "up", ["001"], 1, { messageId: "m1" }),
      vote("Who was sanctioned?", "up", ["001"], 1, { messageId: "m1" }), // a double click
      vote("Who was sanctioned?", "down", ["001"], 2, { messageId: "m1", comment: "Lists only some of them" }), // a change of mind
      vote("Who was sanctioned?", "up", ["001"], 2, { messageId: "m1", user: "U2" }),
    ]);
    expect(report.votes).toEqual([
      { question: "Who was sanctioned?", status: "answered", sourceIds: ["001"], up: 1, down: 1, comments: ["👎 Lists only some of them"] },
    ]);
    expect(renderReport(report)).toContain("“👎 Lists only some of them”");
  });

  it("lists the questions the sources could not answer, most asked first, with where and when", () => {
    const report = journalReport([unanswered("Who is the CFO?", 1), unanswered("Refunds for my licence?", 2), unanswered("who is the CFO", 3, "teams")]);
    expect(report.unanswered).toEqual([
      { question: "Who is the CFO?", times: 2, platforms: ["slack", "teams"], last: at(3) },
      { question: "Refunds for my licence?", times: 1, platforms: ["slack"], last: at(2) },
    ]);
    expect(renderReport(report)).toMatch(/could not answer.*\n.*\n {6}2 {2}2026-11-03 {3}Who is the CFO\?/);
  });
});

describe("npm run report", () => {
  it("reads the journal the server writes, skipping a torn last line", async () => {
    const journal = join(mkdtempSync(join(tmpdir(), "report-")), "journal.jsonl");
    const lines = [vote("When do updates stop?", "down"), unanswered("Is there a refund?")].map((r) => JSON.stringify(r));
    writeFileSync(journal, `${lines.join("\n")}\n{"kind":"vo`);
    const { stdout } = await promisify(execFile)(process.execPath, ["dist/report.js"], { env: { ...process.env, FEEDBACK_LOG: journal } });
    expect(stdout).toContain("Votes: 0 👍, 1 👎 on 1 answers. Unanswered on-topic questions: 1 (1 different).");
    expect(stdout).toContain("Is there a refund?");
  });
});
