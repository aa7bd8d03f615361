import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SETTING_NAMES } from "../src/config.js";

/** Every variable the server and its platforms read: whatever is added there must be added to .env.example too. */
const settings = SETTING_NAMES;

const lines = readFileSync(".env.example", "utf8").split("\n");
/** `# NAME=value` (commented out) or `NAME=value`. */
const settingAt = (line: string) => /^(?:# )?([A-Za-z]\w*)=/.exec(line)?.[1];
const listed = lines.map(settingAt).filter((name) => name !== undefined);

describe(".env.example", () => {
  it("lists every setting the server and its platforms read, once, and nothing else", () => {
    expect(settings).toEqual(expect.arrayContaining(["PORT", "SLACK_SIGNING_SECRET", "MicrosoftAppId"]));
    expect([...listed].sort()).toEqual([...settings].sort());
  });

  it("explains each setting in a comment line of its own, just above it", () => {
    for (const [i, line] of lines.entries()) {
      if (!settingAt(line)) continue;
      const above = lines[i - 1];
      expect(above, line).toMatch(/^# \S/);
      expect(settingAt(above), line).toBeUndefined();
    }
  });

  it("sets nothing as it stands: every setting is commented out", () => {
    expect(lines.filter((line) => settingAt(line) && !line.startsWith("# "))).toEqual([]);
  });
});
