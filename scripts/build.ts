/**
 * Builds the site, all or nothing: the content check, `astro build` and the search index and badges
 * run into a temporary folder, which replaces the output folder only when every step has passed.
 * A failed step leaves the previous build as it was and no half-written one behind.
 *
 * Usage: npm run build [-- --skip-check]
 *   --skip-check  do not run `npm run check` first (the benchmark times it apart)
 *   --help        show this help
 * The output folder is $ATLAS_OUT_DIR, or dist. Astro's JavaScript heap is limited to 1 GB, or more for a
 * corpus of more than 2,000 guides (docs/performance.md says why).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { afterBuild } from './after-build.ts';
import { printUsage } from './usage.ts';

const { values } = parseArgs({ options: { 'skip-check': { type: 'boolean' }, help: { type: 'boolean' } } });
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}

const out = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const partial = `${out}.partial`;
const previous = `${out}.previous`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function fail(message: string): never {
  rmSync(partial, { recursive: true, force: true });
  console.error(
    `\n✖ ${message} ${existsSync(out) ? `The previous build in ${out} is unchanged.` : 'Nothing was published.'}`,
  );
  process.exit(1);
}

const run = (args: string[], extraEnv: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status === 0;

/**
 * Astro's content layer holds every guide three times while it syncs (its reading of the
 * frontmatter, the validated copy and the body), about 66 KB a guide, and peaks when it writes its
 * data store: 1.66 GB of heap at 10,000 synthetic guides. A fixed limit keeps V8 from growing the
 * heap lazily (docs/performance.md); it grows with the corpus: 1 GB up to 2,000 guides, then 256 MB
 * per 1,000.
 */
const platforms = resolve(process.env.ATLAS_SRC_DIR ?? 'src', 'content/docs/platforms');
const guides = existsSync(platforms) ? readdirSync(platforms).length : 0;
const heapLimitMb = (count: number) => Math.max(1024, 512 + 256 * Math.ceil(count / 1000));

rmSync(partial, { recursive: true, force: true });
if (!values['skip-check'] && !run(['scripts/check.ts'])) fail('The content check failed: fix the errors above.');
const heap = `--max-old-space-size=${heapLimitMb(guides)}`;
if (!run([heap, 'node_modules/astro/bin/astro.mjs', 'build'], { ATLAS_OUT_DIR: partial })) {
  fail('astro build failed.');
}
try {
  await afterBuild(partial);
} catch (error) {
  console.error(error);
  fail('Writing the search index and badges failed.');
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(partial, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Built into ${out}.`);
