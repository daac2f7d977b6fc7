import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/lib/checklist-catalogue.ts';
import {
  changedSince,
  choosePlatforms,
  emptyState,
  parseState,
  progress,
  toggle,
  type CatalogueEntry,
} from '../src/lib/checklist.ts';
import { validateGuides } from '../src/lib/validate.ts';
import { FIXTURES, readGuides } from './helpers.ts';

const catalogue: CatalogueEntry[] = [
  {
    guideId: 'x',
    platform: 'X',
    settings: [
      { key: 'x#grok', title: 'Grok', href: '/platforms/x/#grok', lastChanged: '2026-01-15' },
      { key: 'x#ads', title: 'Ads', href: '/platforms/x/#ads' },
    ],
  },
  {
    guideId: 'reddit',
    platform: 'Reddit',
    settings: [{ key: 'reddit#ads', title: 'Ads', href: '/platforms/reddit/#ads' }],
  },
];

describe('checklist', () => {
  it('counts progress per platform and overall, for the chosen platforms', () => {
    let state = toggle(emptyState(), 'x#ads', true, '2026-02-01');
    expect(progress(state, catalogue)).toMatchObject({ done: 1, total: 3 });
    state = choosePlatforms(state, ['x']);
    const result = progress(state, catalogue);
    expect(result).toMatchObject({ done: 1, total: 2 });
    expect(result.platforms.map((p) => p.guideId)).toEqual(['x']);
    expect(result.platforms[0].remaining.map((s) => s.key)).toEqual(['x#grok']);
  });

  it('unticks', () => {
    const state = toggle(toggle(emptyState(), 'x#ads', true, '2026-02-01'), 'x#ads', false, '2026-02-02');
    expect(state.done).toEqual({});
  });

  it('flags a setting that changed after the reader ticked it', () => {
    const grok = catalogue[0].settings[0];
    expect(changedSince(toggle(emptyState(), 'x#grok', true, '2025-12-01'), grok)).toBe(true);
    expect(changedSince(toggle(emptyState(), 'x#grok', true, '2026-01-15'), grok)).toBe(false);
    expect(changedSince(emptyState(), grok)).toBe(false);
  });

  it('round-trips an export and rejects anything else', () => {
    const state = toggle(choosePlatforms(emptyState(), ['x']), 'x#grok', true, '2026-02-01');
    expect(parseState(JSON.stringify(state))).toEqual({ state });
    expect(parseState('not json')).toEqual({ error: 'The file is not JSON.' });
    expect(parseState(JSON.stringify({ version: 1, platforms: [], done: { '<img>': 'x' } }))).toHaveProperty('error');
    expect(parseState(JSON.stringify({ ...state, extra: true }))).toHaveProperty('error');
  });
});

describe('buildCatalogue', () => {
  it('lists every setting with its anchor and the date of its newest change', () => {
    const guides = validateGuides(readGuides(`${FIXTURES}/valid`)).guides;
    const [example] = buildCatalogue(guides);
    expect(example.settings[0]).toEqual({
      key: 'example#ai-training',
      title: 'AI training on posts',
      href: '/platforms/example/#ai-training',
      lastChanged: '2024-05-01',
    });
    expect(example.settings[1].lastChanged).toBeUndefined();
  });
});
