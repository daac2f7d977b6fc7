/**
 * Runs Lighthouse (mobile profile) on the built site and prints the category scores, then the
 * audits that cost points (performance metrics below "good", with their values), so a score below
 * 100 says why.
 *
 * Usage: npm run lighthouse [-- PATH…]   (default: a guide page, the matrix and the embed page)
 *   --help  show this help
 * Needs `npm run build` first and Chromium at $CHROME_PATH (default: the browser tests' Chromium).
 * Pages are served gzipped, as a host serves them.
 * The embed page is deliberately `noindex`, so its SEO score is expected to be below 100.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { CHROMIUM } from '../tests/e2e/chromium.ts';
import { printUsage } from './usage.ts';

const { values, positionals } = parseArgs({ options: { help: { type: 'boolean' } }, allowPositionals: true });
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}
const paths = positionals.length ? positionals : ['/platforms/x/', '/compare/', '/embed/matrix/'];

// Served compressed, as any host serves it (GitHub Pages gzips on the fly): a copy of dist with a
// .gz beside each text file, which sirv sends to a browser that accepts gzip.
const root = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
cpSync('dist', root, { recursive: true });
for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  if (/\.(html|css|js|json|svg|xml|txt)$/.test(file)) {
    writeFileSync(join(root, `${file}.gz`), gzipSync(readFileSync(join(root, file))));
  }
}
const serve = sirv(root, { dev: false, gzip: true });
const server = createServer((req, res) =>
  serve(req, res, () => {
    res.writeHead(404).end();
  }),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? CHROMIUM,
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const rows: Record<string, Record<string, number>> = {};
const failing: string[] = [];
try {
  for (const path of paths) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const { categories, runtimeError } = result!.lhr;
    if (runtimeError)
      throw new Error(`Lighthouse could not audit ${path}: ${runtimeError.code} ${runtimeError.message}`);
    rows[path] = Object.fromEntries(Object.values(categories).map((c) => [c.title, Math.round((c.score ?? 0) * 100)]));
    for (const category of Object.values(categories)) {
      for (const { id } of category.auditRefs.filter((ref) => ref.weight > 0)) {
        const audit = result!.lhr.audits[id];
        // Performance metrics are graded on a curve: name those below "good", with their value.
        const bar = category.id === 'performance' ? 0.9 : 1;
        const value = audit.displayValue ? `: ${audit.displayValue}` : '';
        if (audit.score !== null && audit.score < bar)
          failing.push(`${path}  ${category.title}: ${audit.title}${value} (${id})`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
  rmSync(root, { recursive: true, force: true });
}
console.table(rows);
if (failing.length) console.log(`Audits that cost points:\n${failing.map((line) => `  ${line}`).join('\n')}`);
