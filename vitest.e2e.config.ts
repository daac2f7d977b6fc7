import { defineConfig } from 'vitest/config';

// Browser tests against the built site, served from dist/ by a static server (see tests/e2e/setup.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Tests marked concurrent (independent pages) run three at a time in one browser.
    maxConcurrency: 3,
  },
});
