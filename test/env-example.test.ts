import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * The settings are the keys of EnvSchema in src/config.ts. It is private to that file, so they
 * are read from its source: whatever is added there must be added to .env.example too.
 */
const config = readFileSync("src/config.ts", "utf8");
const schema = /^const EnvSchema = z\.object\(\{\n([\s\S]*?)\n\}\);$/m.exec(config)?.[1] ?? "";
const settings = [...schema.matchAll(/^ {2}(\w+): z\./gm)].map((m) => m[1]);

const lines = readFileSync(".env.example", "utf8").split("\n");
/** `# NAME=value` (commented out) or `NAME=value`. */
const settingAt = (line: string) => /^(?:# )?([A-Za-z]\w*)=/.exec(line)?.[1];
const listed = lines.map(settingAt).filter((name) => name !== undefined);

describe(".env.example", () => {
  it("lists every setting config.ts reads, once, and nothing else", () => {
    expect(settings.length).toBeGreaterThanOrEqual(19); // the schema was found and read
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
