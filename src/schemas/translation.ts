/**
 * A guide's translation: prose only, in `src/content/docs/<locale>/platforms/<guide>.mdx`. The
 * facts (defaults, regions, dates, IDs, URLs, sources, quotes, labelMeans, confidence) stay in the
 * English guide and are never repeated here: the schema is strict, so a translation that sets one
 * is refused. Each translated field records, in `from`, the hash of the English text it was
 * translated from (`npm run translations -- stamp <locale>/<guide>` writes them); when the English
 * changes, the field is shown in English, marked, until it is translated again.
 */
import { z } from 'astro/zod';
import { surfaceIds } from './vocabulary.ts';
import { explain, LIMITS, oneOf, optionalText, sourceSchema, text } from './primitives.ts';

/** A hash of English text: the first 12 hex digits of its SHA-256 (src/lib/i18n/drift.ts). */
export const HASH_PATTERN = /^[0-9a-f]{12}$/;
const hash = z.string().regex(HASH_PATTERN, {
  error: 'from: a hash is 12 hexadecimal digits. Fix: run `npm run translations -- stamp <locale>/<guide>`.',
});
/** The hashes of the English fields a translation was made from, by field name. */
const fromSchema = (fields: readonly string[]) =>
  z.partialRecord(z.enum(fields as [string, ...string[]]), hash).default({});

/** One surface's opt-out, translated: the steps as the platform labels them in this language, and the note. */
export const translatedOptOutSchema = z.strictObject({
  /** The menu path as the platform labels it in this language; only when `stepsSource` documents those labels. */
  steps: z
    .array(text('step', 'write the menu item as the platform labels it in this language', LIMITS.step))
    .min(1)
    .max(15)
    .optional(),
  /** The platform’s page in this language that shows these labels. */
  stepsSource: sourceSchema.optional(),
  /** The surface's note, translated. */
  note: optionalText('surface note'),
});

/** A setting's prose fields that a translation carries under the same names as the English. */
export const TRANSLATED_PROSE = ['summary', 'data', 'recipients', 'effect', 'confidenceNote'] as const;
export const TRANSLATED_PAGE_FIELDS = ['title', 'description', 'body'] as const;

/** Fields of an English setting that are facts: a translation that sets one is refused, by name. */
const SETTING_FACTS = [
  'id',
  'label',
  'labelMeans',
  'labelIs',
  'category',
  'aliases',
  'default',
  'variesBy',
  'defaultSince',
  'regions',
  'sources',
  'verified',
  'confidence',
  'history',
];

const translatedSettingFields = z
  .strictObject({
    /** The section heading in this language (the English heading is the title, or the label). */
    title: optionalText('title', LIMITS.short),
    summary: optionalText('summary'),
    data: optionalText('data'),
    recipients: optionalText('recipients'),
    effect: optionalText('effect'),
    confidenceNote: optionalText('confidenceNote'),
    /** A translation of the quote, shown under the platform's own words and marked as a translation. */
    quote: optionalText('quote translation', LIMITS.quote),
    /** Per surface (web, ios, android…): translated steps and notes. */
    optOut: z.partialRecord(oneOf('surface', surfaceIds), translatedOptOutSchema).default({}),
    /** Hashes of the English text each field was translated from; `optOut.<surface>.steps` and `.note` too. */
    from: z.record(z.string(), hash).default({}),
  })
  .superRefine((setting, ctx) => {
    for (const [surface, optOut] of Object.entries(setting.optOut)) {
      if (optOut?.steps && !optOut.stepsSource)
        ctx.addIssue({
          code: 'custom',
          path: ['optOut', surface, 'stepsSource'],
          message:
            'Translated steps need the page that shows those labels. Fix: add stepsSource (the platform’s help page in this language), or leave steps out so the English labels are shown.',
        });
    }
  });

export const translatedSettingSchema = z.preprocess((raw, ctx) => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const facts = Object.keys(raw).filter((key) => SETTING_FACTS.includes(key));
  for (const key of facts)
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message: `"${key}" is a fact, kept once in the English guide and shown from there in every language. Fix: remove it from the translation (to correct it, edit the English guide)`,
      input: raw,
    });
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !facts.includes(key)));
}, translatedSettingFields);

export const translationFields = z.strictObject({
  /** Marks the file as a guide's translation. */
  kind: z.literal('translation'),
  title: text('title', 'write the platform’s name as readers of this language know it', LIMITS.pageTitle),
  description: text('description', 'write one sentence about what the guide covers', LIMITS.sentence),
  /** Hashes of the English title, description and body. */
  from: fromSchema(TRANSLATED_PAGE_FIELDS),
  /** Per setting ID of the English guide: the translated prose. */
  settings: z
    .record(z.string(), translatedSettingSchema, {
      error: explain('settings', 'map setting IDs to their translated fields'),
    })
    .default({}),
});

export type Translation = z.output<typeof translationFields>;
export type TranslatedSetting = z.output<typeof translatedSettingSchema>;
