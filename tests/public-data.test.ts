import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../src/lib/atlas/matrix.ts';
import { resolveAtlas } from '../src/lib/atlas/resolve.ts';
import { publicJsonSchema } from '../src/lib/json-schema.ts';
import { csvField, matrixCsv } from '../src/lib/publish/csv.ts';
import { badgeMessage, renderBadge } from '../src/lib/publish/badge.ts';
import { matrixFile, platformFile, platformsFile } from '../src/lib/publish/public-data.ts';
import { publicSchemas } from '../src/schemas/public.ts';
import { fixtureAtlas, VALID, validate } from './helpers.ts';

const SITE = 'https://atlas.example.org/';
const atlas = fixtureAtlas();

describe('public data', () => {
  it('gives every platform and setting an absolute URL and keeps the facts, with the v1.1 additions', () => {
    const { platforms, version, license } = platformsFile(atlas, SITE);
    expect({ version, license }).toEqual({ version: 1, license: 'CC-BY-4.0' });
    const example = platforms.find((p) => p.id === 'example')!;
    expect(example.url).toBe('https://atlas.example.org/platforms/example/');
    expect(example.settings[0]).toMatchObject({
      url: 'https://atlas.example.org/platforms/example/#ai-training',
      labelMeans: 'shares',
      default: 'on',
      regions: [{ regions: ['EU', 'EEA', 'UK', 'CH'], default: 'off' }],
      answer: 'Shared by default. To stop it, switch “Use my posts to train AI” off.',
      quote: { text: 'We may use your posts to train our models.', source: { kind: 'platform' } },
      history: [{ kind: 'default-changed', from: 'off', to: 'on' }],
    });
    expect(example.settings[0].sources[0].kind).toBe('platform');
    expect(platforms.find((p) => p.id === 'other')!.sharedSettings).toEqual([
      { platform: 'example', setting: 'ai-training', url: 'https://atlas.example.org/platforms/example/#ai-training' },
    ]);
  });

  it('publishes wording known only from a report with via, and keeps source for v1 readers', () => {
    const guides = validate(VALID).guides.map(({ id, data }) => ({ id, data }));
    const quote = guides[0].data.settings[0].quote!;
    guides[0].data.settings[0].quote = {
      text: quote.text,
      via: { ...quote.source!, kind: 'press', publisher: 'The Paper' },
    };
    const setting = platformsFile(resolveAtlas(guides), SITE).platforms[0].settings[0];
    expect(setting.quote).toMatchObject({ source: { kind: 'press' }, via: { kind: 'press', publisher: 'The Paper' } });
  });

  it.each([
    [
      'a browser settings address (v1.3)',
      { surface: 'desktop', steps: ['Settings', 'Privacy'], address: 'chrome://settings/adPrivacy' },
    ],
    [
      'a Windows Settings address (v1.4)',
      { surface: 'device', steps: ['Settings', 'Privacy & security', 'Speech'], address: 'ms-settings:privacy-speech' },
    ],
  ] as const)('publishes %s beside the steps', (_, way) => {
    const guides = validate(VALID).guides.map(({ id, data }) => ({ id, data }));
    guides[0].data.settings[0].optOut.push({ ...way, steps: [...way.steps] });
    const setting = platformsFile(resolveAtlas(guides), SITE).platforms[0].settings[0];
    expect(setting.optOut.at(-1)).toEqual({ ...way, steps: [...way.steps] });
  });

  it('maps fields one by one: an authoring field nobody mapped is not published', () => {
    const guides = validate(VALID).guides.map(({ id, data }) => ({ id, data }));
    (guides[0].data.settings[0] as Record<string, unknown>).internalNote = 'not for publication';
    const file = JSON.stringify(platformsFile(resolveAtlas(guides), SITE));
    expect(file).not.toContain('internalNote');
  });

  it('refuses to publish data that does not fit the public schema', () => {
    const guides = validate(VALID).guides.map(({ id, data }) => ({ id, data }));
    (guides[0].data.settings[0] as { default: string }).default = 'maybe';
    expect(() => platformFile(resolveAtlas(guides).guides[0], SITE)).toThrow(/default/);
  });

  it('publishes the matrix as JSON, with the DPV and TCF mapping of its categories', () => {
    const file = matrixFile(buildMatrix(atlas), SITE);
    expect(file.rows[0].cells[0]).toMatchObject({
      category: 'ai-training',
      states: { EU: 'off' },
      main: 'example#ai-training',
    });
    expect(file.categories.find((c) => c.id === 'ai-training')!.dpv).toContain(
      'https://w3id.org/dpv#ResearchAndDevelopment',
    );
    expect(file.categories.find((c) => c.id === 'contact-info')!.tcf).toEqual([3, 4]);
    expect(file).toMatchObject({ asOf: '2024-06-01', oldestVerified: '2024-06-01' });
  });

  it('publishes JSON Schemas that describe every field and accept fields added later', () => {
    for (const name of Object.keys(publicSchemas) as (keyof typeof publicSchemas)[]) {
      const text = JSON.stringify(publicJsonSchema(name));
      expect(text, name).not.toContain('"additionalProperties":false');
      const undocumented: string[] = [];
      const walk = (node: unknown, path: string) => {
        if (!node || typeof node !== 'object') return;
        const json = node as { properties?: Record<string, { description?: string }> };
        for (const [key, field] of Object.entries(json.properties ?? {}))
          if (!field.description) undocumented.push(`${path}.${key}`);
        for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
      };
      walk(publicJsonSchema(name), name);
      expect(undocumented).toEqual([]);
    }
  });

  it('still validates what a v1 reader was promised: the same field names, plus additions', () => {
    const { platforms } = platformsFile(atlas, SITE);
    const v1Setting = z.object({
      id: z.string(),
      url: z.string(),
      label: z.string(),
      default: z.string(),
      quote: z.object({ text: z.string(), source: z.object({ url: z.string() }) }).optional(),
    });
    for (const setting of platforms.flatMap((p) => p.settings)) expect(v1Setting.safeParse(setting).success).toBe(true);
  });
});

describe('CSV', () => {
  it('has one line per platform, category and region, with labelMeans and source kinds', () => {
    const matrix = buildMatrix(atlas);
    const lines = matrixCsv(matrix, SITE).trimEnd().split('\r\n');
    expect(lines[0]).toBe('platform,name,category,region,state,settings,labelMeans,sourceKinds');
    expect(lines).toHaveLength(1 + atlas.guides.length * matrix.categories.length * matrix.regions.length);
    expect(lines).toContain(
      'example,Example Social,ai-training,EU,off,https://atlas.example.org/platforms/example/#ai-training,shares,platform',
    );
  });

  it.each([
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['Plain, with a comma', '"Plain, with a comma"'],
  ])('neutralises a cell that a spreadsheet would run as a formula: %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('renderBadge', () => {
  it('says the state of the sharing in words and escapes the label', () => {
    const svg = renderBadge('A&B <x> · AI training', 'on');
    expect(svg).toContain('aria-label="A&amp;B &lt;x&gt; · AI training: shared by default"');
    expect(svg).not.toContain('<x>');
    expect(svg).toMatch(/^<svg[^>]+role="img"/);
  });

  it('shows unknown apart from off', () => {
    expect(badgeMessage('unknown')).toBe('default unknown');
    expect(badgeMessage('off')).toBe('not shared by default');
  });
});
