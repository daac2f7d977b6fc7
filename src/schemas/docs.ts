/**
 * The schema of the whole `docs` collection: Starlight’s frontmatter, plus a platform-guide
 * variant selected by `kind: platform`, and a guide's translation (`kind: translation`, prose only).
 * Other pages leave `kind` out. Before either is parsed, the
 * raw frontmatter is checked for Starlight fields the file may not use (page-fields.ts).
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { platformGuideFields } from './guide.ts';
import { pageFieldProblems } from './page-fields.ts';
import { translationFields } from './translation.ts';

/** Any page that is not a platform guide (contributor docs and other prose pages). */
const otherPageFields = z.object({
  /** Leave out, or `page`, for pages that are not platform guides. */
  kind: z.literal('page').optional(),
});

const starlightWithGuides = docsSchema({
  extend: z.discriminatedUnion('kind', [platformGuideFields, translationFields, otherPageFields]),
});

type SchemaContext = Parameters<typeof starlightWithGuides>[0];

export const docsCollectionSchema = (context: SchemaContext) =>
  z.preprocess((raw, ctx) => {
    for (const problem of pageFieldProblems(raw))
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message, input: raw });
    return raw;
  }, starlightWithGuides(context));

/** Schema for validating frontmatter outside Astro (scripts, tests); images are not used. */
export const docsFrontmatterSchema = docsCollectionSchema({ image: () => z.string() } as never);
