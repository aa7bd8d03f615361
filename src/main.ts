import module from "node:module";
import { join } from "node:path";
import { PROJECT_ROOT } from "./project-root.js";
import { StartupError } from "./startup-error.js";

/**
 * `npm start`, and `node dist/main.js` in production. Node 22.1 and later can keep compiled code
 * on disk between starts (module.enableCompileCache), for code loaded after it is turned on: so
 * this entry turns it on, then loads the server (serve.ts). Node 20 has no such cache.
 */
(module as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache?.(join(PROJECT_ROOT, ".cache", "node-compile-cache"));

try {
  const { serve } = await import("./serve.js");
  await serve();
} catch (error) {
  // Something the operator fixes (a setting, a file, the port): one message that says what to do,
  // exit code 2. Anything else is a bug, and its stack trace is what fixing it needs.
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(2);
}
