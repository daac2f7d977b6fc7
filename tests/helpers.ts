/** Fixture files, read the way `npm run check` reads real content. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOptions, readContentFiles } from '../src/lib/check/read-files.ts';
import { validateContent, type ContentFile } from '../src/lib/check/validate.ts';
import { resolveAtlas } from '../src/lib/atlas/resolve.ts';

export const FIXTURES = 'tests/fixtures';

/** The check's options for the real site (reserved IDs from src/pages). */
export const OPTIONS = checkOptions('src/pages');

/** The .mdx files of a fixture folder, placed in platforms/ as guides. */
export function fixtureGuides(dir: string): ContentFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({
      path: `platforms/${name}`,
      file: join(dir, name),
      source: readFileSync(join(dir, name), 'utf8'),
    }));
}

/** A fixture that is a whole content tree (for rules about where files live). */
export const fixtureTree = (dir: string) => readContentFiles(dir);

export const VALID = fixtureGuides(`${FIXTURES}/valid`);

export const validate = (files: ContentFile[]) => validateContent(files, OPTIONS);

/** The valid fixtures as a resolved atlas. */
export function fixtureAtlas() {
  const { guides, diagnostics } = validate(VALID);
  if (diagnostics.length) throw new Error(JSON.stringify(diagnostics));
  return resolveAtlas(guides.map(({ id, data }) => ({ id, data })));
}
