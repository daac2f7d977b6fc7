/**
 * Validates every platform guide without building the site.
 *
 * Usage: npm run check [-- [--dir DIR] [FILE…]]
 *   --dir DIR   check the guides in DIR instead of src/content/docs/platforms
 *   --stale     also list settings not verified for 180 days (a report, not an error)
 *   FILE…       report only on these files (all guides are still read, for cross-file rules)
 *   --help      show this help
 * Exit code 1 when any guide has an error. With CI set, errors are also printed as GitHub annotations.
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, githubAnnotation } from '../src/lib/diagnostics.ts';
import { GUIDES_DIR, readGuideFiles } from '../src/lib/read-guides.ts';
import { staleSettings, STALE_AFTER_DAYS } from '../src/lib/staleness.ts';
import { validateGuides } from '../src/lib/validate.ts';
import { printUsage } from './usage.ts';

const { values, positionals } = parseArgs({
  options: { dir: { type: 'string', default: GUIDES_DIR }, stale: { type: 'boolean' }, help: { type: 'boolean' } },
  allowPositionals: true,
});

if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}

const dir = values.dir!;
const files = readGuideFiles(dir).map(({ file, source }) => ({ file: relative(process.cwd(), file), source }));

const started = performance.now();
const { guides, diagnostics } = validateGuides(files);
const only = new Set(positionals.map((p) => relative(process.cwd(), p)));
const shown = only.size ? diagnostics.filter((d) => only.has(d.file)) : diagnostics;

for (const d of shown) console.error(`${formatDiagnostic(d)}\n`);
if (process.env.CI) for (const d of shown) console.log(githubAnnotation(d));

const settings = guides.reduce((n, g) => n + g.data.settings.length, 0);
const ms = Math.round(performance.now() - started);
if (shown.length) {
  console.error(
    `✖ ${shown.length} error${shown.length === 1 ? '' : 's'} in ${new Set(shown.map((d) => d.file)).size} file(s). Fix them and run \`npm run check\` again.`,
  );
  process.exitCode = 1;
} else {
  console.log(`✔ ${files.length} guides, ${settings} settings valid (${ms} ms).`);
}

if (values.stale) {
  const stale = staleSettings(guides, new Date().toISOString().slice(0, 10));
  console.log(`\n${stale.length} setting(s) not verified for ${STALE_AFTER_DAYS} days${stale.length ? ':' : '.'}`);
  for (const s of stale)
    console.log(`  ${join(dir, `${s.guideId}.mdx`)}  ${s.settingId}  verified ${s.verified} (${s.days} days ago)`);
  if (stale.length)
    console.log('Check each against its sources, update the facts, and set `verified` to the day you checked.');
}
