import { describe, expect, it } from 'vitest';
import { renderBadge } from '../src/lib/badge.ts';
import { buildMatrix } from '../src/lib/matrix.ts';
import { matrixCsv, matrixFile, platformFile, platformsFile } from '../src/lib/public-data.ts';
import { publicSettingSchema } from '../src/schemas/public.ts';
import { validateGuides } from '../src/lib/validate.ts';
import { FIXTURES, readGuides } from './helpers.ts';

const guides = validateGuides(readGuides(`${FIXTURES}/valid`)).guides.map(({ id, data }) => ({ id, data }));
const SITE = 'https://atlas.example.org/';

describe('public data', () => {
  it('gives every platform and setting an absolute URL and keeps the facts', () => {
    const { platforms, version, license } = platformsFile(guides, SITE);
    expect({ version, license }).toEqual({ version: 1, license: 'CC-BY-4.0' });
    const example = platforms.find((p) => p.id === 'example')!;
    expect(example.url).toBe('https://atlas.example.org/platforms/example/');
    expect(example.settings[0]).toMatchObject({
      url: 'https://atlas.example.org/platforms/example/#ai-training',
      default: 'on',
      regions: [{ regions: ['EU', 'EEA', 'UK', 'CH'], default: 'off' }],
      quote: { text: 'We may use your posts to train our models.' },
    });
    expect(platforms.find((p) => p.id === 'other')!.sharedSettings).toEqual([
      { platform: 'example', setting: 'ai-training', url: 'https://atlas.example.org/platforms/example/#ai-training' },
    ]);
  });

  it('refuses to publish data that does not fit the public schema', () => {
    const broken = structuredClone(guides);
    (broken[0].data.settings[0] as { default: string }).default = 'maybe';
    expect(() => platformFile(broken[0], SITE)).toThrow(/default/);
  });

  it('publishes the matrix as JSON and as CSV with one line per platform, category and region', () => {
    const matrix = buildMatrix(guides);
    expect(matrixFile(matrix, SITE).rows[0].cells[0]).toMatchObject({ category: 'ai-training', states: { EU: 'off' } });
    const lines = matrixCsv(matrix, SITE).trimEnd().split('\r\n');
    expect(lines[0]).toBe('platform,name,category,region,state,settings');
    expect(lines).toHaveLength(1 + guides.length * matrix.categories.length * matrix.regions.length);
    expect(lines).toContain(
      'example,Example Social,ai-training,EU,off,https://atlas.example.org/platforms/example/#ai-training',
    );
  });

  it('documents every public setting field', () => {
    const fields = Object.entries(publicSettingSchema.shape).filter(([, schema]) => !schema.description);
    expect(fields.map(([name]) => name)).toEqual([]);
  });
});

describe('renderBadge', () => {
  it('says the state in words and escapes the label', () => {
    const svg = renderBadge('A&B <x> · AI training', 'on');
    expect(svg).toContain('aria-label="A&amp;B &lt;x&gt; · AI training: on by default"');
    expect(svg).not.toContain('<x>');
    expect(svg).toMatch(/^<svg[^>]+role="img"/);
  });
});
