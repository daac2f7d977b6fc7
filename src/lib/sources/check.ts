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

async function checkQuote(
  setting: AtlasSetting,
  fetch: Fetcher,
  options: CheckOptions,
): Promise<QuoteCheck | undefined> {
  const quote = setting.quote;
  if (!quote) return undefined;
  const page = (quote.source ?? quote.via)!;
  const previous = options.previous?.settings[setting.key]?.quote;
  const base = { url: page.url, checked: options.today };
  const result = await fetch(page.url);
  let check: QuoteCheck;
  if ('error' in result) check = { ...base, status: 'unreachable', reason: result.error };
  else {
    const page = classify(result);
    if (page.status === 'gone' || page.status === 'blocked' || page.status === 'unreachable') {
      check = { ...base, status: page.status, reason: page.reason };
    } else {
      const match = findQuote(quote.text, pageText(result.body));
      check = match.found
        ? { ...base, status: 'found' }
        : { ...base, status: 'changed', closest: match.closest, similarity: match.similarity, diff: match.diff };
    }
  }
  check.lastFound = check.status === 'found' ? options.today : previous?.lastFound;
  // When the live page no longer shows the words, read the archived copy to confirm what they were.
  if (check.status !== 'found' && check.status !== 'unreachable' && page.archived) {
    const archived = await fetch(page.archived);
    const found =
      !('error' in archived) &&
      classify(archived).status !== 'gone' &&
      findQuote(quote.text, pageText(archived.body)).found;
    check.archive = {
      url: page.archived,
      status:
        'error' in archived
          ? 'unreachable'
          : found
            ? 'found'
            : classify(archived).status === 'gone'
              ? 'gone'
              : 'changed',
      checked: options.today,
    };
  }
  return Object.fromEntries(Object.entries(check).filter(([, v]) => v !== undefined)) as QuoteCheck;
}

async function checkSetting(setting: AtlasSetting, fetch: Fetcher, options: CheckOptions): Promise<SettingCheck> {
  const quoteUrl = setting.quote?.source?.url ?? setting.quote?.via?.url;
  const urls = [
    ...new Set([...setting.sources, ...setting.history.flatMap((h) => h.sources)].map((s) => s.url)),
  ].filter((url) => url !== quoteUrl);
  const sources: SettingCheck['sources'] = {};
  for (const url of urls) {
    const result = await fetch(url);
    if ('error' in result) sources[url] = { status: 'unreachable', checked: options.today, reason: result.error };
    else {
      const { status, target, reason } = classify(result);
      sources[url] = Object.fromEntries(
        Object.entries({ status, checked: options.today, target, reason }).filter(([, v]) => v !== undefined),
      ) as SettingCheck['sources'][string];
    }
  }
  const quote = await checkQuote(setting, fetch, options);
  return quote ? { quote, sources } : { sources };
}

export async function checkSources(atlas: Atlas, fetcher: Fetcher, options: CheckOptions): Promise<SourceStatusFile> {
  const fetch = cached(fetcher);
  const settings = atlas.guides.filter((g) => !options.only || options.only.includes(g.id)).flatMap((g) => g.settings);
  const checks = await mapLimit(settings, options.concurrency, (setting) => checkSetting(setting, fetch, options));
  const kept = Object.fromEntries(
    Object.entries(options.previous?.settings ?? {}).filter(
      ([key]) => atlas.setting(key) && !settings.some((s) => s.key === key),
    ),
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

/** "412 quotes: 380 found, 12 changed…; 900 other sources: 850 ok, …". */
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
