// Properties of the built pages that need no browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { pageHtml } from '../../scripts/page-assets.mjs';
import { sha256 } from '../../src/lib/csp.ts';
import { DIST } from './dist.ts';

/** Every HTML file of the site. */
const pages = (dir = DIST): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name.endsWith('.html') ? [path] : [];
  });

it('ships guide pages no JavaScript of their own beyond the checklist box’s, and keeps it under 1.5 kB', () => {
  // A module file with the chunks it imports (Vite may split code shared with the checklist page).
  const moduleCode = (file: string, seen = new Set<string>()): string => {
    if (seen.has(file)) return '';
    seen.add(file);
    const code = readFileSync(join(DIST, '_astro', file), 'utf8');
    const imports = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map(([, chunk]) => chunk);
    return [code, ...imports.map((chunk) => moduleCode(chunk, seen))].join('\n');
  };
  // What every Starlight page loads (the API page has nothing else), as file names and inline code.
  const scripts = (page: string) => {
    const html = readFileSync(pageHtml(page), 'utf8');
    return [
      ...[...html.matchAll(/<script[^>]* src="[^"]*\/_astro\/([^"]+)"/g)].map(([, file]) => `file:${file}`),
      ...[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([^]*?)<\/script>/g)].map(([, code]) => code),
    ];
  };
  const code = (script: string) => (script.startsWith('file:') ? moduleCode(script.slice(5)) : script);
  const everyPage = new Set(scripts('api'));
  for (const guide of ['x', 'linkedin', 'reddit', 'meta']) {
    const own = scripts(`platforms/${guide}`)
      .filter((script) => !everyPage.has(script))
      .map(code);
    // The checklist box, and Starlight's Tabs (their element and their restore script).
    const checklist = own.filter((c) => c.includes('optout-atlas:checklist'));
    expect(checklist, guide).toHaveLength(1);
    expect(gzipSync(checklist[0]).length, guide).toBeLessThan(1536);
    for (const c of own.filter((c) => c !== checklist[0])) expect(c, guide).toMatch(/starlight-tabs|StarlightTabs/);
  }
});

it('gives every page a Content-Security-Policy that hashes each of its inline scripts, and nothing else', () => {
  for (const file of pages()) {
    const html = readFileSync(file, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    expect(policy, file).toBeDefined();
    expect(policy, file).toMatch(/script-src 'self'/);
    expect(/script-src[^;]*/.exec(policy!)![0], file).not.toContain('unsafe-inline');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([^]*?)<\/script>/g)].map(([, code]) => code);
    for (const code of inline) expect(policy, `${file}: ${code.slice(0, 60)}`).toContain(sha256(code));
  }
});

it('keeps the embed page and the build’s own files out of search engines, the sitemap and the site', () => {
  const html = readFileSync(pageHtml('embed/matrix'), 'utf8');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).not.toContain('data-pagefind-body');
  const sitemap = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  expect(sitemap).not.toContain('/embed/matrix/');
  expect(existsSync(`${DIST}/internal`)).toBe(false);
});

it('loads nothing from other origins on the embed page', () => {
  const html = readFileSync(pageHtml('embed/matrix'), 'utf8');
  expect(html.match(/<(?:script|link|img|iframe)[^>]+(?:src|href)="https?:/g) ?? []).toEqual([]);
});

it('lists every guide on the A–Z page, and in every page’s sidebar while the atlas is under the limit', () => {
  const guides = readdirSync(join(DIST, 'platforms'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(guides.length).toBeGreaterThan(0);
  const index = readFileSync(join(DIST, 'platforms/index.html'), 'utf8');
  const sidebar = readFileSync(join(DIST, 'compare/index.html'), 'utf8');
  for (const guide of guides) {
    expect(index, guide).toContain(`href="/platforms/${guide}/"`);
    expect(sidebar, guide).toContain(`href="/platforms/${guide}/"`);
  }
  expect(index).toContain(`>${guides.length} platforms and`);
});
