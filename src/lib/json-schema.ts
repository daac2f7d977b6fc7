/**
 * JSON Schemas generated from the zod schemas, described with the fields' doc comments:
 * the editor schema of a guide's frontmatter, and the published schemas of the API files.
 */
import { z } from 'astro/zod';
import { platformGuideFields } from '../schemas/guide.ts';
import { publicSchemas } from '../schemas/public.ts';
import {
  AUTHORING_SCHEMA_FILES,
  describeJsonSchema,
  openJsonSchema,
  PUBLIC_SCHEMA_FILE,
  schemaDocs,
} from './schema-docs.ts';
import { GUIDE_STARLIGHT_FIELDS } from '../schemas/page-fields.ts';

export function guideJsonSchema() {
  const schema = describeJsonSchema(
    z.toJSONSchema(platformGuideFields, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, unknown>;
    },
    AUTHORING_SCHEMA_FILES.flatMap(schemaDocs),
  );
  // Starlight's own fields a guide may set beside its own (see page-fields.ts); nothing else.
  for (const field of GUIDE_STARLIGHT_FIELDS) schema.properties[field] ??= {};
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Opt-Out Atlas platform guide (frontmatter)',
    ...schema,
  };
}

/** The published JSON Schema of one API file: described, and open to fields added later. */
export function publicJsonSchema(name: keyof typeof publicSchemas) {
  return openJsonSchema(
    describeJsonSchema(
      z.toJSONSchema(publicSchemas[name], { target: 'draft-2020-12' }),
      schemaDocs(PUBLIC_SCHEMA_FILE),
    ),
  );
}
