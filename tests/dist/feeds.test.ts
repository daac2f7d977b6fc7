// The feeds, read by independent parsers: valid XML; a guide's feed has one item per history entry
// and incident, the site-wide feeds the newest SITE_FEED_ITEMS of them.
import { readFileSync } from 'node:fs';
import { SyntaxValidator } from 'fast-xml-validator';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { readValidGuides } from '../../src/lib/check/read-files.ts';
import { escapeMarkup } from '../../src/lib/escape.ts';
import { strings, type Lang } from '../../src/lib/i18n/strings.ts';
import { SITE_FEED_ITEMS } from '../../src/lib/publish/feeds.ts';
import { DIST } from './dist.ts';

const guides = readValidGuides();
/** The dates of every history entry and incident of these guides, newest first. */
const dates = (ids: string[]) =>
  guides
    .filter((g) => ids.includes(g.id))
    .flatMap((g) => [...g.data.incidents.map((i) => i.date), ...g.data.settings.flatMap((s) => s.history.map((h) => h.date))])
    .sort()
    .reverse();
const parser = new Parser();

const all = guides.map((g) => g.id);
describe.each([
  ['feeds/changes', all, '', SITE_FEED_ITEMS],
  ['feeds/x', ['x'], '', Infinity],
  ['feeds/linkedin', ['linkedin'], '', Infinity],
  // Each language has its site-wide feed, linking to the pages in that language.
  ['de/feeds/changes', all, '/de', SITE_FEED_ITEMS],
  ['fr/feeds/changes', all, '/fr', SITE_FEED_ITEMS],
  ['es/feeds/changes', all, '/es', SITE_FEED_ITEMS],
])('%s', (path, ids, prefix, limit) => {
  it.each(['rss', 'atom'])('is valid %s with the newest changes and incidents, each linking to its section', async (format) => {
    const xml = readFileSync(`${DIST}/${path}.${format}`, 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain(format === 'rss' ? '<rss version="2.0"' : '<feed xmlns="http://www.w3.org/2005/Atom"');
    const feed = await parser.parseString(xml);
    const expected = dates(ids).slice(0, limit);
    expect(feed.items).toHaveLength(expected.length);
    // Newest first, and none older than the entries left out.
    expect(feed.items.map((item) => item.isoDate!.slice(0, 10))).toEqual(expected);
    // A feed cut to the latest entries says so in its own language; a whole one does not.
    const lang = (prefix.slice(1) || 'en') as Lang;
    const cutNote = escapeMarkup(strings(lang).t('atlas.feed.latest', { count: expected.length }));
    if (dates(ids).length > expected.length) expect(xml).toContain(cutNote);
    else expect(xml).not.toContain(cutNote);
    const link = new RegExp(`^https?://[^/]+${prefix}/platforms/[a-z0-9-]+/#[a-z0-9-]+$`);
    for (const item of feed.items) expect(item.link).toMatch(link);
    if (format === 'rss') expect(xml).toContain(`<language>${prefix.slice(1) || 'en'}</language>`);
  });
});
