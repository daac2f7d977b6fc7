// The feeds, read by independent parsers: valid XML, one item per history entry and incident.
import { readFileSync } from 'node:fs';
import { SyntaxValidator } from 'fast-xml-validator';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { readValidGuides } from '../../src/lib/check/read-files.ts';
import { DIST } from './dist.ts';

const guides = readValidGuides();
const count = (ids: string[]) =>
  guides
    .filter((g) => ids.includes(g.id))
    .reduce((n, g) => n + g.data.incidents.length + g.data.settings.reduce((m, s) => m + s.history.length, 0), 0);
const parser = new Parser();

const all = guides.map((g) => g.id);
describe.each([
  ['feeds/changes', all, ''],
  ['feeds/x', ['x'], ''],
  ['feeds/linkedin', ['linkedin'], ''],
  // Each language has its site-wide feed, linking to the pages in that language.
  ['de/feeds/changes', all, '/de'],
  ['fr/feeds/changes', all, '/fr'],
  ['es/feeds/changes', all, '/es'],
])('%s', (path, ids, prefix) => {
  it.each(['rss', 'atom'])('is valid %s with one item per change and incident, each linking to its section', async (format) => {
    const xml = readFileSync(`${DIST}/${path}.${format}`, 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain(format === 'rss' ? '<rss version="2.0"' : '<feed xmlns="http://www.w3.org/2005/Atom"');
    const feed = await parser.parseString(xml);
    expect(feed.items).toHaveLength(count(ids));
    const link = new RegExp(`^https?://[^/]+${prefix}/platforms/[a-z0-9-]+/#[a-z0-9-]+$`);
    for (const item of feed.items) expect(item.link).toMatch(link);
    if (format === 'rss') expect(xml).toContain(`<language>${prefix.slice(1) || 'en'}</language>`);
  });
});
