import { defineConfig } from "vitest/config";

// One run covers unit tests beside the sources and the cross-package tests in test/.
// Heavier suites (interop, soak, bench) have their own npm scripts and are not matched here.
export default defineConfig({
  test: {
    include: ["server/src/**/*.test.ts", "sdk/src/**/*.test.ts", "test/e2e/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    globalSetup: ["test/temp-dir-setup.ts"],
  },
});
