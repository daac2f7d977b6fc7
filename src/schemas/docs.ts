/**
 * The schema of the whole `docs` collection: Starlight’s frontmatter, plus a platform-guide
 * variant selected by `kind: platform`. Other pages leave `kind` out.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { platformGuideFields } from './guide.ts';

/** Any page that is not a platform guide (landing page, contributor docs…). */
const otherPageFields = z.object({
  /** Leave out, or `page`, for pages that are not platform guides. */
  kind: z.literal('page').optional(),
});

export const docsCollectionSchema = docsSchema({
  extend: z.discriminatedUnion('kind', [platformGuideFields, otherPageFields]),
});

/** Schema for validating frontmatter outside Astro (scripts, tests); images are not used. */
export const docsFrontmatterSchema = docsCollectionSchema({ image: () => z.string() } as never);
