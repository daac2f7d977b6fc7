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

describe.each([
  ['changes', guides.map((g) => g.id)],
  ['x', ['x']],
  ['linkedin', ['linkedin']],
])('feeds/%s', (name, ids) => {
  it.each(['rss', 'atom'])('is valid %s with one item per change and incident, each linking to its section', async (format) => {
    const xml = readFileSync(`${DIST}/feeds/${name}.${format}`, 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(xml).toContain(format === 'rss' ? '<rss version="2.0"' : '<feed xmlns="http://www.w3.org/2005/Atom"');
    const feed = await parser.parseString(xml);
    expect(feed.items).toHaveLength(count(ids));
    for (const item of feed.items) expect(item.link).toMatch(/\/platforms\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  });
});
