// Properties of the built pages that need no browser.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { pageHtml, pageScripts } from '../../scripts/page-assets.mjs';

it('ships guide pages no JavaScript of their own beyond the checklist’s (budgeted in .size-limit.js)', () => {
  const starlight = new Set(pageScripts('api'));
  const own = (guide: string) => pageScripts(`platforms/${guide}`).filter((file) => !starlight.has(file));
  const checklist = own('x');
  expect(checklist.some((file) => file.includes('GuideSections'))).toBe(true);
  for (const guide of ['linkedin', 'reddit', 'meta']) expect(own(guide)).toEqual(checklist);
});

it('keeps the embed page out of search engines, the sitemap and the search index', () => {
  const html = readFileSync(pageHtml('embed/matrix'), 'utf8');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).not.toContain('data-pagefind-body');
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/embed/matrix/');
});

it('loads nothing from other origins on the embed page', () => {
  const html = readFileSync(pageHtml('embed/matrix'), 'utf8');
  expect(html.match(/<(?:script|link|img|iframe)[^>]+(?:src|href)="https?:/g) ?? []).toEqual([]);
});
