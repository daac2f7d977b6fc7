/**
 * The published data (`/api/v1/…`): its own schema, separate from the authoring one, so guides can
 * change shape without breaking people who read the JSON. Every file is validated against it
 * before it is written (strictly, so a mapping bug cannot leak a field), and its JSON Schema is
 * published beside the data (openly: readers must accept fields added later).
 * Each field's doc comment is its description in the published JSON Schema and on the API page.
 */
import { z } from 'astro/zod';
import {
  categoryIds,
  confidenceIds,
  defaultStateIds,
  historyKindIds,
  labelKindIds,
  labelMeaningIds,
  regionCodes,
  sourceKindIds,
  surfaceIds,
  variesFactorIds,
} from './vocabulary.ts';
import { QUOTE_STATUSES } from './source-status.ts';

/** Bump on a breaking change; the version is part of every URL. */
export const API_VERSION = 1;

const date = z.iso.date();
const url = z.url();
const state = z.enum(defaultStateIds);

/** A page that backs a fact. */
export const publicSourceSchema = z.strictObject({
  /** Address of the source page. */
  url,
  /** Title of the page; a description in [square brackets] when the title was not seen. */
  title: z.string(),
  /** Who published the page. */
  publisher: z.string().optional(),
  /** What kind of page it is: platform, regulator, court, archive, press or community (added in v1.1). */
  kind: z.enum(sourceKindIds),
  /** The page’s own published or last-updated date, where it shows one. */
  published: date.optional(),
  /** When a contributor read the page. */
  read: date,
  /** A copy of the page in a web archive (Wayback Machine or Open Terms Archive). */
  archive: url.optional(),
});

/** What a `varies` default depends on. */
export const publicVariesBySchema = z.strictObject({
  /** What the default depends on: account-type, age, plan, device, region or other. */
  factors: z.array(z.enum(variesFactorIds)),
  /** How it differs, in words. */
  note: z.string(),
});

/** A default that differs in some regions. */
export const publicRegionSchema = z.strictObject({
  /** Region codes (US, EU, EEA, UK, CH…). */
  regions: z.array(z.enum(regionCodes)),
  /** The state of the sharing there. */
  default: state,
  /** What it depends on, when `default` is `varies` (added in v1.1). */
  variesBy: publicVariesBySchema.optional(),
  /** When this regional default took effect. */
  since: date.optional(),
  /** What readers there should know. */
  note: z.string().optional(),
});

/** What the source check found for a quote's wording on its page. */
export const publicQuoteCheckSchema = z.strictObject({
  /** found, changed (the page says something else), gone (404 or 410), blocked (a login, consent or bot wall) or unreachable. */
  status: z.enum(QUOTE_STATUSES),
  /** When it was checked. */
  checked: date,
  /** The last day the words were found on the page. */
  lastFound: date.optional(),
});

/** The platform’s own wording. */
export const publicQuoteSchema = z.strictObject({
  /** The words, quoted exactly. */
  text: z.string(),
  /** The page the words were read on. For wording known only from a report, this repeats `via` (kept for v1 readers). */
  source: publicSourceSchema,
  /** The report that reproduces the wording, when no platform or archived page with it could be read: show it "as quoted by" (added in v1.1). */
  via: publicSourceSchema.optional(),
  /** What the weekly source check last found for the wording on its page (added in v1.1). */
  check: publicQuoteCheckSchema.optional(),
});

/** How to switch a setting off on one surface. */
export const publicOptOutSchema = z.strictObject({
  /** Where: web, ios, android, desktop, tv, car, device, form, email or phone. */
  surface: z.enum(surfaceIds),
  /** The menu path, each item as the platform labels it. */
  steps: z.array(z.string()).min(1),
  /** A direct link to the setting, where one is documented. */
  link: url.optional(),
  /** The program's own address of the settings page, which pages cannot link to: in a browser, such as `chrome://settings/adPrivacy`, to paste into its address bar (added in v1.3); on a Windows device, a Windows Settings page such as `ms-settings:privacy-speech`, which opens that page (v1.4). */
  address: z.string().optional(),
  /** Anything else about this surface. */
  note: z.string().optional(),
});

/** A dated change to a setting. */
export const publicHistorySchema = z.strictObject({
  /** When it took effect (or was announced). */
  date,
  /** default-changed, label-changed, setting-added, setting-removed, policy-changed, region-changed or other (added in v1.1). */
  kind: z.enum(historyKindIds),
  /** For default and label changes: the state or label before (added in v1.1). */
  from: z.string().optional(),
  /** For default and label changes: the state or label after (added in v1.1). */
  to: z.string().optional(),
  /** For region-changed entries: the regions (added in v1.1). */
  regions: z.array(z.enum(regionCodes)).optional(),
  /** What changed, in words. */
  change: z.string(),
  /** Where the change is documented. */
  sources: z.array(publicSourceSchema),
});

/** One data-sharing setting. */
export const publicSettingSchema = z.strictObject({
  /** Setting ID, unique within the platform; the anchor of its section. */
  id: z.string(),
  /** The setting’s section in the guide. */
  url,
  /** The label exactly as the platform shows it. */
  label: z.string(),
  /** Which way the switch works: `shares` (on shares) or `protects` (on stops the sharing) (added in v1.1). */
  labelMeans: z.enum(labelMeaningIds),
  /** What the label names: `switch` (the switch itself) or `place` (the page, form or button where the choice is made) (added in v1.5). */
  labelIs: z.enum(labelKindIds),
  /** A short heading, when the label is long. */
  title: z.string().optional(),
  /** What the setting is about. */
  category: z.enum(categoryIds),
  /** Other words readers use for the setting. */
  aliases: z.array(z.string()),
  /** What the setting does. */
  summary: z.string(),
  /** What data it covers. */
  data: z.string(),
  /** Who receives or uses the data. */
  recipients: z.string(),
  /** The state of the sharing everywhere not listed in regions: on, off, no-opt-out, varies or unknown (`unknown` added in v1.1). */
  default: state,
  /** What the default depends on, when it is `varies` (added in v1.1). */
  variesBy: publicVariesBySchema.optional(),
  /** When the current default took effect (from the history when not stated). */
  defaultSince: date.optional(),
  /** Regions where the default differs. */
  regions: z.array(publicRegionSchema),
  /** The default and what to do, in plain words, e.g. "Shared by default. To stop it, switch “Protect your posts” on." (added in v1.1). */
  answer: z.string(),
  /** The platform’s own wording, quoted exactly. */
  quote: publicQuoteSchema.optional(),
  /** How to switch it off, per surface; empty when no opt-out exists. */
  optOut: z.array(publicOptOutSchema),
  /** What switching off does and does not undo. */
  effect: z.string(),
  /** Pages that back the facts. */
  sources: z.array(publicSourceSchema),
  /** When a contributor last checked the setting. */
  verified: date,
  /** How sure the guide is, given its sources. */
  confidence: z.enum(confidenceIds),
  /** Why confidence is not high. */
  confidenceNote: z.string().optional(),
  /** Dated changes to the default or wording. */
  history: z.array(publicHistorySchema),
  /** True when the quoted wording is no longer found on its page: the setting needs a person to review it (added in v1.1). */
  needsReview: z.boolean(),
});

/** A setting described in another guide that also governs this platform. */
export const publicSharedSettingSchema = z.strictObject({
  /** The guide that describes it. */
  platform: z.string(),
  /** Its setting ID there. */
  setting: z.string(),
  /** Its section in that guide. */
  url,
});

/** A dated event: a fine, an admitted misuse, a ruling. */
export const publicIncidentSchema = z.strictObject({
  /** Incident ID, unique within the platform. */
  id: z.string(),
  /** When it happened or was announced. */
  date,
  /** A short title. */
  title: z.string(),
  /** What happened. */
  summary: z.string(),
  /** Where it is documented. */
  sources: z.array(publicSourceSchema),
});

/** One platform and its settings. */
export const publicPlatformSchema = z.strictObject({
  /** Platform ID: the guide’s file name and URL slug. */
  id: z.string(),
  /** The guide page. */
  url,
  /** Platform name. */
  name: z.string(),
  /** Operating company. */
  company: z.string(),
  /** The platform’s home page. */
  website: url,
  /** The platform’s privacy policy. */
  privacyPolicy: url,
  /** Other names readers use for the platform. */
  aliases: z.array(z.string()),
  /** What the guide covers. */
  description: z.string(),
  /** When the guide as a whole was last checked. */
  lastVerified: date,
  /** The settings the guide describes. */
  settings: z.array(publicSettingSchema),
  /** Settings described in another guide that also govern this platform. */
  sharedSettings: z.array(publicSharedSettingSchema),
  /** Dated events: fines, admitted misuse, rulings. */
  incidents: z.array(publicIncidentSchema),
});

/** A category of sharing, with its mapping to standard vocabularies. */
export const publicCategorySchema = z.strictObject({
  /** Category ID. */
  id: z.enum(categoryIds),
  /** Its name. */
  label: z.string(),
  /** What it covers. */
  description: z.string(),
  /** The closest purposes in the W3C Data Privacy Vocabulary (DPV 2), as IRIs (added in v1.1). */
  dpv: z.array(url),
  /** The IAB TCF v2.2 purpose numbers, for advertising categories (added in v1.1). */
  tcf: z.array(z.number().int()),
});

const cellState = z.enum([...defaultStateIds, 'none']);

/** A setting behind a matrix cell. */
export const publicCellSettingSchema = z.strictObject({
  /** The guide that describes it. */
  platform: z.string(),
  /** Its setting ID. */
  setting: z.string(),
  /** Its section in that guide. */
  url,
  /** True when it is described in another guide (e.g. Meta’s Accounts Center). */
  shared: z.boolean(),
});

/** One platform × category cell. */
export const publicCellSchema = z.strictObject({
  /** The category. */
  category: z.enum(categoryIds),
  /** The cell’s state per region view: the state of its main setting (the first one readers can switch), or `none`. */
  states: z.record(z.string(), cellState),
  /** The most-sharing state of any setting in the cell, per region view (added in v1.1). */
  worst: z.record(z.string(), cellState),
  /** The cell’s main setting, as `<platform>#<setting>` (added in v1.1). */
  main: z.string().optional(),
  /** The settings in the cell, main first. */
  settings: z.array(publicCellSettingSchema),
});

/** One platform’s row of the matrix. */
export const publicRowSchema = z.strictObject({
  /** Platform ID. */
  platform: z.string(),
  /** Platform name. */
  name: z.string(),
  /** The guide page. */
  url,
  /** One cell per category. */
  cells: z.array(publicCellSchema),
});

const envelope = {
  /** API version; also in the URL. */
  version: z.literal(API_VERSION),
  /** Licence of the data: attribute “Opt-Out Atlas contributors”. */
  license: z.literal('CC-BY-4.0'),
};

/** `/api/v1/platforms.json`. */
export const publicPlatformsFileSchema = z.strictObject({
  ...envelope,
  /** Every platform. */
  platforms: z.array(publicPlatformSchema),
});

/** `/api/v1/platforms/<id>.json`. */
export const publicPlatformFileSchema = z.strictObject({
  ...envelope,
  /** The platform. */
  platform: publicPlatformSchema,
});

/** `/api/v1/matrix.json`. */
export const publicMatrixFileSchema = z.strictObject({
  ...envelope,
  /** The newest verification date of the settings in the matrix. */
  asOf: date,
  /** The oldest verification date of the settings in the matrix (added in v1.1). */
  oldestVerified: date,
  /** The categories in the matrix, with their DPV and TCF mappings. */
  categories: z.array(publicCategorySchema),
  /** Views of the matrix: "default" is everywhere not listed. */
  regions: z.array(z.string()),
  /** One row per platform. */
  rows: z.array(publicRowSchema),
});

export type PublicPlatform = z.output<typeof publicPlatformSchema>;
export type PublicSetting = z.output<typeof publicSettingSchema>;
export type PublicSource = z.output<typeof publicSourceSchema>;

/** A setting's prose in another language: only the fields translated from the English as it stands. */
export const publicTranslatedSettingSchema = z.strictObject({
  /** The setting's ID in the English guide. */
  id: z.string(),
  /** The section heading in this language. */
  title: z.string().optional(),
  /** What the setting does, translated. */
  summary: z.string().optional(),
  /** What data the setting covers, translated. */
  data: z.string().optional(),
  /** Who receives or uses the data, translated. */
  recipients: z.string().optional(),
  /** What switching off does and does not undo, translated. */
  effect: z.string().optional(),
  /** Why confidence is not high, translated. */
  confidenceNote: z.string().optional(),
  /** A translation of the quote (not the platform's words, which stay in the platform's language). */
  quoteTranslation: z.string().optional(),
  /** Fields whose English changed since they were translated; left out above until retranslated. */
  outdated: z.array(z.string()),
});

/** One guide's translation into one language. */
export const publicTranslationSchema = z.strictObject({
  /** The guide's platform ID. */
  platform: z.string(),
  /** The language: de, fr or es. */
  lang: z.string(),
  /** The guide's page in that language. */
  url: z.string(),
  /** The page title in that language (the English one where it has changed since). */
  title: z.string(),
  /** One sentence about what the guide covers, in that language. */
  description: z.string(),
  /** The guide's settings, in the English guide's order. */
  settings: z.array(publicTranslatedSettingSchema),
});

/** `/api/v1/translations.json` (added in v1.2): the translated prose; the facts are in the other files. */
export const publicTranslationsFileSchema = z.strictObject({
  ...envelope,
  /** The languages the guides are translated into, besides English. */
  languages: z.array(z.string()),
  /** One entry per guide and language it is translated into. */
  translations: z.array(publicTranslationSchema),
});

/** The published JSON Schemas, by file name under /api/v1/schemas/. */
export const publicSchemas = {
  'platforms.json': publicPlatformsFileSchema,
  'platform.json': publicPlatformFileSchema,
  'matrix.json': publicMatrixFileSchema,
  'translations.json': publicTranslationsFileSchema,
} as const;
