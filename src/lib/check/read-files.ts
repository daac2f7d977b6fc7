/** Reads the content files from disk for the check, the scripts and the tests (outside Astro). */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOCALES } from '../../site.ts';
import { reservedGuideIds } from '../routes.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { validateContent, type CheckOptions, type ContentFile, type ValidGuide } from './validate.ts';

/** Where Starlight loads pages from (below $ATLAS_SRC_DIR, as for Astro): every file below it passes the check. */
const SRC = process.env.ATLAS_SRC_DIR ?? 'src';
export const CONTENT_ROOT = `${SRC}/content/docs`;
export const PAGES_DIR = `${SRC}/pages`;

/** Every file below `root` (symbolic links are listed, never followed), sorted. */
export function readContentFiles(root = CONTENT_ROOT): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const stat = lstatSync(full);
      const path = relative(root, full).split(sep).join('/');
      if (stat.isSymbolicLink()) files.push({ path, file: full, source: '', symlink: true });
      else if (stat.isDirectory()) walk(full);
      else files.push({ path, file: full, source: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return files;
}

/** The top-level route names of the site (`compare`, `api`, `feeds`…), from the pages folder. */
export function routeNames(pagesDir = PAGES_DIR): string[] {
  const names = (dir: string) => readdirSync(dir).map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, ''));
  // Pages served in every language live in `[...lang]/`: their names are top-level routes too.
  const localized = existsSync(`${pagesDir}/[...lang]`) ? names(`${pagesDir}/[...lang]`) : [];
  return [...names(pagesDir), ...localized].filter((name) => !name.startsWith('['));
}

export const checkOptions = (pagesDir = PAGES_DIR): CheckOptions => ({
  reservedIds: reservedGuideIds(routeNames(pagesDir), Object.keys(LOCALES)),
});

/** The guides that pass, for scripts and tests; throws with the diagnostics if anything fails. */
export function readValidGuides(root = CONTENT_ROOT): ValidGuide[] {
  const { guides, diagnostics } = validateContent(readContentFiles(root), checkOptions());
  if (diagnostics.length) throw new Error(diagnostics.map(formatDiagnostic).join('\n\n'));
  return guides;
}
