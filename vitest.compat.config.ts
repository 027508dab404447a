import { defineConfig } from "vitest/config";

// The Redis compatibility suite (`npm run test:compat`): needs redis-server and takes minutes,
// so `npm test` does not run it.
export default defineConfig({
  test: {
    include: ["test/compat/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
