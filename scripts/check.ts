/**
 * Validates every content file (every file below src/content/docs/) without building the site.
 *
 * Usage: npm run check [-- [--dir DIR] [--stale] [FILE…]]
 *   --dir DIR   check the content in DIR instead of src/content/docs
 *   --stale     also list settings not verified for 180 days (a report, not an error)
 *   FILE…       report only on these files (all files are still read, for cross-file rules)
 *   --help      show this help
 * Exit code 1 when any file has an error. With CI set, errors are also printed as GitHub annotations.
 */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveAtlas } from '../src/lib/atlas/resolve.ts';
import { staleSettings, STALE_AFTER_DAYS } from '../src/lib/atlas/staleness.ts';
import { formatDiagnostic, githubAnnotation, printable } from '../src/lib/check/diagnostics.ts';
import { checkOptions, CONTENT_ROOT, readContentFiles } from '../src/lib/check/read-files.ts';
import { validateContent } from '../src/lib/check/validate.ts';
import { today } from '../src/lib/dates.ts';
import { printUsage } from './usage.ts';

function usageError(message: string): never {
  console.error(`${printable(message)}\nRun \`npm run check -- --help\` for the options.`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: { dir: { type: 'string', default: CONTENT_ROOT }, stale: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
} catch (error) {
  usageError(`npm run check: ${(error as Error).message.split('\n')[0]}.`);
}
const { values, positionals } = parsed;
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}

const dir = values.dir!;
if (!existsSync(dir) || !statSync(dir).isDirectory()) usageError(`npm run check: --dir ${dir} is not a folder.`);
const files = readContentFiles(dir).map((f) => ({ ...f, file: relative(process.cwd(), f.file) }));
if (!files.some((f) => f.path.startsWith('platforms/'))) {
  usageError(
    `npm run check: there are no guides in ${relative(process.cwd(), dir) || '.'}/platforms/. Add one with \`npm run new\`.`,
  );
}

const started = performance.now();
const { guides, translations, pages, diagnostics } = validateContent(files, checkOptions());
const only = new Set(positionals.map((p) => relative(process.cwd(), p)));
const reported = only.size ? diagnostics.filter((d) => only.has(d.file)) : diagnostics;
// Warnings (translations older than their English) are listed after the errors and fail nothing.
const shown = reported.filter((d) => d.severity !== 'warning');
const warnings = reported.filter((d) => d.severity === 'warning');

for (const d of [...shown, ...warnings]) console.error(`${formatDiagnostic(d)}\n`);
if (process.env.CI) for (const d of [...shown, ...warnings]) console.log(githubAnnotation(d));

const settings = guides.reduce((n, g) => n + g.data.settings.length, 0);
const ms = Math.round(performance.now() - started);
if (shown.length) {
  console.error(
    `✖ ${shown.length} error${shown.length === 1 ? '' : 's'} in ${new Set(shown.map((d) => d.file)).size} file(s). Fix them and run \`npm run check\` again.`,
  );
  process.exitCode = 1;
} else {
  const translated = translations.length ? `, ${translations.length} translations` : '';
  console.log(
    `✔ ${guides.length} guides (${settings} settings)${translated} and ${pages} other pages valid (${ms} ms).`,
  );
}
if (warnings.length) {
  console.error(
    `⚠ ${warnings.length} translated field${warnings.length === 1 ? ' is' : 's are'} older than the English (shown in English until updated): see \`npm run translations\`.`,
  );
}

if (values.stale) {
  const stale = staleSettings(resolveAtlas(guides), today());
  console.log(`\n${stale.length} setting(s) not verified for ${STALE_AFTER_DAYS} days${stale.length ? ':' : '.'}`);
  for (const s of stale)
    console.log(`  ${dir}/platforms/${s.guideId}.mdx  ${s.settingId}  verified ${s.verified} (${s.days} days ago)`);
  if (stale.length)
    console.log('Check each against its sources, update the facts, and set `verified` to the day you checked.');
}
