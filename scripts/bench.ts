/**
 * Builds N synthetic guides and, in the same run, a plain Starlight site with the same pages and
 * text, both in English, German, French and Spanish (one guide in ten translated into each; the
 * others served in every language from English, as Starlight does), and prints build time, peak memory, pages per second, dist size, search index size and
 * `npm run check` time for both, with the ratio. Figures are printed, not asserted.
 *
 * Usage: npm run bench [-- --guides N] [--runs R] [--keep]
 *   --guides N  number of synthetic guides (default 1000)
 *   --runs R    build each site R times, alternating, from a cold cache each time, and report the
 *               median (default 1; the disk makes single runs vary by a few seconds)
 *   --keep      keep the generated sites in .bench/ for inspection
 *   --help      show this help
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES } from '../src/site.ts';
import { plainPage, plainTranslation, syntheticGuide, syntheticTranslation } from './bench/synthetic.ts';
import { printUsage } from './usage.ts';

const { values } = parseArgs({
  options: {
    guides: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}
const N = Number(values.guides);
const RUNS = Number(values.runs);
const ROOT = '.bench';

/** Total size of a directory in bytes. */
function du(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0);
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const visit = (p: number) => {
    try {
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      return;
    }
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return total;
}

/**
 * Runs Node with each step's arguments, one step after the other, returning their wall time and the
 * peak memory of any one step's process tree. Their output goes to `log`, which is kept for reading
 * where the time went.
 */
async function measure(
  steps: string[][],
  log: string,
  env: Record<string, string> = {},
): Promise<{ seconds: number; peak: number }> {
  const out = openSync(log, 'w');
  const started = performance.now();
  let peak = 0;
  try {
    for (const args of steps) {
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, args, {
          stdio: ['ignore', out, out],
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
        });
        const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
        child.on('exit', (code) => {
          clearInterval(timer);
          if (code === 0) resolve();
          else reject(new Error(`node ${args.join(' ')} exited with ${code}; its output is in ${log}`));
        });
      });
    }
  } finally {
    closeSync(out);
  }
  return { seconds: (performance.now() - started) / 1000, peak };
}

function prepare() {
  rmSync(ROOT, { recursive: true, force: true });
  const atlas = join(ROOT, 'atlas/src');
  cpSync('src', atlas, { recursive: true });
  // Pages import files beside src/ (the contributor guide).
  cpSync('CONTRIBUTING.md', join(ROOT, 'atlas/CONTRIBUTING.md'));
  rmSync(join(atlas, 'content/docs/platforms'), { recursive: true });
  mkdirSync(join(atlas, 'content/docs/platforms'));
  for (const lang of Object.keys(LOCALES))
    rmSync(join(atlas, `content/docs/${lang}`), { recursive: true, force: true });
  const plain = join(ROOT, 'plain/src/content/docs/platforms');
  mkdirSync(plain, { recursive: true });
  writeFileSync(
    join(ROOT, 'plain/src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(ROOT, 'plain/src/content/docs/index.md'), '---\ntitle: Baseline\n---\n\nBaseline.\n');
  for (let n = 1; n <= N; n++) {
    writeFileSync(join(atlas, `content/docs/platforms/platform-${n}.mdx`), syntheticGuide(n));
    writeFileSync(join(plain, `platform-${n}.md`), plainPage(n));
  }
  const translated = Math.ceil(N / 10);
  const stamp: string[] = [];
  for (const lang of Object.keys(LOCALES)) {
    mkdirSync(join(atlas, `content/docs/${lang}/platforms`), { recursive: true });
    mkdirSync(join(ROOT, `plain/src/content/docs/${lang}/platforms`), { recursive: true });
    for (let n = 1; n <= translated; n++) {
      writeFileSync(join(atlas, `content/docs/${lang}/platforms/platform-${n}.mdx`), syntheticTranslation(n, lang));
      writeFileSync(join(ROOT, `plain/src/content/docs/${lang}/platforms/platform-${n}.md`), plainTranslation(n, lang));
      stamp.push(`${lang}/platform-${n}`);
    }
  }
  // Recorded against their English, as a translator does: the pages then show the translations.
  const stamped = spawnSync(process.execPath, ['scripts/translations.ts', 'stamp', ...stamp], {
    env: { ...process.env, ATLAS_SRC_DIR: atlas },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (stamped.status !== 0) throw new Error('Stamping the synthetic translations failed.');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Files under `dir` whose name passes `keep`. */
function countFiles(dir: string, keep: (name: string) => boolean): number {
  return readdirSync(dir).reduce((count, name) => {
    const path = join(dir, name);
    return count + (statSync(path).isDirectory() ? countFiles(path, keep) : keep(name) ? 1 : 0);
  }, 0);
}
const pageCount = (dist: string) => countFiles(dist, (name) => name.endsWith('.html'));
const fileCount = (dist: string) => countFiles(dist, () => true);

console.log(`Generating ${N} synthetic guides (8 settings each) and the same text as plain Starlight pages…`);
prepare();

/**
 * What `npm run build` runs after the check, which is timed on its own: scripts/build.ts, so the
 * benchmark times exactly the production build (Astro with its heap limit, then the search index
 * and badges).
 */
const ATLAS_BUILD = [['scripts/build.ts', '--skip-check']];

// Astro's own entry point rather than `npx astro`, so that neither build pays for starting npm.
const ASTRO = 'node_modules/astro/bin/astro.mjs';
const check = await measure(
  [['scripts/check.ts', '--dir', join(ROOT, 'atlas/src/content/docs')]],
  join(ROOT, 'check.log'),
);
const sites = [
  { name: 'Opt-Out Atlas', dir: 'atlas', steps: ATLAS_BUILD },
  { name: 'Plain Starlight', dir: 'plain', steps: [[ASTRO, 'build', '--config', 'scripts/bench/plain.config.mjs']] },
].map((site) => ({ ...site, runs: [] as { seconds: number; peak: number; log: string }[] }));
for (let round = 1; round <= RUNS; round++) {
  for (const site of sites) {
    const dir = join(ROOT, site.dir);
    // Every run starts cold, as the first one does, and with the disk done writing the last one.
    for (const output of ['dist', 'cache']) rmSync(join(dir, output), { recursive: true, force: true });
    spawnSync('sync');
    const log = join(ROOT, `${site.dir}-${round}.log`);
    const run = await measure(site.steps, log, {
      ATLAS_SRC_DIR: join(dir, 'src'),
      ATLAS_OUT_DIR: join(dir, 'dist'),
      ATLAS_CACHE_DIR: join(dir, 'cache'),
    });
    site.runs.push({ ...run, log });
  }
}
/** The run with the median build time. */
const median = (runs: (typeof sites)[number]['runs']) =>
  [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)];

/** Seconds from a duration as Astro and Pagefind print it: "850ms", "7.63s", "1m 3s", "16.70 s". */
function seconds(text: string): number {
  const [, minutes, value, unit] = /(?:(\d+)m )?([\d.]+) ?(ms|s)/.exec(text)!;
  return Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

/**
 * Where the time went, read from a build's log: the phases Astro reports, the search index and badges
 * (Starlight's Pagefind pass in the baseline; scripts/after-build.ts in the Atlas).
 */
function phases(log: string): Record<string, string> {
  const text = readFileSync(log, 'utf8');
  const find = (pattern: RegExp) => {
    const match = pattern.exec(text);
    return match ? `${seconds(match[1]).toFixed(1)} s` : '–';
  };
  return {
    'content and setup': find(/\[build\] ✓ Completed in ((?:\d+m )?[\d.]+m?s)/),
    'bundling (Vite)': find(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/),
    'rendering pages and files': find(/^\S+ ✓ Completed in ((?:\d+m )?[\d.]+m?s)/m),
    'search index': find(/(?:Finished building search index|for search) in ((?:\d+m )?[\d.]+ ?m?s)/),
    // The Atlas writes its badges while Pagefind indexes (scripts/after-build.ts): the two overlap.
    badges: find(/badges in ([\d.]+ ?m?s)/),
  };
}

const rows = sites.map((site) => {
  const dist = join(ROOT, site.dir, 'dist');
  return {
    ...site,
    ...median(site.runs),
    pages: pageCount(dist),
    files: fileCount(dist),
    dist: du(dist),
    pagefind: du(join(dist, 'pagefind')),
  };
});
const runsNote = RUNS > 1 ? `, median of ${RUNS} runs` : '';
console.log(
  `\n${N} guides, ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${(await import('node:os')).cpus().length} cores${runsNote}`,
);
console.table(
  Object.fromEntries(
    rows.map((r) => [
      r.name,
      {
        'build (s)': r.seconds.toFixed(1),
        'peak memory': mb(Math.max(...r.runs.map((run) => run.peak))),
        'HTML pages': r.pages,
        'pages/s': (r.pages / r.seconds).toFixed(1),
        files: r.files,
        dist: mb(r.dist),
        'search index': mb(r.pagefind),
      },
    ]),
  ),
);
if (RUNS > 1) {
  for (const r of rows)
    console.log(
      `${r.name}: ${r.runs.map((run) => `${run.seconds.toFixed(1)} s`).join(', ')}; peak memory ${r.runs.map((run) => mb(run.peak)).join(', ')}`,
    );
}
const [atlas, plain] = rows;
console.log(`Build time ratio (Atlas / plain Starlight): ${(atlas.seconds / plain.seconds).toFixed(2)}`);
if (RUNS > 1)
  console.log(
    `  round by round: ${atlas.runs.map((run, i) => (run.seconds / plain.runs[i].seconds).toFixed(2)).join(', ')}`,
  );
console.log('\nWhere the time went (the median runs):');
console.table(Object.fromEntries(rows.map((r) => [r.name, phases(r.log)])));
console.log(`npm run check over ${N} guides: ${check.seconds.toFixed(2)} s (peak ${mb(check.peak)})`);
if (existsSync('dist/pagefind'))
  console.log(`Search index of the real site (dist/pagefind): ${mb(du('dist/pagefind'))}`);
console.log(`Build output: ${rows.flatMap((r) => r.runs.map((run) => run.log)).join(', ')}`);
if (!values.keep) for (const site of ['atlas', 'plain']) rmSync(join(ROOT, site), { recursive: true, force: true });
// The synthetic builds regenerated Astro's generated types in .astro/; the next real build or check rewrites them.
rmSync('.astro', { recursive: true, force: true });
