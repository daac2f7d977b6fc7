import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../src/lib/atlas/catalogue.ts';
import {
  changedSince,
  choosePlatforms,
  emptyState,
  parseState,
  progress,
  readStored,
  toggle,
  type CatalogueEntry,
} from '../src/lib/checklist.ts';
import { fixtureAtlas } from './helpers.ts';

const entry = (key: string, lastChanged?: string) => ({
  key,
  title: key,
  href: `/p/#${key}`,
  state: 'on',
  action: 'Switch it off',
  lastChanged,
});
const catalogue: CatalogueEntry[] = [
  { guideId: 'x', platform: 'X', settings: [entry('x#grok', '2026-01-15'), entry('x#ads')] },
  { guideId: 'reddit', platform: 'Reddit', settings: [entry('reddit#ads')] },
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

describe('readStored: what the browser holds', () => {
  it('reads a state, and nothing as empty', () => {
    expect(readStored(null)).toEqual({ kind: 'empty' });
    expect(readStored(JSON.stringify(emptyState()))).toEqual({ kind: 'state', state: emptyState() });
  });

  it('keeps what it cannot read, and says why: a newer format or damage', () => {
    const newer = JSON.stringify({ version: 2, done: {}, platforms: [], notes: {} });
    expect(readStored(newer)).toEqual({
      kind: 'unreadable',
      raw: newer,
      reason: 'it was saved by a newer version of the site (format 2)',
    });
    expect(readStored('{"version":1,')).toMatchObject({ kind: 'unreadable', reason: 'it is damaged (not JSON)' });
  });
});

describe('buildCatalogue', () => {
  it('lists every setting with its anchor, state, what to do and the date of its newest change', () => {
    const [example] = buildCatalogue(fixtureAtlas());
    expect(example.settings[0]).toEqual({
      key: 'example#ai-training',
      title: 'AI training on posts',
      href: '/platforms/example/#ai-training',
      state: 'on',
      action: 'Switch “Use my posts to train AI” off',
      lastChanged: '2024-05-01',
    });
    expect(example.settings[1]).toMatchObject({
      action: 'No setting to switch: read the guide',
      lastChanged: undefined,
    });
  });
});
