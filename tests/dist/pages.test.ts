// Properties of the built pages that need no browser.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ownScripts, pageHtml, pageScripts } from '../../scripts/page-assets.mjs';

it('ships guide pages no JavaScript of their own beyond the checklist’s (budgeted in .size-limit.js)', () => {
  const starlight = new Set(pageScripts('api'));
  // The scripts a guide page names in its HTML, beyond Starlight's: the checklist box's alone.
  const named = (guide: string) =>
    [...readFileSync(pageHtml(`platforms/${guide}`), 'utf8').matchAll(/<script[^>]* src="\/_astro\/([^"]+)"/g)]
      .map(([, file]) => `dist/_astro/${file}`)
      .filter((file) => !starlight.has(file));
  // Scripts written into the page: Starlight's on every page, and the two of its Tabs component.
  const inline = (page: string) =>
    [...readFileSync(pageHtml(page), 'utf8').matchAll(/<script(?![^>]* src=)[^>]*>([^]*?)<\/script>/g)].map(([, code]) => code);
  const everyPage = new Set(inline('api'));
  for (const guide of ['x', 'linkedin', 'reddit', 'meta']) {
    expect(named(guide)).toEqual([expect.stringMatching(/\/GuideSections\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/)]);
    expect(ownScripts(`platforms/${guide}`)).toEqual(ownScripts('platforms/x'));
    const extra = inline(`platforms/${guide}`).filter((code) => !everyPage.has(code));
    expect(extra).toHaveLength(2);
    for (const code of extra) expect(code).toMatch(/starlight-tabs|StarlightTabs/);
  }
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
