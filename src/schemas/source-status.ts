/**
 * src/data/source-status.json: what `npm run check:sources` last found on each setting's pages.
 * Written only by that command, read by the site (notices, the review page) and the public data.
 */
import { z } from 'astro/zod';

export const QUOTE_STATUSES = ['found', 'changed', 'gone', 'blocked', 'unreachable'] as const;
export const PAGE_STATUSES = ['ok', 'redirected', 'gone', 'blocked', 'unreachable'] as const;

const day = z.iso.date();

/** What the archived copy said, read when the live page had changed, gone or was blocked. */
export const archiveCheckSchema = z.strictObject({
  /** The archived copy's address. */
  url: z.string(),
  /** Whether the quote is on the archived copy. */
  status: z.enum(QUOTE_STATUSES),
  /** When it was read. */
  checked: day,
});

/** The quote of one setting, checked on its page. */
export const quoteCheckSchema = z.strictObject({
  /** The page the quote was looked for on. */
  url: z.string(),
  /** found, changed (page there, words not), gone (404/410), blocked (login, bot or consent wall) or unreachable. */
  status: z.enum(QUOTE_STATUSES),
  /** When it was checked. */
  checked: day,
  /** The last day the words were found on the page, if ever. */
  lastFound: day.optional(),
  /** When changed: the page's passage closest to the quote. */
  closest: z.string().optional(),
  /** When changed: how much of the quote the closest passage keeps (0–1). */
  similarity: z.number().optional(),
  /** When changed: the word diff from the quote to the closest passage. */
  diff: z
    .array(
      z.strictObject({ same: z.string().optional(), removed: z.string().optional(), added: z.string().optional() }),
    )
    .optional(),
  /** Why the page was blocked or unreachable. */
  reason: z.string().optional(),
  /** When the live page no longer shows the words: what its archived copy says. */
  archive: archiveCheckSchema.optional(),
});

/** One other source page of a setting, checked. */
export const pageCheckSchema = z.strictObject({
  /** ok, redirected (see target), gone, blocked or unreachable. */
  status: z.enum(PAGE_STATUSES),
  /** When it was checked. */
  checked: day,
  /** Where a redirect led. */
  target: z.string().optional(),
  /** Why the page was blocked or unreachable. */
  reason: z.string().optional(),
});

export const settingCheckSchema = z.strictObject({
  /** The quote, when the setting has one. */
  quote: quoteCheckSchema.optional(),
  /** Every other source page, by URL. */
  sources: z.record(z.string(), pageCheckSchema),
});

export const sourceStatusFileSchema = z.strictObject({
  /** The file's format. */
  version: z.literal(1),
  /** When the last run finished; absent until the check has run. */
  checked: day.optional(),
  /** By `<guide>#<setting>`. */
  settings: z.record(z.string(), settingCheckSchema),
});

export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export type QuoteCheck = z.output<typeof quoteCheckSchema>;
export type SettingCheck = z.output<typeof settingCheckSchema>;
export type SourceStatusFile = z.output<typeof sourceStatusFileSchema>;

/** A quote that needs a person to look at it: its words are not on its page any more. */
export const needsReview = (quote: QuoteCheck | undefined) => quote?.status === 'changed' || quote?.status === 'gone';
