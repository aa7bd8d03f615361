import { appendFileSync, closeSync, fsyncSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

/** One 👍 or 👎 on an answer, with what is needed to find the answer again. */
export type FeedbackRecord = {
  at: string;
  platform: "slack" | "teams";
  user: string;
  vote: "up" | "down";
  question: string;
  status: string;
  sourceIds: string[];
};

/**
 * Feedback as append-only JSON lines. Each record is written and flushed to disk before the
 * click is acknowledged, so an acknowledged vote survives a crash.
 */
export class FeedbackLog {
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  record(entry: Omit<FeedbackRecord, "at">): FeedbackRecord {
    const record: FeedbackRecord = { at: new Date().toISOString(), ...entry };
    const fd = openSync(this.path, "a");
    try {
      appendFileSync(fd, `${JSON.stringify(record)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return record;
  }
}
