/**
 * Building blocks shared by every schema: IDs, dates, URLs, text and sources.
 * Each custom message says what is wrong and, after "Fix:", what to do about it.
 */
/* eslint-disable no-control-regex -- the patterns here find control characters on purpose */
import { z } from 'astro/zod';
import {
  archiveDomains,
  openTermsArchivePrefix,
  shortLinkDomains,
  sourceKindIds,
  type SourceKind,
} from './vocabulary.ts';

/** One pattern for every ID in the project: guide IDs, setting IDs, incident IDs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest ID: long enough for "ai-training-on-meeting-content", short enough for a URL. */
export const ID_MAX = 64;

/**
 * Characters that change how text reads without being seen: bidirectional overrides and marks,
 * zero-width characters and the byte-order mark, and control characters other than tab and newline.
 * They make a look-alike "Facebook" or hide a word, so no text field may hold them.
 */
// Lone surrogates and U+FFFE/U+FFFF too: no XML document (feed, badge) may hold them.
export const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** Shows a value in a message with invisible and control characters spelled out (`\u202E`). */
export function showValue(input: unknown, max = 60): string {
  if (typeof input !== 'string') return JSON.stringify(input) ?? String(input);
  const cut = input.length > max ? `${input.slice(0, max)}…` : input;
  const visible = cut
    .replace(
      new RegExp(INVISIBLE.source, 'gu'),
      (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    )
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t');
  return `"${visible}"`;
}

/** Builds a zod error function: one message when the field is missing, another when it is wrong. */
export function explain(field: string, fix: string) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return `Missing ${field}. Fix: add it — ${fix}`;
    // YAML reads unquoted dates, numbers and true/false as such: say so, and how to write text.
    if (issue.input instanceof Date) {
      const day = Number.isNaN(issue.input.getTime()) ? '…' : issue.input.toISOString().slice(0, 10);
      return `${field} was read as a date (${day}), because YAML turns unquoted dates into dates. Fix: put it in quotes, e.g. "${day}"`;
    }
    if (typeof issue.input === 'number' || typeof issue.input === 'boolean') {
      return `${field} was read as ${typeof issue.input === 'number' ? 'a number' : 'true/false'} (${String(issue.input)}), not text. Fix: put it in quotes`;
    }
    return `Invalid ${field} ${showValue(issue.input)}. Fix: ${fix}`;
  };
}

/** One value from a closed list; the message lists them. */
export const oneOf = <const T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { error: explain(field, `use one of ${values.join(', ')}`) });

/** Rejects invisible and control characters, naming the first one found. */
const noInvisible = (field: string) => (value: string, ctx: z.RefinementCtx) => {
  const found = INVISIBLE.exec(value);
  if (found) {
    const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    ctx.addIssue({
      code: 'custom',
      message: `${field} ${showValue(value)} contains the invisible character ${code} at position ${found.index + 1}. Fix: delete it (bidirectional, zero-width and control characters are not allowed).`,
    });
  }
};

/** A lowercase kebab-case identifier, such as `grok-training`. */
export const id = (field = 'ID') =>
  z
    .string({ error: explain(field, 'use lowercase letters, digits and single hyphens, e.g. "ai-training"') })
    .max(ID_MAX, { error: `${field} is longer than ${ID_MAX} characters. Fix: shorten it.` })
    .regex(ID_PATTERN, {
      error: explain(field, 'use lowercase letters, digits and single hyphens, e.g. "ai-training"'),
    });

/** Today's date in UTC, plus one day so contributors east of UTC are not rejected. */
function latestAllowedDate(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * An ISO calendar date (`YYYY-MM-DD`) that exists and is not in the future.
 * YAML turns unquoted dates into `Date` objects; both forms are accepted and become the same string.
 */
export const isoDate = (field = 'date') =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.iso
      .date({ error: explain(field, 'write a real calendar date in quotes, e.g. "2024-11-15"') })
      .refine((date) => date <= latestAllowedDate(), {
        error: (issue) =>
          `${field} ${showValue(issue.input)} is in the future. Fix: use the date the event happened or you checked it.`,
      }),
  );

/** Length limits of text fields, stated in the field reference. */
export const LIMITS = {
  name: 80,
  /** With " | Opt-Out Atlas" after it, a browser tab and a search result still show it whole (70). */
  pageTitle: 54,
  label: 300,
  short: 160,
  sentence: 400,
  paragraph: 1500,
  quote: 2500,
  step: 200,
} as const;

/** Text a contributor must write: not empty, not just spaces, no invisible characters, not too long. */
export const text = (field: string, fix = 'write it in your own words', max: number = LIMITS.paragraph) =>
  z
    .string({ error: explain(field, fix) })
    .trim()
    .min(1, { error: `${field} is empty. Fix: ${fix}.` })
    .max(max, { error: `${field} is longer than ${max} characters. Fix: shorten it to ${max} or fewer.` })
    .superRefine(noInvisible(field));

/** The same, for optional fields: absent is fine, but present means written. */
export const optionalText = (field: string, max: number = LIMITS.paragraph) =>
  text(field, 'write it or remove the field', max).optional();

const URL_SHAPE = /^https:\/\/[^\s/]+\.[^\s]+$/i;
/** Another address inside the path or query: `/https://…`, `/https/help.example/…`, `=https%3A…`. */
const WRAPPED_ADDRESS = /(?:^|\/|=)https?(?::|%3a|\/[\w-]+(?:\.[\w-]+)+\/)/i;

/** Whether a host is one of these domains or one of their hosts (`web.archive.org` is on `archive.org`). */
const onDomain = (hostname: string, domains: readonly string[]) =>
  domains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));

/** Why a string is not an acceptable https URL, or undefined when it is one. */
function urlProblem(value: string): string | undefined {
  if (value.startsWith('http:')) return 'uses http. Fix: use the https:// address of the same page';
  if (!URL_SHAPE.test(value) || !URL.canParse(value))
    return 'is not a full https:// address. Fix: give the full https:// address';
  const url = new URL(value);
  // `https://site.example:login@other.example/` opens other.example: a look-alike link.
  if (url.username || url.password)
    return 'carries a user name or password before the host. Fix: remove the part before "@"';
  if (!url.hostname.includes('.') || /^[\d.]+$/.test(url.hostname) || url.hostname.startsWith('[')) {
    return 'does not name a public host. Fix: link to the page on its public domain';
  }
  if (url.hostname.endsWith('.')) return 'ends its host name with a dot. Fix: remove the dot after the domain';
  if (onDomain(url.hostname, shortLinkDomains))
    return 'is a short link, which hides the page it opens. Fix: open it and give the address of the page it leads to';
  // `https://reader.example/https://help.example/page`: a proxy, reader or mirror showing another site's page.
  if (!onDomain(url.hostname, archiveDomains) && WRAPPED_ADDRESS.test(url.pathname + url.search))
    return "wraps another site's address (a proxy, reader or mirror copy). Fix: cite the page's own address, and a web-archive copy of it as archived";
  if (INVISIBLE.test(value)) return 'contains an invisible character. Fix: retype the address';
  return undefined;
}

/** An absolute `https:` URL on a public host, without credentials. */
export const httpsUrl = (field = 'URL') =>
  z
    .string({ error: explain(field, 'give the full https:// address') })
    .max(2000, { error: `${field} is longer than 2000 characters. Fix: link to the page without tracking parameters.` })
    .superRefine((value, ctx) => {
      const problem = urlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${field} ${showValue(value)} ${problem}.` });
    })
    // The address as browsers send it: non-ASCII letters percent-encoded, so every published URL is a valid URI.
    .transform((value) => (URL.canParse(value) ? new URL(value).href : value));

/**
 * The address a program gives one of its own settings pages, which web pages cannot link to, so the
 * site shows it as text: a browser's (`chrome://settings/adPrivacy`, `edge://settings/privacy`,
 * `about:preferences#privacy`), pasted into its address bar, or a page of the Windows Settings app
 * (`ms-settings:privacy-speech`), which opens that page. Only letters, digits and `/ # - _ .` are
 * allowed after the scheme, and no `..`.
 */
const BROWSER_SCHEMES = ['chrome', 'edge', 'brave', 'opera', 'vivaldi'];
const BROWSER_ADDRESS = new RegExp(
  `^(?!.*\\.\\.)(?:(?:${BROWSER_SCHEMES.join('|')})://settings(?:/[\\w./-]*)?|about:preferences)(?:#[\\w-]+)?$`,
);
const WINDOWS_ADDRESS = /^ms-settings:[a-z][a-z0-9-]*$/;
const SETTINGS_ADDRESS = new RegExp(`${BROWSER_ADDRESS.source}|${WINDOWS_ADDRESS.source}`);

/** Whose settings page an address opens: a browser's, or the Windows Settings app's. */
export const addressKind = (address: string): 'browser' | 'windows' =>
  WINDOWS_ADDRESS.test(address) ? 'windows' : 'browser';

export const settingsAddress = (field = 'settings address') =>
  z
    .string({ error: explain(field, 'give the address as the program shows it, e.g. chrome://settings/adPrivacy') })
    .max(200, { error: `${field} is longer than 200 characters. Fix: give the address of the settings page only.` })
    .regex(SETTINGS_ADDRESS, {
      error: (issue) =>
        `${field} ${showValue(issue.input)} is not the address of a browser's or Windows's settings page. Fix: give it as the program shows it (${BROWSER_SCHEMES.map((scheme) => `${scheme}://settings/…`).join(', ')}, about:preferences#… or ms-settings:…), or use link for an https page.`,
    });

/** A link to an archived copy: https on a known web archive, or an Open Terms Archive version. */
export const archivedUrl = (field = 'archived') =>
  httpsUrl(field).refine(
    (value) => value.startsWith(openTermsArchivePrefix) || onDomain(new URL(value).hostname, archiveDomains),
    {
      error: (issue) =>
        `${field} ${showValue(issue.input)} is not on a known web archive. Fix: link to a copy on ${archiveDomains.join(', ')} or an Open Terms Archive version (${openTermsArchivePrefix}…), or remove it.`,
    },
  );

/** Where a source of kind `archive` can be: a web archive, or a repository that keeps dated copies. */
const ARCHIVE_SOURCE_DOMAINS = [...archiveDomains, 'github.com'] as const;

const kindSchema = z.enum(sourceKindIds, {
  error: explain('source kind', `use one of ${sourceKindIds.join(', ')} (see the field reference)`),
});

/** A page that backs a fact: the platform's own page first, reputable reporting second. */
export const sourceSchema = z
  .strictObject({
    /** Address of the page as published (https, no tracking parameters). */
    url: httpsUrl('source URL'),
    /** Title of the page as it shows it; if the title could not be seen, a description in [square brackets]. */
    title: text('source title', 'copy the page title', LIMITS.label),
    /** Who published it, e.g. "X Help Center" or "The Verge". */
    publisher: optionalText('publisher', LIMITS.name),
    /** What kind of page it is: platform, regulator, court, archive, press or community. */
    kind: kindSchema,
    /** The page’s own published or last-updated date, only if the page shows one. */
    published: isoDate('source published date').optional(),
    /** The date you read the page. */
    read: isoDate('source read date'),
    /** A copy in a web archive (Wayback Machine, Open Terms Archive), only if one exists: never construct one. */
    archived: archivedUrl('archived').optional(),
  })
  .superRefine((source, ctx) => {
    // An archive is a dated copy kept by a web archive or in a repository's history; a copy of a page
    // on any other site is a third party's, and shows only what that site chose to keep.
    if (source.kind !== 'archive' || !URL.canParse(source.url)) return;
    const host = new URL(source.url).hostname;
    if (!onDomain(host, ARCHIVE_SOURCE_DOMAINS))
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: `source kind is archive, but ${showValue(host)} is not a web archive. Fix: give the copy on ${ARCHIVE_SOURCE_DOMAINS.join(', ')}, or, for a copy on another site, use kind community and quote its words as via.`,
      });
  });

/** A non-empty list of sources. */
export const sourcesSchema = (field = 'sources') =>
  z
    .array(sourceSchema, { error: explain(field, 'list at least one source with url, title, kind and read date') })
    .min(1, {
      error: `${field} is empty. Fix: list at least one source with url, title, kind and read date.`,
    })
    .max(40, { error: `${field} lists more than 40 sources. Fix: keep the ones that back the facts.` });

export type Source = z.output<typeof sourceSchema>;
export type { SourceKind };
