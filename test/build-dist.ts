import { execFile } from "node:child_process";
import { promisify } from "node:util";

/**
 * Vitest's global setup: builds dist/ once before any test file runs, as `npm start` and
 * `npm run ask` do before they run it (scripts/build.js, only when a source changed). The tests
 * that start the server or a terminal command run what those commands run, `node dist/….js`.
 */
export default async function buildDist(): Promise<void> {
  await promisify(execFile)(process.execPath, ["scripts/build.js", "--if-changed"], { timeout: 120_000 });
}
