/**
 * Checks that every external source URL in the guides still answers. Needs the internet, so it
 * runs weekly in CI (.github/workflows/links.yml), not on pull requests.
 *
 * Usage: npm run check:links [-- --dry-run] [--concurrency N]
 *   --dry-run        list the URLs that would be checked, fetch nothing
 *   --concurrency N  requests at once (default 8)
 */
import { parseArgs } from 'node:util';
import { readValidGuides } from '../src/lib/check/read-files.ts';
import { printUsage } from './usage.ts';

const { values } = parseArgs({
  options: { 'dry-run': { type: 'boolean' }, concurrency: { type: 'string', default: '8' }, help: { type: 'boolean' } },
});
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}

// Every URL with the guides and settings that cite it.
const citations = new Map<string, Set<string>>();
const cite = (url: string, where: string) => citations.set(url, (citations.get(url) ?? new Set()).add(where));
for (const { id, data } of readValidGuides()) {
  cite(data.platform.website, id);
  cite(data.platform.privacyPolicy, id);
  for (const s of data.settings) {
    for (const source of [...s.sources, s.quote?.source, s.quote?.via, ...s.history.flatMap((h) => h.sources)]) {
      if (!source) continue;
      cite(source.url, `${id}#${s.id}`);
      if (source.archived) cite(source.archived, `${id}#${s.id}`);
    }
    for (const way of s.optOut) if (way.link) cite(way.link, `${id}#${s.id}`);
  }
  for (const incident of data.incidents)
    for (const source of incident.sources) cite(source.url, `${id}#incident-${incident.id}`);
}

const urls = [...citations.keys()].sort();
if (values['dry-run']) {
  for (const url of urls) console.log(url);
  console.log(`${urls.length} URLs.`);
  process.exit(0);
}

async function status(url: string): Promise<number | string> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(20_000) });
      if (response.ok || method === 'GET') return response.status;
    } catch (error) {
      if (method === 'GET') return (error as Error).message;
    }
  }
  return 'unreachable';
}

const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error(`--concurrency must be a whole number of at least 1, not "${values.concurrency}".`);
  process.exit(2);
}
const broken: string[] = [];
const queue = [...urls];
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      const result = await status(url);
      // 401/403/429 usually mean a bot wall, not a dead page: reported, not failed.
      if (typeof result === 'string' || (result >= 400 && ![401, 403, 429].includes(result))) {
        broken.push(`${result}  ${url}\n      cited by ${[...citations.get(url)!].join(', ')}`);
      }
    }
  }),
);
for (const line of broken.sort()) console.error(line);
console.log(`${urls.length - broken.length} of ${urls.length} URLs answered.`);
if (broken.length) process.exitCode = 1;
