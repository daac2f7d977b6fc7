/**
 * Files generated after the build from the guide data, where an Astro route per file would cost
 * more than the file itself (measured by `npm run bench`):
 * - one SVG badge per platform and category, /badges/<platform>/<category>.svg;
 * - the Pagefind index, rebuilt with one record per setting (src/lib/search-records.ts). Setting
 *   sections on guide pages carry `data-pagefind-ignore`, so their text is indexed once.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { renderBadge } from '../lib/badge.ts';
import { searchRecords } from '../lib/search-records.ts';
import {
  publicMatrixFileSchema,
  publicPlatformsFileSchema,
  type PublicPlatform,
} from '../schemas/public.ts';
import { categories } from '../schemas/vocabulary.ts';

// Built from the published data the build has just written and validated (dist/api/v1/).
const readPublished = <T>(dist: URL, file: string, schema: { parse(data: unknown): T }) =>
  schema.parse(JSON.parse(readFileSync(new URL(`./api/v1/${file}`, dist), 'utf8')));

function writeBadges(dist: URL): number {
  let count = 0;
  for (const row of readPublished(dist, 'matrix.json', publicMatrixFileSchema).rows) {
    const dir = new URL(`./badges/${row.platform}/`, dist);
    mkdirSync(dir, { recursive: true });
    for (const cell of row.cells) {
      writeFileSync(new URL(`${cell.category}.svg`, dir), renderBadge(`${row.name} · ${categories[cell.category].short}`, cell.states.default));
      count += 1;
    }
  }
  return count;
}

async function writeSearchIndex(platforms: PublicPlatform[], dist: URL): Promise<{ pages: number; records: number }> {
  const check = <T extends { errors: string[] }>(response: T) => {
    if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
    return response;
  };
  try {
    const { index } = check(await pagefind.createIndex({}));
    const { page_count } = check(await index!.addDirectory({ path: fileURLToPath(dist) }));
    const records = searchRecords(platforms);
    // Sent together: Pagefind's service handles them concurrently, one by one costs a round trip each.
    const results = await Promise.all(records.map((record) => index!.addHTMLFile({ url: record.url, content: record.html })));
    results.forEach(check);
    check(await index!.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dist)) }));
    return { pages: page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}

export function generatedFiles(): AstroIntegration {
  return {
    name: 'opt-out-atlas:generated-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`Wrote ${writeBadges(dir)} badges.`);
        const { platforms } = readPublished(dir, 'platforms.json', publicPlatformsFileSchema);
        const { pages, records } = await writeSearchIndex(platforms, dir);
        logger.info(`Indexed ${pages} pages and ${records} settings for search.`);
      },
    },
  };
}
