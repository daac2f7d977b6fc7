/**
 * The JSON Schema of a guide's frontmatter, for editors: generated from the zod schema, with each
 * field's doc comment as its description so editors show the same hints as the source.
 */
import { z } from 'astro/zod';
import { platformGuideFields } from '../schemas/guide.ts';
import { AUTHORING_SCHEMA_FILES, schemaDocs } from './field-docs.ts';

type Json = { properties?: Record<string, Json>; items?: Json; description?: string; [key: string]: unknown };

/** Which schema's doc comments describe the object found at each path of the JSON Schema. */
const OBJECTS: [string[], string][] = [
  [[], 'platformGuideFields'],
  [['platform'], 'platformSchema'],
  [['incidents', '[]'], 'incidentSchema'],
  [['settings', '[]'], 'settingSchema'],
  [['settings', '[]', 'regions', '[]'], 'regionDefaultSchema'],
  [['settings', '[]', 'quote'], 'quoteSchema'],
  [['settings', '[]', 'optOut', '[]'], 'optOutSchema'],
  [['settings', '[]', 'history', '[]'], 'historyEntrySchema'],
  [['settings', '[]', 'quote', 'source'], 'sourceSchema'],
  [['settings', '[]', 'sources', '[]'], 'sourceSchema'],
  [['settings', '[]', 'history', '[]', 'sources', '[]'], 'sourceSchema'],
  [['incidents', '[]', 'sources', '[]'], 'sourceSchema'],
];

function at(schema: Json, path: string[]): Json | undefined {
  return path.reduce<Json | undefined>((node, key) => (key === '[]' ? node?.items : node?.properties?.[key]), schema);
}

export function guideJsonSchema(): Json {
  const schema = z.toJSONSchema(platformGuideFields, { io: 'input', unrepresentable: 'any' }) as Json;
  const docs = new Map(AUTHORING_SCHEMA_FILES.flatMap(schemaDocs).map((d) => [d.schema, d]));
  for (const [path, name] of OBJECTS) {
    const node = at(schema, path);
    for (const field of docs.get(name)?.fields ?? []) {
      const property = node?.properties?.[field.name];
      if (property) property.description = field.doc;
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Opt-Out Atlas platform guide (frontmatter)',
    ...schema,
    // Starlight's own fields (template, sidebar, head…) are allowed beside the guide's.
    additionalProperties: true,
  };
}
