import { describe, expect, it } from "vitest";
import { CommandError } from "../../src/cli/command-error.js";
import { errorLine } from "../../src/cli/error-line.js";
import { ConfigError } from "../../src/config.js";
import { CorpusError } from "../../src/index/corpus-error.js";

describe("errorLine", () => {
  it("prints what the person can fix as it is, with exit code 2", () => {
    expect(errorLine("eval", new CommandError("no such file: x.jsonl"))).toEqual({ line: "eval: no such file: x.jsonl", exitCode: 2 });
    expect(errorLine("ask", new CorpusError('seeds/sources.json: entry 1, field "published": bad'))).toEqual({
      line: 'ask: corpus: seeds/sources.json: entry 1, field "published": bad',
      exitCode: 2,
    });
  });

  it("puts every bad setting on the one line", () => {
    const error = new ConfigError(["PORT: must be a port number", "REDIS_URL: must be a redis:// or rediss:// URL"]);
    expect(errorLine("report", error)).toEqual({
      line: "report: invalid settings: PORT: must be a port number; REDIS_URL: must be a redis:// or rediss:// URL",
      exitCode: 2,
    });
  });

  it("keeps only the first line of anything else, with exit code 1", () => {
    expect(errorLine("report", new Error("connect ECONNREFUSED 127.0.0.1:6379\n    at somewhere"))).toEqual({
      line: "report: connect ECONNREFUSED 127.0.0.1:6379",
      exitCode: 1,
    });
    expect(errorLine("ask", "thrown text")).toEqual({ line: "ask: thrown text", exitCode: 1 });
  });
});
