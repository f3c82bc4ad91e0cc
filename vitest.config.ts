import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores on the target machines: keep the pool small and predictable.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    pool: "forks",
    // A throw-away PostgreSQL cluster for the tests that run on both engines.
    globalSetup: ["test/pg-setup.ts"],
  },
});
