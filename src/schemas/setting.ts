/** One data-sharing setting of a platform, as a contributor writes it in a guide's frontmatter. */
import { z } from 'astro/zod';
import { explain, httpsUrl, id, isoDate, sourceSchema, sourcesSchema, text } from './primitives.ts';
import { categoryIds, confidenceIds, defaultStateIds, regionCodes, surfaceIds } from './vocabulary.ts';

const oneOf = (field: string, values: readonly string[]) =>
  z.enum(values as [string, ...string[]], { error: explain(field, `use one of ${values.join(', ')}`) });

export const categorySchema = oneOf('category', categoryIds) as z.ZodEnum<{ [K in (typeof categoryIds)[number]]: K }>;
export const defaultStateSchema = oneOf('default', defaultStateIds) as z.ZodEnum<{
  [K in (typeof defaultStateIds)[number]]: K;
}>;
export const regionCodeSchema = oneOf('region code', regionCodes) as z.ZodEnum<{
  [K in (typeof regionCodes)[number]]: K;
}>;

/** A default that differs in some regions, e.g. off in the EU, EEA, UK and Switzerland. */
export const regionDefaultSchema = z.strictObject({
  /** The regions this default applies to. */
  regions: z
    .array(regionCodeSchema)
    .min(1, { error: 'regions is empty. Fix: list at least one region code, e.g. [EU, UK].' }),
  /** The default in those regions. */
  default: defaultStateSchema,
  /** The date this regional default took effect, if a source gives it. */
  since: isoDate('regional default date').optional(),
  /** Anything a reader in those regions should know, in your own words. */
  note: z.string().trim().min(1).optional(),
});

/** The platform's own wording about the setting, quoted exactly. */
export const quoteSchema = z.strictObject({
  /** The exact words, copied character for character from the source. Never paraphrase here. */
  text: text('quote text', 'copy the platform’s wording exactly from the source'),
  /** The page the words are copied from. */
  source: sourceSchema,
});

/** How to switch the setting off on one surface. */
export const optOutSchema = z.strictObject({
  /** Where: web, ios, android, desktop, or form/email where there is no toggle. */
  surface: oneOf('surface', surfaceIds) as z.ZodEnum<{ [K in (typeof surfaceIds)[number]]: K }>,
  /** The menu path as ordered steps, each item labelled as the platform labels it. */
  steps: z
    .array(text('step', 'write the menu item as the platform labels it'), {
      error: explain('steps', 'list the menu path as ordered steps, e.g. ["Settings", "Privacy"]'),
    })
    .min(1, { error: 'steps is empty. Fix: list the menu path as ordered steps, e.g. ["Settings", "Privacy"].' }),
  /** A direct link to the setting, where the platform has one. */
  link: httpsUrl('settings link').optional(),
  /** Anything else about this surface, in your own words. */
  note: z.string().trim().min(1).optional(),
});

/** A dated change to a setting's default or wording. */
export const historyEntrySchema = z.strictObject({
  /** When the change took effect (or was announced, if that is all that is known). */
  date: isoDate('history date'),
  /** What changed, in your own words. */
  change: text('change'),
  /** Where the change is documented. */
  sources: sourcesSchema('history sources'),
});

export const settingSchema = z
  .strictObject({
    /** Stable ID, unique within the guide; the URL anchor of the setting’s section. Never change it. */
    id: id('setting ID'),
    /** The setting’s label exactly as the platform shows it. */
    label: text('label', 'copy the label exactly as the platform shows it'),
    /** A short heading for the section when the platform’s label is long, in your own words. */
    title: z.string().trim().min(1).optional(),
    /** What the setting is about, from the closed vocabulary in vocabulary.ts. */
    category: categorySchema,
    /** Other words readers use for this setting (indexed for search). */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** What the setting does, in one or two sentences of your own. */
    summary: text('summary'),
    /** What data the setting covers. */
    data: text('data', 'say what data the setting covers'),
    /** Who receives or uses the data. */
    recipients: text('recipients', 'say who receives or uses the data'),
    /** The default for everyone not covered by `regions`. */
    default: defaultStateSchema,
    /** The date the current default took effect, if a source gives it. */
    defaultSince: isoDate('defaultSince').optional(),
    /** Regions where the default differs. */
    regions: z.array(regionDefaultSchema).default([]),
    /** The platform’s own wording about the setting. */
    quote: quoteSchema.optional(),
    /** How to switch it off, per surface. Required unless no opt-out exists. */
    optOut: z.array(optOutSchema).default([]),
    /** What switching off does and does not undo (e.g. forward-only, past training not reversed). */
    effect: text('effect', 'say what switching off does and does not undo'),
    /** Pages that back the default, the label and the steps. */
    sources: sourcesSchema('sources'),
    /** The date a contributor last checked this setting against its sources. */
    verified: isoDate('verified date'),
    /** How sure the guide is, given its sources. */
    confidence: oneOf('confidence', confidenceIds) as z.ZodEnum<{ [K in (typeof confidenceIds)[number]]: K }>,
    /** Why confidence is not high: old sources, sources that disagree, and so on. */
    confidenceNote: z.string().trim().min(1).optional(),
    /** Dated changes to the default or wording, with sources. */
    history: z.array(historyEntrySchema).default([]),
  })
  .superRefine((setting, ctx) => {
    const everyDefault = [setting.default, ...setting.regions.map((r) => r.default)];
    // Steps are owed wherever sharing is on for someone; where it is off or cannot be stopped, they are optional.
    if (setting.optOut.length === 0 && everyDefault.some((d) => d === 'on' || d === 'varies')) {
      ctx.addIssue({
        code: 'custom',
        path: ['optOut'],
        message:
          'No way to switch this setting off is given, but it is on (or varies) somewhere. Fix: add optOut with a surface and steps, or set default: no-opt-out if none exists.',
      });
    }
    if (setting.confidence !== 'high' && !setting.confidenceNote) {
      ctx.addIssue({
        code: 'custom',
        path: ['confidenceNote'],
        message: `Confidence is ${setting.confidence} but no reason is given. Fix: add confidenceNote saying why (old source, sources disagree…).`,
      });
    }
    const seen = new Set<string>();
    setting.regions.forEach((entry, i) =>
      entry.regions.forEach((code, j) => {
        if (seen.has(code)) {
          ctx.addIssue({
            code: 'custom',
            path: ['regions', i, 'regions', j],
            message: `Region ${code} has two defaults. Fix: list each region in one entry only.`,
          });
        }
        seen.add(code);
      }),
    );
    const reads = [...setting.sources, ...(setting.quote ? [setting.quote.source] : [])].map((s) => s.read);
    const newestRead = reads.sort().at(-1);
    if (newestRead && setting.verified < newestRead) {
      ctx.addIssue({
        code: 'custom',
        path: ['verified'],
        message: `Verified ${setting.verified} is older than a source read on ${newestRead}. Fix: set verified to the date you last checked, on or after ${newestRead}.`,
      });
    }
  });

export type Setting = z.output<typeof settingSchema>;
export type OptOut = z.output<typeof optOutSchema>;
export type Quote = z.output<typeof quoteSchema>;
