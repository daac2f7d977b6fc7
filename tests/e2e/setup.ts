/** Serves the built site for the browser tests; builds it first if `dist` is missing. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser.ts';

const PORT = 4400;
let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  }
  if (!existsSync('dist/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  const origin = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  project.provide('origin', origin);
  return () => {
    if (server?.pid) process.kill(-server.pid);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}
