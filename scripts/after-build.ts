/**
 * Writes the files made from the built site's published data (dist/api/v1/), where an Astro route
 * per file would cost more than the file itself:
 * - one SVG badge per platform and category, /badges/<platform>/<category>.svg;
 * - the Pagefind index: the built pages plus one record per setting (src/lib/search-records.ts).
 *   Setting sections on guide pages carry `data-pagefind-ignore`, so their text is indexed once.
 *   This is the site's only Pagefind pass: Starlight's own is switched off in astro.config.mjs.
 *
 * `npm run build` runs it after `astro build` has exited, so that Pagefind does not start while the
 * build still holds its memory (docs/performance.md has the figures).
 *
 * Usage: node scripts/after-build.ts [--dist DIR]
 *   --dist DIR  the built site (default: $ATLAS_OUT_DIR, or dist)
 *   --help      show this help
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { renderBadge } from '../src/lib/badge.ts';
import { searchRecords } from '../src/lib/search-records.ts';
import { publicMatrixFileSchema, publicPlatformsFileSchema, type PublicPlatform } from '../src/schemas/public.ts';
import { categories } from '../src/schemas/vocabulary.ts';
import { printUsage } from './usage.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: process.env.ATLAS_OUT_DIR ?? 'dist' }, help: { type: 'boolean' } },
});
if (values.help) {
  printUsage(import.meta.url);
  process.exit(0);
}
const dist = resolve(values.dist);

// The build has just written these files and validated them against the public schema.
const readPublished = <T>(file: string, schema: { parse(data: unknown): T }) =>
  schema.parse(JSON.parse(readFileSync(`${dist}/api/v1/${file}`, 'utf8')));

async function writeBadges(): Promise<number> {
  const { rows } = readPublished('matrix.json', publicMatrixFileSchema);
  const written = await Promise.all(
    rows.map(async (row) => {
      const dir = `${dist}/badges/${row.platform}`;
      await mkdir(dir, { recursive: true });
      await Promise.all(
        row.cells.map((cell) =>
          writeFile(
            `${dir}/${cell.category}.svg`,
            renderBadge(`${row.name} · ${categories[cell.category].short}`, cell.states.default),
          ),
        ),
      );
      return row.cells.length;
    }),
  );
  return written.reduce((sum, count) => sum + count, 0);
}

async function writeSearchIndex(platforms: PublicPlatform[]): Promise<{ pages: number; records: number }> {
  const check = <T extends { errors: string[] }>(response: T) => {
    if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
    return response;
  };
  try {
    const { index } = check(await pagefind.createIndex({}));
    const { page_count } = check(await index!.addDirectory({ path: dist }));
    const records = searchRecords(platforms);
    // Sent together: Pagefind's service handles them concurrently, one by one costs a round trip each.
    const results = await Promise.all(
      records.map((record) => index!.addHTMLFile({ url: record.url, content: record.html })),
    );
    results.forEach(check);
    check(await index!.writeFiles({ outputPath: `${dist}/pagefind` }));
    return { pages: page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}

const started = performance.now();
const took = () => `${((performance.now() - started) / 1000).toFixed(2)} s`;
const { platforms } = readPublished('platforms.json', publicPlatformsFileSchema);
// Pagefind indexes in its own process while the badges are written.
await Promise.all([
  writeSearchIndex(platforms).then(({ pages, records }) =>
    console.log(`Indexed ${pages} pages and ${records} settings for search in ${took()}.`),
  ),
  writeBadges().then((count) => console.log(`Wrote ${count} badges in ${took()}.`)),
]);
console.log(`Search index and badges written to ${dist}.`);
