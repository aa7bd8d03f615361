// @ts-check
/**
 * `npm test`: the type-check and the test suite side by side. tsc is one thread for about 11 s, and
 * vitest's two workers spend much of their run waiting on servers and child processes, so the two
 * together take about as long as the suite alone (on a clean clone of the 2-core machine, two runs
 * each in turns: 91.8 and 84.6 s, against 97.6 and 90.8 s one after the other). The type-check's
 * report is printed after the suite's, not inside it. Exits non-zero when either fails; arguments
 * go to vitest (`npm test -- test/answer`). SIGINT and SIGTERM are passed on to both.
 *
 * The suite runs with a temporary directory of its own (TMPDIR), removed when it ends: its tests
 * and the servers and child processes they start make about sixty directories a run (journals,
 * copies of the seeds, Redis data), which would otherwise pile up in the machine's /tmp.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** A package's command, as its package.json names it (vitest exports no path to it). */
function bin(/** @type {string} */ name, /** @type {string} */ command = name) {
  const manifest = require.resolve(`${name}/package.json`);
  return join(dirname(manifest), require(manifest).bin[command]);
}

/**
 * Runs a package's command with this Node, its output shown as it comes or, with `quiet`, kept;
 * settles with its exit code (1 when it could not start or was killed).
 * @param {string[]} args
 * @param {{ quiet?: boolean, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ code: number, output: string }>}
 */
function run(args, { quiet = false, env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env });
    children.push(child);
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** @type {import("node:child_process").ChildProcess[]} */
const children = [];
// A signal sent to this process alone (a CI step's timeout) would otherwise leave both commands running.
/** @type {NodeJS.Signals | null} */
let stoppedBy = null;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"]))
  process.on(signal, () => {
    stoppedBy = signal;
    for (const child of children) child.kill(signal);
  });

const suiteTmp = mkdtempSync(join(tmpdir(), "kaspersky-bot-test-"));
const [typecheck, suite] = await Promise.all([
  run([bin("typescript", "tsc"), "--noEmit"], { quiet: true }),
  run([bin("vitest"), "run", ...process.argv.slice(2)], { env: { ...process.env, TMPDIR: suiteTmp } }),
]);
rmSync(suiteTmp, { recursive: true, force: true });
if (stoppedBy) process.stderr.write(`\nstopped by ${stoppedBy}\n`);
else if (typecheck.code !== 0) process.stderr.write(`\ntype-check (tsc --noEmit) failed:\n${typecheck.output}`);
else process.stdout.write("type-check (tsc --noEmit): no errors\n");
// exitCode rather than exit(): a long report still being written to a pipe is not cut off.
process.exitCode = stoppedBy ? (stoppedBy === "SIGINT" ? 130 : 143) : typecheck.code || suite.code;
