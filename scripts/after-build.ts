/**
 * Writes the files made from the resolved atlas after `astro build` has exited, where an Astro
 * route per file would cost more than the file itself (the build wrote their content to
 * `internal/artifacts.json`, which is removed here):
 * - one SVG badge per platform and category, /badges/<platform>/<category>.svg;
 * - the Pagefind index: the built pages plus one record per setting and incident
 *   (src/lib/search/records.ts). This is the site's only Pagefind pass.
 *
 * Usage: node scripts/after-build.ts [--dist DIR]
 *   --dist DIR  the built site (default: $ATLAS_OUT_DIR, or dist)
 *   --help      show this help
 */
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { BadgeFile } from '../src/lib/publish/badge.ts';
import { renderBadge } from '../src/lib/publish/badge.ts';
import type { SearchRecord } from '../src/lib/search/records.ts';
import { BASE_PATH } from '../src/site.ts';
import { printUsage } from './usage.ts';

export const ARTIFACTS = 'internal/artifacts.json';

/** Files written at once: enough to keep the disk busy, few enough to stay under the open-file limit (10,000 guides: 150,000 badges). */
const WRITE_BATCH = 256;

async function writeBadges(dist: string, badges: BadgeFile[]): Promise<number> {
  const folders = new Set(badges.map((badge) => dirname(join(dist, badge.file))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (let start = 0; start < badges.length; start += WRITE_BATCH) {
    await Promise.all(
      badges
        .slice(start, start + WRITE_BATCH)
        .map((badge) => writeFile(join(dist, badge.file), renderBadge(badge.label, badge.state))),
    );
  }
  return badges.length;
}

async function writeSearchIndex(dist: string, records: SearchRecord[]): Promise<{ pages: number; records: number }> {
  const check = <T extends { errors: string[] }>(response: T) => {
    if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
    return response;
  };
  try {
    const { index } = check(await pagefind.createIndex({}));
    // Pages are indexed at their URL under the base path, as the site serves them.
    const { page_count } = check(await index!.addDirectory({ path: dist }));
    // Pagefind stores URLs from the site root, and the search UIs add the base path back (baseUrl).
    const fromRoot = (url: string) => (url.startsWith(BASE_PATH) ? `/${url.slice(BASE_PATH.length)}` : url);
    // Sent together: Pagefind's service handles them concurrently, one by one costs a round trip each.
    const results = await Promise.all(
      records.map((record) => index!.addHTMLFile({ url: fromRoot(record.url), content: record.html })),
    );
    results.forEach(check);
    check(await index!.writeFiles({ outputPath: join(dist, 'pagefind') }));
    return { pages: page_count, records: records.length };
  } finally {
    await pagefind.close();
  }
}

/** Reads the build's artifacts, writes badges and the search index into `dist`, removes the artifacts. */
export async function afterBuild(dist: string): Promise<void> {
  const started = performance.now();
  const took = () => `${((performance.now() - started) / 1000).toFixed(2)} s`;
  const file = join(dist, ARTIFACTS);
  const { searchRecords, badges } = JSON.parse(readFileSync(file, 'utf8')) as {
    searchRecords: SearchRecord[];
    badges: BadgeFile[];
  };
  // The artifacts are the build's own, not the site's: gone before the index reads the pages.
  rmSync(join(dist, dirname(ARTIFACTS)), { recursive: true, force: true });
  await Promise.all([
    writeSearchIndex(dist, searchRecords).then(({ pages, records }) =>
      console.log(`Indexed ${pages} pages and ${records} settings and incidents for search in ${took()}.`),
    ),
    writeBadges(dist, badges).then((count) => console.log(`Wrote ${count} badges in ${took()}.`)),
  ]);
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: process.env.ATLAS_OUT_DIR ?? 'dist' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    printUsage(import.meta.url);
    process.exit(0);
  }
  await afterBuild(resolve(values.dist!));
}
