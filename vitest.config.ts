import { defineConfig } from "vitest/config";

/** Tests of the built site (built once by the global setup) are a project of their own; the rest need no build. */
const SITE_TESTS = ["test/browser/**/*.test.ts", "test/output.test.ts", "test/page-size.test.ts", "test/golden.test.ts", "test/reproducible.test.ts", "test/incremental.test.ts", "test/build-refuses.test.ts", "test/xlsx-site.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: SITE_TESTS } },
      // One file at a time: several of them run `astro build`, which shares .astro/ and Vite's cache.
      { extends: true, test: { name: "site", include: SITE_TESTS, globalSetup: ["test/global-setup.ts"], fileParallelism: false } },
    ],
  },
});
