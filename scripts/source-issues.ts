/**
 * Opens, updates and closes one GitHub issue per quote that needs review, from the status file the
 * source check wrote. Run by .github/workflows/sources.yml after `npm run check:sources`, with the
 * workflow's own token; it never touches the repository's files.
 *
 * Usage: node scripts/source-issues.ts [--status FILE] [--dry-run]
 *   --status FILE   the status file (default src/data/source-status.json)
 *   --dry-run       print what it would do, without calling GitHub
 *   --help          show this help
 * Environment: GITHUB_REPOSITORY (owner/name), GITHUB_TOKEN, GITHUB_API_URL (default https://api.github.com).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { syncIssues } from '../src/lib/sources/github.ts';
import { planIssues } from '../src/lib/sources/issues.ts';
import { sourceStatusFileSchema } from '../src/schemas/source-status.ts';
import { printUsage } from './usage.ts';

const { values } = parseArgs({
  options: {
    status: { type: 'string', default: 'src/data/source-status.json' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}
const status = sourceStatusFileSchema.parse(JSON.parse(readFileSync(values.status!, 'utf8')));
const describe = (a: { kind: string; key: string }) => `${a.kind} ${a.key}`;

if (values['dry-run']) {
  const actions = planIssues(status, []);
  console.log(actions.length ? actions.map(describe).join('\n') : 'No quote needs an issue.');
  process.exit(0);
}
const {
  GITHUB_REPOSITORY: repository,
  GITHUB_TOKEN: token,
  GITHUB_API_URL: api = 'https://api.github.com',
} = process.env;
if (!repository || !token) {
  console.error('node scripts/source-issues.ts: set GITHUB_REPOSITORY and GITHUB_TOKEN (or use --dry-run).');
  process.exit(2);
}
const actions = await syncIssues({ api, repository, token }, status);
console.log(actions.length ? actions.map(describe).join('\n') : 'Issues already up to date.');
