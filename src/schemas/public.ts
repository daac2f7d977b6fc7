/**
 * The published data (`/api/v1/…`): its own schema, separate from the authoring one, so guides can
 * change shape without breaking people who read the JSON. Every file is validated against it
 * before it is written, and its JSON Schema is published beside the data.
 */
import { z } from 'astro/zod';
import { categoryIds, confidenceIds, defaultStateIds, regionCodes, surfaceIds } from './vocabulary.ts';

/** Bump on a breaking change; the version is part of every URL. */
export const API_VERSION = 1;

const date = z.iso.date().describe('ISO date, YYYY-MM-DD.');
const url = z.url().describe('Absolute URL.');

export const publicSourceSchema = z.strictObject({
  url: url.describe('Address of the source page.'),
  title: z.string().describe('Title of the page; a description in [square brackets] when the title was not seen.'),
  publisher: z.string().optional().describe('Who published the page.'),
  published: date.optional().describe('The page’s own published or last-updated date, where it shows one.'),
  read: date.describe('When a contributor read the page.'),
  archive: url.optional().describe('A copy in a web archive.'),
});

const sources = z.array(publicSourceSchema);

export const publicSettingSchema = z.strictObject({
  id: z.string().describe('Setting ID, unique within the platform; the anchor of its section.'),
  url: url.describe('The setting’s section in the guide.'),
  label: z.string().describe('The label exactly as the platform shows it.'),
  title: z.string().optional().describe('A short heading, when the label is long.'),
  category: z.enum(categoryIds).describe('What the setting is about.'),
  aliases: z.array(z.string()).describe('Other words readers use for the setting.'),
  summary: z.string().describe('What the setting does.'),
  data: z.string().describe('What data it covers.'),
  recipients: z.string().describe('Who receives or uses the data.'),
  default: z.enum(defaultStateIds).describe('Default everywhere not listed in regions.'),
  defaultSince: date.optional().describe('When the current default took effect.'),
  regions: z
    .array(
      z.strictObject({
        regions: z.array(z.enum(regionCodes)),
        default: z.enum(defaultStateIds),
        since: date.optional(),
        note: z.string().optional(),
      }),
    )
    .describe('Regions where the default differs.'),
  quote: z
    .strictObject({ text: z.string(), source: publicSourceSchema })
    .optional()
    .describe('The platform’s own wording, quoted exactly.'),
  optOut: z
    .array(
      z.strictObject({
        surface: z.enum(surfaceIds),
        steps: z.array(z.string()).min(1),
        link: url.optional(),
        note: z.string().optional(),
      }),
    )
    .describe('How to switch it off, per surface; empty when no opt-out exists.'),
  effect: z.string().describe('What switching off does and does not undo.'),
  sources: sources.describe('Pages that back the facts.'),
  verified: date.describe('When a contributor last checked the setting.'),
  confidence: z.enum(confidenceIds).describe('How sure the guide is, given its sources.'),
  confidenceNote: z.string().optional().describe('Why confidence is not high.'),
  history: z
    .array(z.strictObject({ date, change: z.string(), sources }))
    .describe('Dated changes to the default or wording.'),
});

export const publicPlatformSchema = z.strictObject({
  id: z.string().describe('Platform ID: the guide’s file name and URL slug.'),
  url: url.describe('The guide page.'),
  name: z.string().describe('Platform name.'),
  company: z.string().describe('Operating company.'),
  website: url,
  privacyPolicy: url,
  aliases: z.array(z.string()),
  description: z.string(),
  lastVerified: date.describe('When the guide as a whole was last checked.'),
  settings: z.array(publicSettingSchema),
  sharedSettings: z
    .array(z.strictObject({ platform: z.string(), setting: z.string(), url }))
    .describe('Settings described in another guide that also govern this platform.'),
  incidents: z
    .array(z.strictObject({ id: z.string(), date, title: z.string(), summary: z.string(), sources }))
    .describe('Dated events: fines, admitted misuse, rulings.'),
});

const envelope = {
  version: z.literal(API_VERSION).describe('API version; also in the URL.'),
  license: z.literal('CC-BY-4.0').describe('Licence of the data: attribute “Opt-Out Atlas contributors”.'),
};

export const publicPlatformsFileSchema = z.strictObject({ ...envelope, platforms: z.array(publicPlatformSchema) });
export const publicPlatformFileSchema = z.strictObject({ ...envelope, platform: publicPlatformSchema });

const cellStateSchema = z.enum([...defaultStateIds, 'none']);
export const publicMatrixFileSchema = z.strictObject({
  ...envelope,
  asOf: date.describe('The newest verification date among the guides.'),
  categories: z.array(z.strictObject({ id: z.enum(categoryIds), label: z.string(), description: z.string() })),
  regions: z.array(z.string()).describe('Views of the matrix: "default" is everywhere not listed.'),
  rows: z.array(
    z.strictObject({
      platform: z.string(),
      name: z.string(),
      url,
      cells: z.array(
        z.strictObject({
          category: z.enum(categoryIds),
          states: z.record(z.string(), cellStateSchema).describe('Cell state per region view.'),
          settings: z.array(z.strictObject({ platform: z.string(), setting: z.string(), url, shared: z.boolean() })),
        }),
      ),
    }),
  ),
});

export type PublicPlatform = z.output<typeof publicPlatformSchema>;

/** The published JSON Schemas, by file name under /api/v1/schemas/. */
export const publicSchemas = {
  'platforms.json': publicPlatformsFileSchema,
  'platform.json': publicPlatformFileSchema,
  'matrix.json': publicMatrixFileSchema,
} as const;
