// @ts-check
/**
 * `npm run build`, and before every `npm start` and `npm run ask` (eval, chat, report; with
 * --if-changed): bundles the server into dist/main.js and dist/serve.js, and the terminal
 * commands into dist/ask.js and the others, with esbuild, so that they run with plain node
 * (production: `node dist/main.js`). Plain JavaScript, not TypeScript: it runs before anything is
 * compiled, on every start, and must cost next to nothing when dist/ is already up to date.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");
/** What esbuild names a chunk (see chunkNames): files of earlier builds that match are removed. */
const CHUNK = /-[A-Z0-9]{8}\.js(\.map)?$/;
/** What the last build read, and when it started: an input changed since means a rebuild. */
const STAMP = join(DIST, "build.json");

/**
 * Modules Bolt loads at start whether or not the app uses them; in the bundle each loads when its
 * importer first reads it instead:
 * - App's Socket Mode receiver (with ws, about a third of what Bolt costs a start), read only as
 *   `SocketModeReceiver_1.default` when App sets up Socket Mode; __importDefault keeps a module
 *   that says __esModule, so a stand-in that loads the real module on that read is faithful;
 * - @slack/oauth (with jsonwebtoken and semver, which do work as they load), read by the
 *   receivers only as `oauth_1.InstallProvider`, when the app is given OAuth settings.
 * (src/bots/slack/bolt.ts leaves out Bolt's index, which would load every receiver at once.)
 */
const LAZY_MODULES = [
  { specifier: /^\.\/receivers\/SocketModeReceiver$/, importer: /[\\/]@slack[\\/]bolt[\\/]dist[\\/]App\.js$/ },
  { specifier: /^@slack\/oauth$/, importer: /[\\/]@slack[\\/]bolt[\\/]dist[\\/]receivers[\\/](HTTP|SocketMode)Receiver\.js$/ },
];
const lazyBoltModules = {
  name: "lazy-bolt-modules",
  /** @param {import("esbuild").PluginBuild} build */
  setup(build) {
    for (const { specifier, importer } of LAZY_MODULES)
      build.onResolve({ filter: specifier }, (args) =>
        args.namespace === "file" && importer.test(args.importer) ? { path: args.path, namespace: "lazy", pluginData: args.resolveDir } : undefined,
      );
    build.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({
      contents: `let loaded;
module.exports = new Proxy({}, { get: (_, key) => (key === "__esModule" ? true : (loaded ??= require(${JSON.stringify(args.path)}))[key]) });`,
      resolveDir: args.pluginData,
      loader: "js",
    }));
  },
};

/**
 * zod exports its 64 error-message locales as `z.locales`, so bundling zod bundles all of them
 * (about 60% of zod's bundle, parsed on every start), though only English is ever used: it is
 * what zod configures itself with, and no code here calls `z.config(z.locales.…())`. In the bundle
 * `z.locales` holds English alone.
 */
const englishZodLocaleOnly = {
  name: "english-zod-locale-only",
  /** @param {import("esbuild").PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)
        ? { path: join(args.resolveDir, "../locales/en.js"), namespace: "zod-english", pluginData: args.resolveDir }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-english" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: args.pluginData,
      loader: "js",
    }));
  },
};

/**
 * Code that only a path the HTTP bot never takes runs, left in node_modules and loaded there if
 * that path is ever taken, rather than bundled and parsed on every start: undici (about 730 KB),
 * which only Socket Mode uses (its receiver is loaded when used, see above), and iconv-lite's tables
 * of character sets (about 500 KB), which it loads only to decode a body that is not UTF-8. Each
 * is one copy in node_modules, required by package name from dist/, so the same module either way.
 */
const loadedWhereUsed = {
  name: "loaded-where-used",
  /** @param {import("esbuild").PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^undici$/ }, (args) =>
      /[\\/]@slack[\\/]socket-mode[\\/]/.test(args.importer) ? { path: "undici", external: true } : undefined,
    );
    build.onResolve({ filter: /^\.\.\/encodings$/ }, (args) =>
      /[\\/]iconv-lite[\\/]lib[\\/]index\.js$/.test(args.importer) ? { path: "iconv-lite/encodings", external: true } : undefined,
    );
  },
};

/**
 * Two bundles, each split into chunks of its own, so that the terminal commands' code does not
 * divide the server's into more files to load at start:
 * - the server: main.js is small (it turns on Node's compile cache, then imports serve.js, see
 *   src/main.ts);
 * - the terminal commands, which `npm run ask` and the others run from dist/ as `npm start` runs
 *   the server: plain node starts them in about half the time tsx does.
 */
/** @type {Record<string, string>[]} */
const BUNDLES = [
  { main: "src/main.ts", serve: "src/serve.ts" },
  { ask: "src/cli/ask.ts", eval: "src/cli/eval.ts", chat: "src/cli/chat.ts", report: "src/cli/report.ts" },
];
const ENTRY_NAMES = BUNDLES.flatMap((entries) => Object.keys(entries));

/** @param {Record<string, string>} entries */
const entryPoints = (entries) => Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(ROOT, path)]));

export const BUILD_OPTIONS = {
  entryPoints: entryPoints(BUNDLES[0]),
  outdir: DIST,
  bundle: true,
  platform: /** @type {const} */ ("node"),
  format: /** @type {const} */ ("esm"),
  target: "node20",
  /**
   * Code two entries of a bundle use (StartupError) is one module in a chunk of its own, and a
   * platform's adapter, imported only when that platform is on, is a chunk loaded only then.
   */
  splitting: true,
  /** Beside main.js, not in a folder: src/project-root.ts finds the root one folder up from any of them. */
  chunkNames: "[name]-[hash]",
  /**
   * Loaded from node_modules at run time rather than bundled: botbuilder, whose internals the
   * Teams adapter reaches through botbuilder's own `require` (src/bots/teams/connector.ts) and
   * must find as the same module instances.
   */
  external: ["botbuilder", "botbuilder-*", "botframework-*"],
  /** Bundled CommonJS packages (Bolt, pino) call `require`, which an ES module lacks. */
  banner: { js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);' },
  /** Readable stack traces without source maps; whitespace and syntax minified to parse faster. */
  minifyWhitespace: true,
  minifySyntax: true,
  /** dist/*.js.map, for `node --enable-source-maps dist/main.js`. */
  sourcemap: /** @type {const} */ ("linked"),
  sourcesContent: false,
  plugins: [lazyBoltModules, englishZodLocaleOnly, loadedWhereUsed],
  metafile: true,
  write: false,
  logLevel: /** @type {const} */ ("warning"),
};

/**
 * The hash of src/index's sources, as src/index/index-code.ts computes it: the bundle carries it
 * so that it shares the index snapshot with the scripts and tests run through tsx (see index-code.ts).
 * @param {string} dir
 */
export function hashSources(dir) {
  const hash = createHash("sha256");
  for (const file of readdirSync(dir)
    .filter((f) => /\.[jt]s$/.test(f))
    .sort())
    hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest("hex");
}

/**
 * Builds dist/. Each file is written whole and renamed into place, so a start running beside a
 * build never reads half a file; chunks of earlier builds are removed.
 */
export async function buildDist() {
  const startedAt = Date.now();
  const { build } = await import("esbuild");
  const define = { BUNDLED_INDEX_CODE_HASH: JSON.stringify(hashSources(join(ROOT, "src", "index"))) };
  const results = await Promise.all(BUNDLES.map((entries) => build({ ...BUILD_OPTIONS, entryPoints: entryPoints(entries), define })));
  mkdirSync(DIST, { recursive: true });
  // The entries last, main.js very last: they are what starts, and they import the chunks (main.js imports serve.js).
  const entries = ENTRY_NAMES.map((name) => join(DIST, `${name}.js`));
  const rank = (/** @type {string} */ path) => (path === join(DIST, "main.js") ? 2 : entries.includes(path) ? 1 : 0);
  const files = results.flatMap((result) => result.outputFiles ?? []).sort((a, b) => rank(a.path) - rank(b.path));
  for (const file of files) writeAtomically(file.path, file.contents);
  const written = new Set(files.map((file) => file.path));
  for (const name of readdirSync(DIST).filter((name) => CHUNK.test(name))) if (!written.has(join(DIST, name))) rmSync(join(DIST, name), { force: true });
  // Files only: the plugins' stand-ins ("lazy:@slack/oauth", "zod-english:…") are no file to compare, and each would read as gone.
  const inputs = [...new Set(results.flatMap((result) => Object.keys(result.metafile?.inputs ?? {})))]
    .filter((input) => !/^[\w-]+:/.test(input))
    .map((input) => relative(ROOT, join(process.cwd(), input)));
  // Every file written, so that one removed since (by a build of other sources beside this one) means a rebuild.
  const outputs = [...written].map((path) => relative(ROOT, path));
  writeAtomically(STAMP, JSON.stringify({ startedAt, inputs, outputs }));
}

/**
 * Whether dist/ was built after every file it was built from last changed, this script,
 * package-lock.json (a dependency's version) and src/index (a file added: see hashSources) among them.
 */
export function isUpToDate() {
  /** @type {{ startedAt: number; inputs: string[]; outputs?: string[] }} */
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return false;
  }
  const outputs = stamp.outputs ?? [];
  if (outputs.length === 0) return false;
  return [...stamp.inputs, ...outputs, "scripts/build.js", "package-lock.json", "src/index"].every((path) => {
    try {
      return statSync(join(ROOT, path)).mtimeMs <= stamp.startedAt || outputs.includes(path);
    } catch {
      return false; // gone: rebuild, and let esbuild say what is missing
    }
  });
}

/** @param {string} path @param {string | Uint8Array} contents */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--if-changed") && isUpToDate()) process.exit(0);
  const started = performance.now();
  await buildDist().catch((/** @type {{ errors?: unknown[]; message?: string }} */ error) => {
    // A compile error esbuild has printed, with file and line; anything else (a read-only disk, no esbuild) is said here.
    if (!error?.errors) console.error(`build: ${error?.message ?? error}: dist/ was not built (npm run build to retry)`);
    process.exit(1);
  });
  // On stderr: `npm run -s ask -- --json …` prints only the answer on stdout, built first or not.
  console.error(`built dist/ in ${Math.round(performance.now() - started)} ms`);
}
