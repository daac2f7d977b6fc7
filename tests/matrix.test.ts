import { describe, expect, it } from 'vitest';
import { buildMatrix, defaultIn, worstState } from '../src/lib/matrix.ts';
import { validateGuides } from '../src/lib/validate.ts';
import { FIXTURES, readGuides } from './helpers.ts';

const guides = validateGuides(readGuides(`${FIXTURES}/valid`)).guides.map(({ id, data }) => ({ id, data }));

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
  it('shows the state that shares most', () => {
    expect(worstState(['off', 'on', 'varies'])).toBe('on');
    expect(worstState(['on', 'no-opt-out'])).toBe('no-opt-out');
    expect(worstState([])).toBe('none');
  });
});

describe('buildMatrix', () => {
  const matrix = buildMatrix(guides);
  const row = (id: string) => matrix.rows.find((r) => r.guideId === id)!;
  const cell = (id: string, category: string) => row(id).cells.find((c) => c.category === category)!;

  it('has a row per guide and a cell per category', () => {
    expect(matrix.rows.map((r) => r.guideId)).toEqual(['example', 'other']);
    expect(row('example').cells).toHaveLength(matrix.categories.length);
  });

  it('gives each cell its state per region, linking to the setting', () => {
    expect(cell('example', 'ai-training').states).toEqual({ default: 'on', US: 'on', EU: 'off', UK: 'off' });
    expect(cell('example', 'ai-training').settings[0].href).toBe('/platforms/example/#ai-training');
    expect(cell('example', 'contact-info').states.default).toBe('no-opt-out');
    expect(cell('example', 'location').states.default).toBe('none');
  });

  it('includes shared settings in the row of the guide that references them', () => {
    const shared = cell('other', 'ai-training');
    expect(shared.states.default).toBe('on');
    expect(shared.settings).toEqual([expect.objectContaining({ guideId: 'example', shared: true })]);
  });

  it('is as of the newest verification date', () => {
    expect(matrix.asOf).toBe('2024-06-01');
  });
});
