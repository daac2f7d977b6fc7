import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { AUTHORING_SCHEMA_FILES, PUBLIC_SCHEMA_FILE, schemaDocs } from '../src/lib/schema-docs.ts';
import { platformGuideFields, platformSchema, incidentSchema } from '../src/schemas/guide.ts';
import { sourceSchema } from '../src/schemas/primitives.ts';
import * as publicSchema from '../src/schemas/public.ts';
import {
  historyEntrySchema,
  optOutSchema,
  quoteSchema,
  regionDefaultSchema,
  settingSchema,
  variesBySchema,
} from '../src/schemas/setting.ts';
import { categories, confidenceLevels } from '../src/schemas/vocabulary.ts';

const docs = [...AUTHORING_SCHEMA_FILES, PUBLIC_SCHEMA_FILE].flatMap(schemaDocs);
const shapeOf = (schema: unknown) => (schema as { shape: Record<string, unknown> }).shape;
const shapes: Record<string, Record<string, unknown>> = {
  platformGuideFields: platformGuideFields.shape,
  platformSchema: platformSchema.shape,
  incidentSchema: incidentSchema.shape,
  sourceSchema: sourceSchema.shape,
  settingSchema: settingSchema.shape,
  variesBySchema: variesBySchema.shape,
  regionDefaultSchema: regionDefaultSchema.shape,
  quoteSchema: quoteSchema.shape,
  optOutSchema: optOutSchema.shape,
  historyEntrySchema: historyEntrySchema.shape,
  ...Object.fromEntries(
    Object.entries(publicSchema)
      .filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object' && value && 'shape' in value)
      .map(([name, value]) => [name, shapeOf(value)]),
  ),
};

it.each(Object.entries(shapes))('documents every field of %s with a one-line comment', (name, shape) => {
  const doc = docs.find((d) => d.schema === name);
  expect(doc, `${name} not found in the schema sources`).toBeDefined();
  expect(doc!.fields.map((f) => f.name).sort()).toEqual(Object.keys(shape).sort());
  for (const field of doc!.fields) {
    expect(field.doc, `${name}.${field.name}`).not.toBe('');
    expect(field.doc, `${name}.${field.name}`).not.toContain('\n');
  }
});

it('keeps CONTRIBUTING.md’s category table and confidence list in step with the vocabulary', () => {
  const text = readFileSync('CONTRIBUTING.md', 'utf8');
  const section = (heading: string) => text.split(`## ${heading}`)[1].split('\n## ')[0];
  const rows = [...section('How to pick a category').matchAll(/^\| `([a-z-]+)` +\| (.+?) +\|$/gm)].map(
    ([, id, description]) => [id, description],
  );
  expect(rows).toEqual(Object.entries(categories).map(([id, c]) => [id, c.description]));
  const levels = [...section('How to pick a confidence level').matchAll(/^- `(high|medium|low)`: (.+)\.$/gm)].map(
    ([, id, meaning]) => [id, meaning],
  );
  expect(levels).toEqual(
    Object.entries(confidenceLevels).map(([id, text]) => [id, text.replace(/^[A-Z][a-z]+: /, '')]),
  );
});
