import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { guideJsonSchema } from '../src/lib/json-schema.ts';

it('keeps the committed editor schema in step with the zod schema (run `npm run schema` to update)', () => {
  expect(JSON.parse(readFileSync('schemas/guide.schema.json', 'utf8'))).toEqual(guideJsonSchema());
});

it('describes the fields with their doc comments', () => {
  const schema = guideJsonSchema() as {
    properties: Record<string, { items?: { properties: Record<string, { description?: string }> } }>;
  };
  expect(schema.properties.settings.items!.properties.labelMeans.description).toMatch(/^Which way the switch works/);
  expect(schema.properties.settings.items!.properties.default.description).toMatch(/state of the sharing/);
});

it('allows only the Starlight fields a guide may set', () => {
  const schema = guideJsonSchema() as { properties: Record<string, unknown>; additionalProperties?: unknown };
  expect(schema.additionalProperties).toBe(false);
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'description', 'sidebar']));
  expect(Object.keys(schema.properties)).not.toContain('head');
});
