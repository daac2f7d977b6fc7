/** Reads and validates the guide files from disk, outside Astro (the scripts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from './diagnostics.ts';
import { sortGuides, type GuideRecord } from './guides.ts';
import { validateGuides, type GuideFile } from './validate.ts';

export const GUIDES_DIR = 'src/content/docs/platforms';

export function readGuideFiles(dir = GUIDES_DIR): GuideFile[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => ({ file: join(dir, name), source: readFileSync(join(dir, name), 'utf8') }));
}

/** Valid guides as records; throws with the diagnostics if any guide is invalid. */
export function readGuideRecords(dir = GUIDES_DIR): GuideRecord[] {
  const { guides, diagnostics } = validateGuides(readGuideFiles(dir));
  if (diagnostics.length) throw new Error(diagnostics.map(formatDiagnostic).join('\n\n'));
  return sortGuides(guides.map(({ id, data }) => ({ id, data })));
}
