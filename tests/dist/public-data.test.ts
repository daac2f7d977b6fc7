// The published JSON checked against the published JSON Schema by an independent validator (Ajv),
// and read as an outside consumer would: the v2 model's promises hold in the data itself.
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readValidGuides } from '../../src/lib/check/read-files.ts';
import { DIST } from './dist.ts';

const read = (path: string) => JSON.parse(readFileSync(`${DIST}/api/v1/${path}`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);

const files: [string, string][] = [
  ['platforms.json', 'platforms.json'],
  ['matrix.json', 'matrix.json'],
  ...readdirSync(`${DIST}/api/v1/platforms`).map((name): [string, string] => [`platforms/${name}`, 'platform.json']),
];

describe.each(files)('%s', (file, schemaName) => {
  it(`validates against /api/v1/schemas/${schemaName}`, () => {
    const validate = ajv.getSchema(read(`schemas/${schemaName}`).$id) ?? ajv.compile(read(`schemas/${schemaName}`));
    const valid = validate(read(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

type Source = { kind?: string; url: string };
type Setting = { id: string; labelMeans?: string; confidence: string; sources: Source[]; quote?: { source: Source; via?: Source }; history: { sources: Source[] }[] };
const platforms: { id: string; settings: Setting[]; incidents: { sources: Source[] }[] }[] = read('platforms.json').platforms;
const settings = platforms.flatMap((p) => p.settings.map((s) => ({ ...s, key: `${p.id}#${s.id}` })));

describe('the published data keeps the v2 model’s promises', () => {
  it('gives every setting labelMeans and every source a kind', () => {
    expect(settings.filter((s) => !s.labelMeans).map((s) => s.key)).toEqual([]);
    const sources = [
      ...settings.flatMap((s) => [...s.sources, ...(s.quote ? [s.quote.source] : []), ...s.history.flatMap((h) => h.sources)]),
      ...platforms.flatMap((p) => p.incidents.flatMap((i) => i.sources)),
    ];
    expect(sources.filter((s) => !s.kind)).toEqual([]);
  });

  it('lists unknown among the states in the published schema', () => {
    expect(JSON.stringify(read('schemas/platforms.json'))).toContain('"unknown"');
  });

  it('has no high confidence without a platform, regulator, court or archive source', () => {
    const official = ['platform', 'regulator', 'court', 'archive'];
    const weak = settings.filter((s) => s.confidence === 'high' && ![...s.sources, ...(s.quote ? [s.quote.source] : [])].some((x) => official.includes(x.kind!)));
    expect(weak.map((s) => s.key)).toEqual([]);
  });

  it('has no quote from a secondary page without via', () => {
    const styled = settings.filter((s) => s.quote && !['platform', 'archive'].includes(s.quote.source.kind!) && !s.quote.via);
    expect(styled.map((s) => s.key)).toEqual([]);
  });
});

it('publishes every guide, and the matrix has a row for each', () => {
  const { rows } = read('matrix.json');
  expect(platforms.map((p) => p.id).sort()).toEqual(readValidGuides().map((g) => g.id).sort());
  expect(rows.map((r: { platform: string }) => r.platform).sort()).toEqual(platforms.map((p) => p.id).sort());
});

it('publishes a CSV with a header and a line per platform, category and region', () => {
  const csv = readFileSync(`${DIST}/api/v1/matrix.csv`, 'utf8').trimEnd().split('\r\n');
  const { rows, categories, regions } = read('matrix.json');
  expect(csv[0]).toBe('platform,name,category,region,state,settings,labelMeans,sourceKinds');
  expect(csv.length - 1).toBe(rows.length * categories.length * regions.length);
});

it('publishes the vocabularies with their DPV and TCF mapping', () => {
  const vocabulary = read('vocabulary.json');
  expect(vocabulary.categories.every((c: { dpv: string[] }) => c.dpv.every((iri) => iri.startsWith('https://w3id.org/dpv#')))).toBe(true);
});
