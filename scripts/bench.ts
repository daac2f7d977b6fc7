/**
 * Builds N synthetic guides and, in the same run, a plain Starlight site with the same pages and
 * text, and prints build time, peak memory, pages per second, dist size, search index size and
 * `npm run check` time for both, with the ratio. Figures are printed, not asserted.
 *
 * Usage: npm run bench [-- --guides N] [--keep]
 *   --guides N  number of synthetic guides (default 1000)
 *   --keep      keep the generated sites in .bench/ for inspection
 *   --help      show this help
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { plainPage, syntheticGuide } from './bench/synthetic.ts';
import { printUsage } from './usage.ts';

const { values } = parseArgs({
  options: { guides: { type: 'string', default: '1000' }, keep: { type: 'boolean' }, help: { type: 'boolean' } },
});
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}
const N = Number(values.guides);
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

/** Runs a command, returning wall time and peak memory of its process tree. */
function measure(command: string, args: string[], env: Record<string, string> = {}): Promise<{ seconds: number; peak: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolve({ seconds: (performance.now() - started) / 1000, peak });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
    });
  });
}

function prepare() {
  rmSync(ROOT, { recursive: true, force: true });
  const atlas = join(ROOT, 'atlas/src');
  cpSync('src', atlas, { recursive: true });
  // Pages import files beside src/ (the contributor guide).
  cpSync('CONTRIBUTING.md', join(ROOT, 'atlas/CONTRIBUTING.md'));
  rmSync(join(atlas, 'content/docs/platforms'), { recursive: true });
  mkdirSync(join(atlas, 'content/docs/platforms'));
  const plain = join(ROOT, 'plain/src/content/docs/platforms');
  mkdirSync(plain, { recursive: true });
  writeFileSync(join(ROOT, 'plain/src/content.config.ts'), `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`);
  writeFileSync(join(ROOT, 'plain/src/content/docs/index.md'), '---\ntitle: Baseline\n---\n\nBaseline.\n');
  for (let n = 1; n <= N; n++) {
    writeFileSync(join(atlas, `content/docs/platforms/platform-${n}.mdx`), syntheticGuide(n));
    writeFileSync(join(plain, `platform-${n}.md`), plainPage(n));
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pageCount = (dist: string) => {
  let count = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) count += 1;
    }
  };
  walk(dist);
  return count;
};

console.log(`Generating ${N} synthetic guides (8 settings each) and the same text as plain Starlight pages…`);
prepare();

const check = await measure(process.execPath, ['scripts/check.ts', '--dir', join(ROOT, 'atlas/src/content/docs/platforms')]);
const runs = {
  'Opt-Out Atlas': await measure('npx', ['astro', 'build'], {
    ATLAS_SRC_DIR: join(ROOT, 'atlas/src'),
    ATLAS_OUT_DIR: join(ROOT, 'atlas/dist'),
    ATLAS_CACHE_DIR: join(ROOT, 'atlas/cache'),
  }),
  'Plain Starlight': await measure('npx', ['astro', 'build', '--config', 'scripts/bench/plain.config.mjs'], {
    ATLAS_SRC_DIR: join(ROOT, 'plain/src'),
    ATLAS_OUT_DIR: join(ROOT, 'plain/dist'),
    ATLAS_CACHE_DIR: join(ROOT, 'plain/cache'),
  }),
};
const dists = { 'Opt-Out Atlas': join(ROOT, 'atlas/dist'), 'Plain Starlight': join(ROOT, 'plain/dist') };

const rows = Object.entries(runs).map(([name, run]) => {
  const dist = dists[name as keyof typeof dists];
  const pages = pageCount(dist);
  return { name, ...run, pages, dist: du(dist), pagefind: du(join(dist, 'pagefind')) };
});
console.log(`\n${N} guides, ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${(await import('node:os')).cpus().length} cores`);
console.table(
  Object.fromEntries(
    rows.map((r) => [
      r.name,
      {
        'build (s)': r.seconds.toFixed(1),
        'peak memory': mb(r.peak),
        'HTML pages': r.pages,
        'pages/s': (r.pages / r.seconds).toFixed(1),
        dist: mb(r.dist),
        'search index': mb(r.pagefind),
      },
    ]),
  ),
);
console.log(`Build time ratio (Atlas / plain Starlight): ${(rows[0].seconds / rows[1].seconds).toFixed(2)}`);
console.log(`npm run check over ${N} guides: ${check.seconds.toFixed(2)} s (peak ${mb(check.peak)})`);
if (existsSync('dist/pagefind')) console.log(`Search index of the real site (dist/pagefind): ${mb(du('dist/pagefind'))}`);
if (!values.keep) rmSync(ROOT, { recursive: true, force: true });
// The synthetic builds regenerated Astro's generated types in .astro/; the next real build or check rewrites them.
rmSync('.astro', { recursive: true, force: true });
