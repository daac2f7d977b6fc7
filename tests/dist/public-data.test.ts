// The published JSON checked against the published JSON Schema by an independent validator (Ajv).
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readGuideRecords } from '../../src/lib/read-guides.ts';

const read = (path: string) => JSON.parse(readFileSync(`dist/api/v1/${path}`, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);

const files: [string, string][] = [
  ['platforms.json', 'platforms.json'],
  ['matrix.json', 'matrix.json'],
  ...readdirSync('dist/api/v1/platforms').map((name): [string, string] => [`platforms/${name}`, 'platform.json']),
];

describe.each(files)('%s', (file, schemaName) => {
  it(`validates against /api/v1/schemas/${schemaName}`, () => {
    const validate = ajv.getSchema(read(`schemas/${schemaName}`).$id) ?? ajv.compile(read(`schemas/${schemaName}`));
    const valid = validate(read(file));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

it('publishes every guide, and the matrix has a row for each', () => {
  const { platforms } = read('platforms.json');
  const { rows } = read('matrix.json');
  expect(platforms.map((p: { id: string }) => p.id).sort()).toEqual(readGuideRecords().map((g) => g.id).sort());
  expect(rows.map((r: { platform: string }) => r.platform).sort()).toEqual(platforms.map((p: { id: string }) => p.id).sort());
});

it('publishes a CSV with a header and a line per platform, category and region', () => {
  const csv = readFileSync('dist/api/v1/matrix.csv', 'utf8').trimEnd().split('\r\n');
  const { rows, categories, regions } = read('matrix.json');
  expect(csv[0]).toBe('platform,name,category,region,state,settings');
  expect(csv.length - 1).toBe(rows.length * categories.length * regions.length);
});
