/** Reads fixture guides the way `npm run check` reads real ones. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GuideFile } from '../src/lib/validate.ts';

export const FIXTURES = 'tests/fixtures';

export function readGuides(dir: string): GuideFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}
