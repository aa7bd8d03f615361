import { JournalRecordSchema, type JournalRecord } from "./journal-record.js";

export function toLine(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * Parses journal lines. A line that is not a valid record (a half-written last line after a
 * power cut, a hand edit) is skipped: one bad line must not hide the rest.
 */
export function parseLines(lines: Iterable<string>): JournalRecord[] {
  const records: JournalRecord[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      const parsed = JournalRecordSchema.safeParse(JSON.parse(line));
      if (parsed.success) records.push(parsed.data);
    } catch {
      // not JSON: skipped like any other malformed line
    }
  }
  return records;
}
