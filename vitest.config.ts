import { defineConfig } from "vitest/config";

export default defineConfig({
  // Node resolves "graphql" to its CommonJS build, for graphql-yoga and @graphql-tools too; Vite
  // would give the sources the ES build, a second copy whose types graphql's checks refuse.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          // One database for all: files run one after another, each empties it first.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
