import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests and tests of the built site have their own configs and run after the build.
    exclude: ['tests/e2e/**', 'tests/dist/**'],
  },
});
