/** A platform guide: the frontmatter of `src/content/docs/platforms/<id>.mdx`. */
import { z } from 'astro/zod';
import { httpsUrl, id, isoDate, LIMITS, sourcesSchema, text } from './primitives.ts';
import { settingSchema } from './setting.ts';

/** A reference to a setting described in another guide: `<guide-id>#<setting-id>`. */
export const SETTING_REF_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Rejects a second item with the same `id`, pointing at the duplicate. */
function uniqueIds(what: string) {
  return (items: { id: string }[], ctx: z.RefinementCtx) => {
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `Duplicate ${what} ID "${item.id}" (also at index ${earlier}). Fix: give each ${what} its own ID.`,
        });
    });
  };
}

/** Who runs the platform and where its policy lives. */
export const platformSchema = z.strictObject({
  /** The platform’s name as it styles it, e.g. "X". */
  name: text('platform name', 'write the platform’s name', LIMITS.name),
  /** The company that operates it. */
  company: text('company', 'write the operating company', LIMITS.short),
  /** The platform’s home page. */
  website: httpsUrl('website'),
  /** The platform’s privacy policy. */
  privacyPolicy: httpsUrl('privacy policy URL'),
  /** Other names readers search for, e.g. "Twitter" for X. */
  aliases: z
    .array(text('platform alias', 'write another name readers use', LIMITS.name))
    .max(20)
    .default([]),
});

/** A dated event a reader should know about: a fine, an admitted misuse, a ruling. */
export const incidentSchema = z.strictObject({
  /** Stable ID, unique within the guide. */
  id: id('incident ID'),
  /** When it happened (or was announced). */
  date: isoDate('incident date'),
  /** A short title, in your own words. */
  title: text('incident title', 'write a short title', LIMITS.short),
  /** What happened and why it matters, in your own words. */
  summary: text('incident summary'),
  /** Where it is documented. */
  sources: sourcesSchema('incident sources'),
});

/** Fields of a platform guide, merged into Starlight’s docs schema as one variant. */
export const platformGuideFields = z.strictObject({
  /** Marks the page as a platform guide. */
  kind: z.literal('platform'),
  /** Page title, e.g. "X (formerly Twitter)". */
  title: text('title', 'write the page title, e.g. "X (formerly Twitter)"', LIMITS.pageTitle),
  /** One sentence about what the guide covers, for search results and link previews. */
  description: text('description', 'write one sentence about what the guide covers', LIMITS.sentence),
  /** The platform the guide is about. */
  platform: platformSchema,
  /** The date the guide as a whole was last checked. */
  lastVerified: isoDate('lastVerified'),
  /** The platform’s data-sharing settings, one section each. */
  settings: z
    .array(settingSchema, { error: 'Missing settings. Fix: add a settings list with at least one setting.' })
    .min(1, { error: 'settings is empty. Fix: add at least one setting.' })
    .max(60, {
      error: 'settings lists more than 60 settings. Fix: split the guide, or merge settings that are one switch.',
    })
    .superRefine(uniqueIds('setting')),
  /** Dated events readers should know about. */
  incidents: z.array(incidentSchema).default([]).superRefine(uniqueIds('incident')),
  /** Settings described in another guide that also govern this platform, as `<guide-id>#<setting-id>`. */
  sharedSettings: z
    .array(
      z.string().regex(SETTING_REF_PATTERN, {
        error: (issue) =>
          `Invalid setting reference ${JSON.stringify(issue.input)}. Fix: write "<guide-id>#<setting-id>", e.g. "meta#ads-from-partners".`,
      }),
    )
    .default([]),
});

export type PlatformGuide = z.output<typeof platformGuideFields>;
export type Platform = z.output<typeof platformSchema>;
export type Incident = z.output<typeof incidentSchema>;
