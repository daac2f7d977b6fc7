/**
 * Checks every quote's page and every other source page of the guides, and writes what it found
 * to the status file the site reads (src/data/source-status.json). Needs the internet unless
 * --offline is given, so it runs weekly in CI (.github/workflows/sources.yml), not on pull requests.
 *
 * Usage: npm run check:sources [-- --only GUIDE,GUIDE] [--out FILE] [--offline DIR] [options]
 *   --only A,B        check only these guides (the others keep their entries)
 *   --out FILE        write the status file here (default src/data/source-status.json)
 *   --offline DIR     read saved copies from DIR/manifest.json ({ "<url>": "<file in DIR>" }, or
 *                     { "<url>": { "file": …, "status": 404, "location": "<redirect target>" } });
 *                     a URL not in the manifest counts as unreachable
 *   --concurrency N   pages fetched at once (default 4)
 *   --timeout MS      per request (default 15000)
 *   --retries N       after a network error or a server error (default 2)
 *   --help            show this help
 * Prints one summary line. Exit code 0 whatever the pages say: a changed quote is news, not a failure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSettingRef, resolveAtlas } from '../src/lib/atlas/resolve.ts';
import { readValidGuides } from '../src/lib/check/read-files.ts';
import { today } from '../src/lib/dates.ts';
import { checkSources, summary } from '../src/lib/sources/check.ts';
import { httpFetcher, offlineFetcher } from '../src/lib/sources/fetch.ts';
import { sourceStatusFileSchema } from '../src/schemas/source-status.ts';
import { printUsage } from './usage.ts';

export const STATUS_FILE = 'src/data/source-status.json';

const fail = (message: string): never => {
  console.error(`npm run check:sources: ${message}\nRun \`npm run check:sources -- --help\` for the options.`);
  process.exit(2);
};

let parsed;
try {
  parsed = parseArgs({
    options: {
      only: { type: 'string' },
      out: { type: 'string', default: STATUS_FILE },
      offline: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      timeout: { type: 'string', default: '15000' },
      retries: { type: 'string', default: '2' },
      help: { type: 'boolean' },
    },
  });
} catch (error) {
  fail((error as Error).message.split('\n')[0]);
}
const { values } = parsed!;
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}
const number = (name: 'concurrency' | 'timeout' | 'retries', min: number) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min) fail(`--${name} must be a whole number of at least ${min}.`);
  return value;
};

const atlas = resolveAtlas(readValidGuides().map(({ id, data }) => ({ id, data })));
const only = values.only
  ?.split(',')
  .map((id) => id.trim())
  .filter(Boolean);
for (const id of only ?? []) if (!atlas.guide(id)) fail(`--only names "${id}", which is not a guide.`);
if (values.offline && !existsSync(`${values.offline}/manifest.json`))
  fail(`--offline ${values.offline} has no manifest.json.`);

const out = values.out!;
const previous = existsSync(out) ? sourceStatusFileSchema.parse(JSON.parse(readFileSync(out, 'utf8'))) : undefined;
const fetcher = values.offline
  ? offlineFetcher(values.offline)
  : httpFetcher({ timeoutMs: number('timeout', 1), retries: number('retries', 0) });
const file = await checkSources(atlas, fetcher, {
  today: today(),
  previous,
  only,
  concurrency: number('concurrency', 1),
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(sourceStatusFileSchema.parse(file), null, 2)}\n`);
const checkedKeys = Object.keys(file.settings).filter((key) => !only || only.includes(parseSettingRef(key).guideId));
console.log(summary(file, checkedKeys));
