/**
 * The source check: for each setting, is its quote still on its page (and if not, what does the
 * page say instead, and what did the archived copy say), and does every other source still answer?
 */
import type { Atlas, AtlasSetting } from '../atlas/resolve.ts';
import type { QuoteCheck, SettingCheck, SourceStatusFile } from '../../schemas/source-status.ts';
import { classify } from './classify.ts';
import { mapLimit, type Fetcher, type FetchResult } from './fetch.ts';
import { findQuote } from './match.ts';
import { pageText } from './text.ts';

export interface CheckOptions {
  today: string;
  /** The previous status file: `lastFound` carries over from it. */
  previous?: SourceStatusFile;
  /** Only these guides (their settings are checked; the others keep their previous entries). */
  only?: string[];
  concurrency: number;
}

/** Fetches each URL once per run, however many settings cite it. */
function cached(fetcher: Fetcher): Fetcher {
  const seen = new Map<string, Promise<FetchResult>>();
  return (url) => {
    if (!seen.has(url)) seen.set(url, fetcher(url));
    return seen.get(url)!;
  };
}

/** The object without its undefined fields, as the status file stores it. */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** Whether a fetched page still has the quote: found or changed, or why it could not be read. */
function quoteOnPage(
  text: string,
  result: FetchResult,
): Pick<QuoteCheck, 'status' | 'reason' | 'closest' | 'similarity' | 'diff'> {
  if ('error' in result) return { status: 'unreachable', reason: result.error };
  const { status, reason } = classify(result);
  if (status === 'gone' || status === 'blocked' || status === 'unreachable') return { status, reason };
  const match = findQuote(text, pageText(result.body));
  return match.found
    ? { status: 'found' }
    : { status: 'changed', closest: match.closest, similarity: match.similarity, diff: match.diff };
}

async function checkQuote(
  setting: AtlasSetting,
  fetch: Fetcher,
  options: CheckOptions,
): Promise<QuoteCheck | undefined> {
  const quote = setting.quote;
  if (!quote) return undefined;
  const source = (quote.source ?? quote.via)!;
  const previous = options.previous?.settings[setting.key]?.quote;
  const check: QuoteCheck = {
    url: source.url,
    checked: options.today,
    ...quoteOnPage(quote.text, await fetch(source.url)),
  };
  check.lastFound = check.status === 'found' ? options.today : previous?.lastFound;
  // When the live page no longer shows the words, read the archived copy to confirm what they were.
  if (check.status !== 'found' && check.status !== 'unreachable' && source.archived) {
    const { status } = quoteOnPage(quote.text, await fetch(source.archived));
    check.archive = { url: source.archived, status, checked: options.today };
  }
  return compact(check);
}

async function checkSetting(setting: AtlasSetting, fetch: Fetcher, options: CheckOptions): Promise<SettingCheck> {
  const quoteUrl = setting.quote?.source?.url ?? setting.quote?.via?.url;
  const urls = [
    ...new Set([...setting.sources, ...setting.history.flatMap((h) => h.sources)].map((s) => s.url)),
  ].filter((url) => url !== quoteUrl);
  const sources: SettingCheck['sources'] = {};
  for (const url of urls) {
    const result = await fetch(url);
    sources[url] =
      'error' in result
        ? { status: 'unreachable', checked: options.today, reason: result.error }
        : compact({ ...classify(result), checked: options.today });
  }
  const quote = await checkQuote(setting, fetch, options);
  return quote ? { quote, sources } : { sources };
}

export async function checkSources(atlas: Atlas, fetcher: Fetcher, options: CheckOptions): Promise<SourceStatusFile> {
  const fetch = cached(fetcher);
  const settings = atlas.guides.filter((g) => !options.only || options.only.includes(g.id)).flatMap((g) => g.settings);
  const checks = await mapLimit(settings, options.concurrency, (setting) => checkSetting(setting, fetch, options));
  const checked = new Set(settings.map((s) => s.key));
  // Settings outside --only keep their previous entries; entries of removed settings are dropped.
  const kept = Object.fromEntries(
    Object.entries(options.previous?.settings ?? {}).filter(([key]) => atlas.setting(key) && !checked.has(key)),
  );
  const fresh = Object.fromEntries(settings.map((s, i) => [s.key, checks[i]]));
  const all = { ...kept, ...fresh };
  return {
    version: 1,
    checked: options.today,
    settings: Object.fromEntries(
      Object.keys(all)
        .sort()
        .map((k) => [k, all[k]]),
    ),
  };
}

/** "Checked 412 quotes (380 found, 12 changed, …) and 900 other sources (850 ok, …)." */
export function summary(file: SourceStatusFile, keys = Object.keys(file.settings)): string {
  const count = (values: string[]) =>
    Object.entries(values.reduce<Record<string, number>>((m, v) => ((m[v] = (m[v] ?? 0) + 1), m), {}))
      .map(([status, n]) => `${n} ${status}`)
      .join(', ');
  const entries = keys.map((k) => file.settings[k]);
  const quotes = entries.flatMap((e) => (e.quote ? [e.quote.status] : []));
  const pages = entries.flatMap((e) => Object.values(e.sources).map((s) => s.status));
  return `Checked ${quotes.length} quotes (${count(quotes) || 'none'}) and ${pages.length} other sources (${count(pages) || 'none'}).`;
}
