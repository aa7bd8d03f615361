import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/** Unit tests call functions and start nothing. A file not listed here is a system test. */
const UNIT = [
  "test/answer/**/*.test.ts",
  "test/index/**/*.test.ts",
  "test/eval/**/*.test.ts",
  "test/config.test.ts",
  "test/env-example.test.ts",
  "test/cli/{error-line,question-line,render-text}.test.ts",
  "test/bots/asker.test.ts",
  "test/bots/slack/{ascii-json,escape,manifest,render-blocks,rendered-once}.test.ts",
  "test/bots/teams/{citations,message-extension,render-card,teams-bot}.test.ts",
];

/**
 * System tests that change what the whole process shares: nock's interception of Microsoft's
 * endpoints, and the signing keys botbuilder and the bot keep per process.
 */
const PROCESS_WIDE = ["test/bots/teams/teams-auth.test.ts", "test/bots/teams/teams-auth-outage.test.ts"];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on two cores, one file at a time.
    maxWorkers: Math.max(2, availableParallelism()),
    // Property tests and server tests are CPU-bound; two cores on CI.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // isolate: false lets a worker keep the modules it imported for its next file (the engine,
    // Bolt and botbuilder take seconds to import); it suits files that start and stop what they use.
    projects: [
      { extends: true, test: { name: "unit", include: UNIT, isolate: false } },
      // Servers on loopback, child processes, Redis, fuzzing and load.
      // dist/ is built first (test/build-dist.ts): the tests of npm start and the terminal commands run it.
      {
        extends: true,
        test: { name: "system", include: ["test/**/*.test.ts"], exclude: [...UNIT, ...PROCESS_WIDE], isolate: false, globalSetup: ["test/build-dist.ts"] },
      },
      { extends: true, test: { name: "system-isolated", include: PROCESS_WIDE } },
    ],
  },
});
