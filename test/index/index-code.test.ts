import { describe, expect, it } from "vitest";
import { hashSources as hashedByBuild } from "../../scripts/build.js";
import { INDEX_CODE_DIR, indexCodeHash } from "../../src/index/index-code.js";

describe("the index code's hash", () => {
  it("is the same in the bundle as through tsx, so that npm start and the tools share one snapshot", () => {
    // scripts/build.js writes its hash into dist/; src/index/index-code.ts computes it from the sources.
    expect(hashedByBuild(INDEX_CODE_DIR)).toBe(indexCodeHash());
  });
});
