import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

/** `node scripts/build.js [--if-changed]` in `root`: its exit code and what it printed on stderr. */
async function build(root: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ["scripts/build.js", ...args], { cwd: root, timeout: 60_000 });
    return { code: 0, stderr };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

describe("scripts/build.js, which npm start and npm run ask run first with --if-changed", () => {
  // A copy of what the build reads, so that these tests can change it.
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "build-"));
    for (const part of ["src", "scripts", "package.json", "package-lock.json"]) cpSync(part, join(root, part), { recursive: true });
    symlinkSync(resolve("node_modules"), join(root, "node_modules"));
    expect(await build(root)).toEqual({ code: 0, stderr: expect.stringMatching(/^built dist\/ in \d+ ms\n$/) });
  }, 60_000);

  it("does nothing when nothing it is built from changed", async () => {
    expect(await build(root, "--if-changed")).toEqual({ code: 0, stderr: "" });
  });

  it("builds again when a source changed since", async () => {
    const now = new Date();
    utimesSync(join(root, "src", "cli", "ask.ts"), now, now);
    expect((await build(root, "--if-changed")).stderr).toMatch(/^built dist\//);
    expect(await build(root, "--if-changed")).toEqual({ code: 0, stderr: "" });
  });

  it("builds again when a file it wrote is gone", async () => {
    const chunk = readdirSync(join(root, "dist")).find((name) => /^chunk-.*\.js$/.test(name))!;
    rmSync(join(root, "dist", chunk));
    expect((await build(root, "--if-changed")).stderr).toMatch(/^built dist\//);
    expect(readdirSync(join(root, "dist"))).toContain(chunk);
  });

  it("says why when it cannot write dist/, with exit code 1", async () => {
    rmSync(join(root, "dist"), { recursive: true });
    writeFileSync(join(root, "dist"), "not a folder");
    const { code, stderr } = await build(root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^build: .+: dist\/ was not built \(npm run build to retry\)\n$/);
  });
});
