import { JournalRecordSchema, type JournalRecord } from "./journal-record.js";

export function toLine(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * Parses journal lines. A line that is not a valid record (a half-written last line after a
 * power cut, a hand edit) is counted and skipped: one bad line must not hide the rest.
 */
export function parseLines(lines: Iterable<string>): { records: JournalRecord[]; malformed: number } {
  const records: JournalRecord[] = [];
  let malformed = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    let parsed;
    try {
      parsed = JournalRecordSchema.safeParse(JSON.parse(line));
    } catch {
      parsed = undefined;
    }
    if (parsed?.success) records.push(parsed.data);
    else malformed++;
  }
  return { records, malformed };
}
