// Lists the files a built page loads: its HTML, the scripts and styles it references, and the
// chunks those scripts import. Used by the size budgets (.size-limit.js) and the dist tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';

function follow(file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  if (!file.endsWith('.js')) return;
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    follow(join(file, '..', spec), seen);
  }
}

/** Scripts and styles (from /_astro/) a page loads, recursively; without the HTML itself. */
export function pageAssets(page) {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const seen = new Set();
  for (const [, path] of html.matchAll(/(?:src|href)="(?:\/[^"]*?)?(\/_astro\/[^"]+\.(?:js|css))"/g))
    follow(join(DIST, path), seen);
  return [...seen];
}

export const pageScripts = (page) => pageAssets(page).filter((file) => file.endsWith('.js'));

/** A page's own scripts: those it loads beyond the ones every Starlight page loads (the API page's). */
export function ownScripts(page) {
  const starlight = new Set(pageScripts('api'));
  return pageScripts(page).filter((file) => !starlight.has(file));
}
export const pageHtml = (page) => join(DIST, page, 'index.html');
