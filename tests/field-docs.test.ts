import { expect, it } from 'vitest';
import { AUTHORING_SCHEMA_FILES, schemaDocs } from '../src/lib/field-docs.ts';
import { platformGuideFields, platformSchema, incidentSchema } from '../src/schemas/guide.ts';
import { sourceSchema } from '../src/schemas/primitives.ts';
import {
  historyEntrySchema,
  optOutSchema,
  quoteSchema,
  regionDefaultSchema,
  settingSchema,
} from '../src/schemas/setting.ts';

const docs = AUTHORING_SCHEMA_FILES.flatMap(schemaDocs);
const shapes = {
  platformGuideFields: platformGuideFields.shape,
  platformSchema: platformSchema.shape,
  incidentSchema: incidentSchema.shape,
  sourceSchema: sourceSchema.shape,
  settingSchema: settingSchema.shape,
  regionDefaultSchema: regionDefaultSchema.shape,
  quoteSchema: quoteSchema.shape,
  optOutSchema: optOutSchema.shape,
  historyEntrySchema: historyEntrySchema.shape,
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
