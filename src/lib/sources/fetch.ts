/**
 * Getting pages for the source check: from the web, politely (a user agent that names the project,
 * timeouts, retries, a concurrency limit), or from saved copies listed in a manifest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fetched } from './classify.ts';

export type FetchResult = Fetched | { url: string; error: string };
export type Fetcher = (url: string) => Promise<FetchResult>;

export const USER_AGENT =
  'OptOutAtlasSourceCheck/1.0 (+https://github.com/opt-out-atlas/opt-out-atlas; checks that quoted policy wording is still published)';

export interface HttpOptions {
  timeoutMs: number;
  retries: number;
  userAgent?: string;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function httpFetcher({ timeoutMs, retries, userAgent = USER_AGENT }: HttpOptions): Fetcher {
  return async (url) => {
    let last = 'not tried';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt) await wait(500 * 2 ** (attempt - 1));
      try {
        const response = await fetch(url, {
          redirect: 'follow',
          signal: AbortSignal.timeout(timeoutMs),
          headers: { 'User-Agent': userAgent, Accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
        });
        const body = await response.text();
        // Servers that are briefly unwell get another try; an answer, even a 404, is an answer.
        if (response.status >= 500 && response.status !== 503 && attempt < retries) {
          last = `HTTP ${response.status}`;
          continue;
        }
        return { url, finalUrl: response.url || url, status: response.status, body };
      } catch (error) {
        last = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message;
      }
    }
    return { url, error: last };
  };
}

type ManifestEntry = string | { file?: string; status?: number; location?: string };

/**
 * Saved copies: DIR/manifest.json maps each URL to a file in DIR, or to
 * `{ "file": …, "status": 404, "location": "https://…" }` for a status or a redirect.
 * A URL not in the manifest counts as unreachable.
 */
export function offlineFetcher(dir: string): Fetcher {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
  const lookup = (url: string) => manifest[url] ?? manifest[new URL(url).href];
  return async (url) => {
    const entry = lookup(url);
    if (entry === undefined) return { url, error: 'not in the offline manifest' };
    const { file, status = 200, location } = typeof entry === 'string' ? { file: entry } : entry;
    const body = file ? readFileSync(join(dir, file), 'utf8') : '';
    return { url, finalUrl: location ?? url, status, body };
  };
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
