/**
 * Serves the sites for the browser tests: the real site from dist/ (building it first if it is
 * missing), and the fixture site, at the root and under a base path. A static server of our own
 * rather than `astro preview`, which allows one instance per machine and would stop a developer's
 * running preview.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './chromium.ts';
import { BASE, buildFixtureSite } from './sites.ts';

function serve(dir: string, base = '/'): Promise<{ server: Server; origin: string }> {
  const files = sirv(dir, { dev: false, etag: true });
  const server = createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end('Not found');
    };
    if (!req.url?.startsWith(base)) return notFound();
    req.url = `/${req.url.slice(base.length)}`;
    files(req, res, notFound);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
  const dist = process.env.ATLAS_OUT_DIR ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const sites = await Promise.all([
    serve(dist),
    serve(buildFixtureSite('root')),
    serve(buildFixtureSite('base', { BASE_PATH: BASE }), BASE),
  ]);
  project.provide('origin', sites[0].origin);
  project.provide('fixtureOrigin', sites[1].origin);
  project.provide('baseOrigin', `${sites[2].origin}${BASE.replace(/\/$/, '')}`);
  return () => Promise.all(sites.map(({ server }) => new Promise<void>((resolve) => server.close(() => resolve()))));
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    fixtureOrigin: string;
    /** The base-path fixture site's root, e.g. http://127.0.0.1:4000/atlas (no trailing slash). */
    baseOrigin: string;
  }
}
