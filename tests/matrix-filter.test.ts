import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../src/lib/embed.ts';
import { DEFAULT_FILTER, rowShown, sortRows, type RowData } from '../src/lib/matrix-filter.ts';

const rows: RowData[] = [
  { id: 'x', name: 'X', states: { 'ai-training': 'on', location: 'off' } },
  { id: 'reddit', name: 'Reddit', states: { 'ai-training': 'no-opt-out', location: 'on' } },
  { id: 'bluesky', name: 'Bluesky', states: { 'ai-training': 'off', location: 'none' } },
];
const known = {
  platforms: ['x', 'reddit', 'bluesky'],
  categories: ['ai-training', 'location'],
};

describe('rowShown', () => {
  it('filters by platform IDs and by typed name', () => {
    expect(rows.filter((r) => rowShown(r, { ...DEFAULT_FILTER, platforms: ['x'] })).map((r) => r.id)).toEqual(['x']);
    expect(rows.filter((r) => rowShown(r, { ...DEFAULT_FILTER, query: 'RED' })).map((r) => r.id)).toEqual(['reddit']);
  });

  it('keeps only rows that share by default in a shown category', () => {
    const filter = { ...DEFAULT_FILTER, onlyShared: true, categories: ['location'] };
    expect(rows.filter((r) => rowShown(r, filter)).map((r) => r.id)).toEqual(['reddit']);
  });
});

describe('sortRows', () => {
  it('sorts by name, or by how many categories share by default', () => {
    expect(sortRows(rows, DEFAULT_FILTER)).toEqual(['bluesky', 'reddit', 'x']);
    expect(sortRows(rows, { ...DEFAULT_FILTER, sort: 'most-shared' })).toEqual(['reddit', 'x', 'bluesky']);
  });
});

describe('parseEmbedParams', () => {
  it('reads known platforms, categories, region, theme and only', () => {
    const { filter, theme } = parseEmbedParams(
      '?platforms=x,reddit&categories=ai-training&region=EU&theme=dark&only=shared',
      known,
    );
    expect(filter).toMatchObject({
      platforms: ['x', 'reddit'],
      categories: ['ai-training'],
      region: 'EU',
      onlyShared: true,
    });
    expect(theme).toBe('dark');
  });

  it('is light by default, so a light host page does not get a dark box', () => {
    expect(parseEmbedParams('', known).theme).toBe('light');
  });

  it.each([
    ['?platforms=<script>alert(1)</script>&categories=javascript:alert(1)'],
    ['?region=<img src=x onerror=alert(1)>&theme=javascript:alert(1)'],
    [`?platforms=${'x,'.repeat(50_000)}`],
    ['?platforms=nope,unknown&categories=__proto__,constructor'],
    ['%E0%A4%A'],
  ])('ignores hostile or unknown input %#', (search) => {
    const { filter, theme } = parseEmbedParams(search, known);
    expect(filter.categories).toEqual([]);
    expect(filter.region).toBe('default');
    expect(theme).toBe('light');
    expect(filter.platforms.every((p) => known.platforms.includes(p))).toBe(true);
  });
});
