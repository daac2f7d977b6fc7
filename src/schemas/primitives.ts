/**
 * Building blocks shared by every schema: IDs, dates, URLs and sources.
 * Each custom message says what is wrong and, after "Fix:", what to do about it.
 */
import { z } from 'astro/zod';

/** One pattern for every ID in the project: guide IDs, setting IDs, incident IDs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const show = (input: unknown) => (typeof input === 'string' ? `"${input}"` : JSON.stringify(input));

/** Builds a zod error function: one message when the field is missing, another when it is wrong. */
export function explain(field: string, fix: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `Missing ${field}. Fix: add it — ${fix}`
      : `Invalid ${field} ${show(issue.input)}. Fix: ${fix}`;
}

/** A lowercase kebab-case identifier, such as `grok-training`. */
export const id = (field = 'ID') =>
  z
    .string({ error: explain(field, 'use lowercase letters, digits and single hyphens, e.g. "ai-training"') })
    .regex(ID_PATTERN, {
      error: explain(field, 'use lowercase letters, digits and single hyphens, e.g. "ai-training"'),
    });

/** Today's date in UTC, plus one day so contributors east of UTC are not rejected. */
function latestAllowedDate(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * An ISO calendar date (`YYYY-MM-DD`) that is not in the future.
 * YAML turns unquoted dates into `Date` objects; both forms are accepted and become the same string.
 */
export const isoDate = (field = 'date') =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso
      .date({ error: explain(field, 'write an ISO date in quotes, e.g. "2024-11-15"') })
      .refine((date) => date <= latestAllowedDate(), {
        error: (issue) =>
          `${field} ${show(issue.input)} is in the future. Fix: use the date the event happened or you checked it.`,
      }),
  );

/** An absolute `https:` URL. */
export const httpsUrl = (field = 'URL') =>
  z
    .string({ error: explain(field, 'give the full https:// address') })
    .refine((value) => /^https:\/\/[^\s/]+\.[^\s]+$/i.test(value) && URL.canParse(value), {
      error: (issue) =>
        typeof issue.input === 'string' && issue.input.startsWith('http:')
          ? `${field} ${show(issue.input)} uses http. Fix: use the https:// address of the same page.`
          : `Invalid ${field} ${show(issue.input)}. Fix: give the full https:// address.`,
    });

/** Text a contributor must write: not empty, not just spaces. */
export const text = (field: string, fix = 'write it in your own words') =>
  z
    .string({ error: explain(field, fix) })
    .trim()
    .min(1, { error: `${field} is empty. Fix: ${fix}.` });

/** A page that backs a fact: the platform's own page first, reputable reporting second. */
export const sourceSchema = z.strictObject({
  /** Address of the page as published (https). */
  url: httpsUrl('source URL'),
  /** Title of the page as it shows it; if the title could not be seen, a description in [square brackets]. */
  title: text('source title', 'copy the page title'),
  /** Who published it, e.g. "X Help Center" or "The Verge". */
  publisher: z.string().trim().min(1).optional(),
  /** The page’s own published or last-updated date, only if the page shows one. */
  published: isoDate('source published date').optional(),
  /** The date you read the page. */
  read: isoDate('source read date'),
  /** A copy in a web archive, only if one exists (never construct one). */
  archive: httpsUrl('archive URL').optional(),
});

/** A non-empty list of sources. */
export const sourcesSchema = (field = 'sources') =>
  z.array(sourceSchema, { error: explain(field, 'list at least one source with url, title and read date') }).min(1, {
    error: `${field} is empty. Fix: list at least one source with url, title and read date.`,
  });

export type Source = z.output<typeof sourceSchema>;
