import { defineConfig } from 'vitest/config';

// Tests of the built site in dist/ (run after `astro build`).
export default defineConfig({
  test: { include: ['tests/dist/**/*.test.ts'] },
});
