import type { JournalRecord, UnansweredRecord, VoteRecord } from "../store/journal-record.js";

export type VoteTally = { question: string; status: string; sourceIds: string[]; up: number; down: number; comments: string[] };
export type UnansweredTally = { question: string; times: number; platforms: string[]; last: string };
export type JournalReport = { votes: VoteTally[]; unanswered: UnansweredTally[]; totals: { up: number; down: number; unanswered: number } };

/** Questions that differ only in case, spacing or closing punctuation are one question. */
function sameQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s?!.]+$/, "")
    .trim();
}

/**
 * The operator's view of the journal: votes per answer (most 👎 first: those answers need a
 * look), and the on-topic questions the sources could not answer, most asked first: the hint
 * for which article to add next.
 */
export function journalReport(records: JournalRecord[]): JournalReport {
  const votes = new Map<string, VoteTally>();
  const unanswered = new Map<string, UnansweredTally>();
  for (const record of latestVotes(records)) {
    if (record.kind === "vote") addVote(votes, record);
    else addUnanswered(unanswered, record);
  }
  const voteList = [...votes.values()].sort((a, b) => b.down - a.down || b.up + b.down - (a.up + a.down));
  const unansweredList = [...unanswered.values()].sort((a, b) => b.times - a.times || b.last.localeCompare(a.last));
  return {
    votes: voteList,
    unanswered: unansweredList,
    totals: {
      up: voteList.reduce((n, v) => n + v.up, 0),
      down: voteList.reduce((n, v) => n + v.down, 0),
      unanswered: unansweredList.reduce((n, u) => n + u.times, 0),
    },
  };
}

/** One vote a person a message: a second click (a change of mind, or a double click) replaces the first. */
function latestVotes(records: JournalRecord[]): JournalRecord[] {
  const latest = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.kind === "vote" && r.messageId) latest.set(`${r.platform}\u0000${r.user}\u0000${r.messageId}`, i);
  });
  return records.filter((r, i) => r.kind !== "vote" || !r.messageId || latest.get(`${r.platform}\u0000${r.user}\u0000${r.messageId}`) === i);
}

function addVote(votes: Map<string, VoteTally>, record: VoteRecord): void {
  // An answer is its question and the sources it cited: the same question answered from other
  // sources (after an article was added) is another answer.
  const key = `${sameQuestion(record.question)}\u0000${[...record.sourceIds].sort().join(",")}`;
  const tally = votes.get(key) ?? { question: record.question, status: record.status, sourceIds: record.sourceIds, up: 0, down: 0, comments: [] };
  tally[record.vote]++;
  if (record.comment) tally.comments.push(`${record.vote === "up" ? "👍" : "👎"} ${record.comment}`);
  votes.set(key, tally);
}

function addUnanswered(unanswered: Map<string, UnansweredTally>, record: UnansweredRecord): void {
  const key = sameQuestion(record.question);
  const tally = unanswered.get(key) ?? { question: record.question, times: 0, platforms: [], last: record.at };
  tally.times++;
  if (!tally.platforms.includes(record.platform)) tally.platforms.push(record.platform);
  if (record.at > tally.last) tally.last = record.at;
  unanswered.set(key, tally);
}

/** The report as text for a terminal. */
export function renderReport(report: JournalReport, limit = 20): string {
  const { totals } = report;
  const lines = [
    `Votes: ${totals.up} 👍, ${totals.down} 👎 on ${report.votes.length} answers. Unanswered on-topic questions: ${totals.unanswered} (${report.unanswered.length} different).`,
  ];
  if (report.votes.length > 0) {
    const shown = report.votes.slice(0, limit);
    const sourcesOf = (v: VoteTally) => v.sourceIds.join(",") || "-";
    const width = Math.max("sources".length, ...shown.map((v) => sourcesOf(v).length));
    lines.push("", "Votes per answer (most 👎 first):", `   👍   👎  status      ${"sources".padEnd(width)}  question`);
    for (const v of shown) {
      const prefix = `  ${String(v.up).padStart(3)}  ${String(v.down).padStart(3)}  ${v.status.padEnd(10)}  ${sourcesOf(v).padEnd(width)}  `;
      lines.push(`${prefix}${v.question || "(a message no longer remembered)"}`);
      for (const comment of v.comments.slice(-3)) lines.push(`${" ".repeat(prefix.length)}“${comment}”`);
    }
  }
  if (report.unanswered.length > 0) {
    lines.push("", "Questions the sources could not answer (most asked first): consider an article that covers them.", "  times  last asked   question");
    for (const u of report.unanswered.slice(0, limit)) lines.push(`  ${String(u.times).padStart(5)}  ${u.last.slice(0, 10)}   ${u.question}`);
  }
  return lines.join("\n");
}
