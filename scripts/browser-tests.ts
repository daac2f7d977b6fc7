/**
 * The last step of `npm test`: runs the browser tests (`npm run test:e2e`) when Debian's Chromium
 * is installed. Without it, says so plainly and passes, except in CI, where it fails.
 *
 * Usage: node scripts/browser-tests.ts [vitest arguments, e.g. tests/e2e/search.test.ts]
 *   --help   show this help
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../tests/e2e/chromium.ts';
import { printUsage } from './usage.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  printUsage(import.meta.url);
  process.exit(0);
}

if (!existsSync(CHROMIUM)) {
  const message = [
    `Browser tests NOT RUN: there is no Chromium at ${CHROMIUM}.`,
    'They check every page for accessibility, foreign requests, console errors and phone width, and test',
    'search, the matrix, the embeds and the checklist. Install Chromium with `apt-get install chromium`,',
    'then run `npm run test:e2e` (or `npm test` again).',
  ].join('\n');
  if (process.env.CI) {
    console.error(`${message}\nCI must run them: failing.`);
    process.exit(1);
  }
  console.warn(`\n${message}\n`);
  process.exit(0);
}
const { status } = spawnSync('npm', ['run', 'test:e2e', ...(args.length ? ['--', ...args] : [])], { stdio: 'inherit' });
process.exit(status ?? 1);
