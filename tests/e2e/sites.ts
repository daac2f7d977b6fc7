/**
 * The sites the browser tests visit: the real site (dist/, built by `npm run build`) for the
 * site-wide checks, and a small fixture site built from tests/site/ for behaviour: once at the root
 * and once under a base path, as a fork on GitHub Pages serves it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_ROOT = '.fixture';
export const BASE = '/atlas/';

/** Builds the fixture site into .fixture/<name>/dist with the project's build command. */
export function buildFixtureSite(name: string, env: Record<string, string> = {}): string {
  const root = join(FIXTURE_ROOT, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('src', join(root, 'src'), { recursive: true });
  rmSync(join(root, 'src/content/docs'), { recursive: true });
  cpSync('tests/site', join(root, 'src/content/docs'), { recursive: true });
  // What a source check found: one quote found, one changed (hostile text), one for another page.
  cpSync('tests/fixtures/site/source-status.json', join(root, 'src/data/source-status.json'));
  // Pages import files beside src/ (the contributor guide).
  cpSync('CONTRIBUTING.md', join(root, 'CONTRIBUTING.md'));
  const dist = join(root, 'dist');
  execFileSync(process.execPath, ['scripts/build.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ATLAS_SRC_DIR: join(root, 'src'),
      ATLAS_OUT_DIR: dist,
      ATLAS_CACHE_DIR: join(root, 'cache'),
      ...env,
    },
  });
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`The fixture site ${name} did not build.`);
  return dist;
}
