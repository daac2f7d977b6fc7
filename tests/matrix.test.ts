import { describe, expect, it } from 'vitest';
import { buildMatrix, defaultIn, worstState } from '../src/lib/atlas/matrix.ts';
import { cellFace, decodeOthers, encodeOthers } from '../src/lib/atlas/matrix-view.ts';
import { resolveAtlas } from '../src/lib/atlas/resolve.ts';
import { regionForLanguages } from '../src/lib/matrix-regions.ts';
import { fixtureAtlas, VALID, validate } from './helpers.ts';

describe('defaultIn', () => {
  const setting = {
    default: 'on' as const,
    regions: [{ regions: ['EEA' as const, 'UK' as const], default: 'off' as const }],
  };
  it('uses the regional default where one applies, and EEA entries for the EU view', () => {
    expect(defaultIn(setting, 'EU')).toBe('off');
    expect(defaultIn(setting, 'UK')).toBe('off');
  });
  it('falls back to the general default elsewhere', () => {
    expect(defaultIn(setting, 'US')).toBe('on');
    expect(defaultIn(setting, 'default')).toBe('on');
  });
});

describe('worstState', () => {
  it('finds the state that shares most, unknown above off', () => {
    expect(worstState(['off', 'on', 'varies'])).toBe('on');
    expect(worstState(['on', 'no-opt-out'])).toBe('no-opt-out');
    expect(worstState(['off', 'unknown'])).toBe('unknown');
    expect(worstState([])).toBe('none');
  });
});

describe('buildMatrix', () => {
  const matrix = buildMatrix(fixtureAtlas());
  const row = (id: string) => matrix.rows.find((r) => r.guideId === id)!;
  const cell = (id: string, category: string) => row(id).cells.find((c) => c.category === category)!;

  it('has a row per guide and a column per category that holds a setting', () => {
    expect(matrix.rows.map((r) => r.guideId)).toEqual(['example', 'other']);
    expect(matrix.categories).toEqual(['ai-training', 'contact-info', 'location']);
    expect(row('example').cells).toHaveLength(3);
  });

  it('gives each cell its state per region, linking to the setting', () => {
    expect(cell('example', 'ai-training').states).toEqual({ default: 'on', US: 'on', EU: 'off', UK: 'off' });
    expect(cell('example', 'ai-training').main!.href).toBe('/platforms/example/#ai-training');
    expect(cell('example', 'contact-info').states.default).toBe('no-opt-out');
    expect(cell('example', 'location').states.default).toBe('none');
  });

  it('includes shared settings in the row of the guide that references them', () => {
    const shared = cell('other', 'ai-training');
    expect(shared.states.default).toBe('on');
    expect(shared.settings.map((s) => s.key)).toEqual(['example#ai-training']);
  });

  it('shows a cell’s main switchable setting and counts the others, instead of only the worst', () => {
    const guides = validate(VALID).guides.map(({ id, data }) => ({ id, data }));
    const example = guides.find((g) => g.id === 'example')!;
    // A second AI-training setting that cannot be switched off, after the one that can.
    example.data.settings.push({ ...example.data.settings[1], id: 'public-posts', category: 'ai-training' });
    const aiCell = buildMatrix(resolveAtlas(guides)).rows[0].cells.find((c) => c.category === 'ai-training')!;
    expect(aiCell.main!.id).toBe('ai-training');
    expect(aiCell.states.default).toBe('on');
    expect(aiCell.worst.default).toBe('no-opt-out');
    expect(aiCell.others.default).toEqual([{ state: 'no-opt-out', count: 1 }]);
    expect(cellFace(aiCell.states.default, aiCell.others.default)).toEqual({
      symbol: '●',
      word: 'Shared',
      more: '+1',
      spoken: 'Shared by default; also 1 no opt-out',
    });
  });

  it('says the oldest and the newest verification date it shows', () => {
    expect(matrix.verified).toEqual({ oldest: '2024-06-01', newest: '2024-06-01' });
  });
});

describe('the matrix in the browser', () => {
  it('carries the other settings’ states in an attribute and reads them back, ignoring junk', () => {
    const others = [
      { state: 'no-opt-out' as const, count: 1 },
      { state: 'off' as const, count: 2 },
    ];
    expect(decodeOthers(encodeOthers(others))).toEqual(others);
    expect(decodeOthers('bogus:3,on:-1,off:x')).toEqual([]);
  });

  it('starts from the reader’s region, worked out from the browser’s languages', () => {
    expect(regionForLanguages(['de-DE', 'en'])).toBe('EU');
    expect(regionForLanguages(['fr'])).toBe('EU');
    expect(regionForLanguages(['en-GB'])).toBe('UK');
    expect(regionForLanguages(['en-US'])).toBe('US');
    expect(regionForLanguages(['en', 'ja-JP'])).toBe('default');
  });
});
