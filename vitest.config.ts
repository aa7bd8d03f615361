import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Property tests and server tests are CPU-bound; two cores on CI.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
