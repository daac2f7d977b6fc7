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
  expect(schema.properties.settings.items!.properties.default.description).toBe(
    'The default for everyone not covered by `regions`.',
  );
});
