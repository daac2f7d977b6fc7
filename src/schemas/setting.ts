/** One data-sharing setting of a platform, as a contributor writes it in a guide's frontmatter. */
import { z } from 'astro/zod';
import {
  settingsAddress,
  explain,
  httpsUrl,
  id,
  isoDate,
  LIMITS,
  oneOf,
  optionalText,
  sourceSchema,
  sourcesSchema,
  text,
} from './primitives.ts';
import { settingRules } from './setting-rules.ts';
import {
  categoryIds,
  confidenceIds,
  defaultStateIds,
  historyKindIds,
  labelKindIds,
  labelMeaningIds,
  regionCodes,
  surfaceIds,
  variesFactorIds,
} from './vocabulary.ts';

export const categorySchema = oneOf('category', categoryIds);
export const defaultStateSchema = oneOf('default', defaultStateIds);
export const regionCodeSchema = oneOf('region code', regionCodes);

/** What a `varies` default depends on, and how. */
export const variesBySchema = z.strictObject({
  /** What the default depends on, from the closed list (account-type, age, plan, device, region, other). */
  factors: z
    .array(oneOf('variesBy factor', variesFactorIds))
    .min(1, { error: 'variesBy.factors is empty. Fix: list what the default depends on, e.g. [age].' }),
  /** How the default differs, in your own words, e.g. "Accounts of under-16s start private." */
  note: text('variesBy note', 'say how the default differs, e.g. "Accounts of under-16s start private"'),
});

/** A default that differs in some regions, e.g. off in the EU, EEA, UK and Switzerland. */
export const regionDefaultSchema = z.strictObject({
  /** The regions this default applies to. */
  regions: z
    .array(regionCodeSchema)
    .min(1, { error: 'regions is empty. Fix: list at least one region code, e.g. [EU, UK].' }),
  /** The state of the sharing in those regions. */
  default: defaultStateSchema,
  /** Required when `default` is `varies` here: what it depends on. */
  variesBy: variesBySchema.optional(),
  /** The date this regional default took effect, if a source gives it. */
  since: isoDate('regional default date').optional(),
  /** Anything a reader in those regions should know, in your own words. */
  note: optionalText('region note'),
});

/** The platform's own wording about the setting, quoted exactly. */
export const quoteSchema = z.strictObject({
  /** The exact words, copied character for character from the source. Never paraphrase here. */
  text: text('quote text', 'copy the platform’s wording exactly from the source', LIMITS.quote),
  /** The platform page (kind platform) or archived copy (kind archive) you read the words on. */
  source: sourceSchema.optional(),
  /** Only when no platform or archived page with the words could be read: the report that reproduces them (shown as "as quoted by"). */
  via: sourceSchema.optional(),
});

/** How to switch the setting off on one surface. */
export const optOutSchema = z.strictObject({
  /** Where: web, ios, android, desktop, tv, car, device; or form, email, phone where there is no switch. */
  surface: oneOf('surface', surfaceIds),
  /** The menu path as ordered steps, each item labelled as the platform labels it. */
  steps: z
    .array(text('step', 'write the menu item as the platform labels it', LIMITS.step), {
      error: explain('steps', 'list the menu path as ordered steps, e.g. ["Settings", "Privacy"]'),
    })
    .min(1, { error: 'steps is empty. Fix: list the menu path as ordered steps, e.g. ["Settings", "Privacy"].' })
    .max(15, { error: 'steps has more than 15 items. Fix: list only the menu items on the path.' }),
  /** A direct link to the setting, only if a source documents one (say in the note when it needs a login). */
  link: httpsUrl('settings link').optional(),
  /** The program's own address of the settings page (chrome://settings/adPrivacy, ms-settings:privacy-speech), only if a source documents it. */
  address: settingsAddress('settings address').optional(),
  /** Anything else about this surface, in your own words. */
  note: optionalText('surface note'),
});

/** A dated change to a setting: its default, label, policy wording or availability. */
export const historyEntrySchema = z.strictObject({
  /** When the change took effect (or was announced, if that is all that is known). */
  date: isoDate('history date'),
  /** What changed: default-changed, label-changed, setting-added, setting-removed, policy-changed, region-changed or other. */
  kind: oneOf('history kind', historyKindIds),
  /** For default-changed and label-changed: the state (or label) before. */
  from: optionalText('history from', LIMITS.label),
  /** For default-changed and label-changed: the state (or label) after. */
  to: optionalText('history to', LIMITS.label),
  /** For region-changed: the regions it applies to. */
  regions: z.array(regionCodeSchema).optional(),
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
    label: text('label', 'copy the label exactly as the platform shows it', LIMITS.label),
    /** Which way the switch works: `shares` if switching it on shares, `protects` if switching it on stops the sharing ("Protect your posts"). */
    labelMeans: oneOf('labelMeans', labelMeaningIds),
    /** What the label names: `switch` (the default) if it is the switch you flip, `place` if it names the page, form or button where the choice is made ("Your Privacy Choices", "Delete advertising ID"), so the guide says "use" it instead of "switch it". */
    labelIs: oneOf('labelIs', labelKindIds).default('switch'),
    /** A short heading for the section when the platform’s label is long, in your own words. */
    title: optionalText('title', LIMITS.short),
    /** What the setting is about, from the closed vocabulary in vocabulary.ts. */
    category: categorySchema,
    /** Other words readers use for this setting (indexed for search). */
    aliases: z
      .array(text('alias', 'write a word readers search for', LIMITS.name))
      .max(20)
      .default([]),
    /** What the setting does, in one or two sentences of your own. */
    summary: text('summary'),
    /** What data the setting covers. */
    data: text('data', 'say what data the setting covers'),
    /** Who receives or uses the data. */
    recipients: text('recipients', 'say who receives or uses the data'),
    /** The state of the sharing for everyone not covered by `regions`: on, off, no-opt-out, varies or unknown. */
    default: defaultStateSchema,
    /** Required when `default` is `varies`: what it depends on. */
    variesBy: variesBySchema.optional(),
    /** The date the current default took effect, if a source gives it; must match the newest default-changed history entry. */
    defaultSince: isoDate('defaultSince').optional(),
    /** Regions where the default differs. */
    regions: z.array(regionDefaultSchema).default([]),
    /** The platform’s own wording about the setting. */
    quote: quoteSchema.optional(),
    /** How to switch it off, per surface. Required unless no opt-out exists. */
    optOut: z.array(optOutSchema).default([]),
    /** What switching off does and does not undo (e.g. forward-only, past training not reversed). */
    effect: text('effect', 'say what switching off does and does not undo'),
    /** Pages that back the default, the label and the steps, each with its kind. */
    sources: sourcesSchema('sources'),
    /** The date a contributor last checked this setting against its sources. */
    verified: isoDate('verified date'),
    /** How sure the guide is, given its sources: high needs a platform, regulator, court or archive source. */
    confidence: oneOf('confidence', confidenceIds),
    /** Why confidence is not high: old sources, sources that disagree, and so on. */
    confidenceNote: optionalText('confidenceNote'),
    /** Dated changes to the default, label or wording, with sources. */
    history: z.array(historyEntrySchema).default([]),
  })
  .superRefine(settingRules);

export type Setting = z.output<typeof settingSchema>;
export type OptOut = z.output<typeof optOutSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type HistoryEntry = z.output<typeof historyEntrySchema>;
export type RegionDefault = z.output<typeof regionDefaultSchema>;
export type VariesBy = z.output<typeof variesBySchema>;
