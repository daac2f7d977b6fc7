/**
 * Rebuilds Starlight's Pagefind index after the build, adding one record per setting
 * (src/lib/search-records.ts). Setting sections on guide pages carry `data-pagefind-ignore`, so
 * their text is indexed once, in the setting's own record.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecords } from '../lib/search-records.ts';
import { readGuideRecords } from '../lib/read-guides.ts';

export function settingSearchIndex(): AstroIntegration {
  let guidesDir = '';
  return {
    name: 'opt-out-atlas:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        guidesDir = fileURLToPath(new URL('./content/docs/platforms/', config.srcDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const check = <T extends { errors: string[] }>(response: T) => {
          if (response.errors.length) throw new Error(`Pagefind: ${response.errors.join('; ')}`);
          return response;
        };
        try {
          const { index } = check(await pagefind.createIndex({}));
          const { page_count } = check(await index!.addDirectory({ path: fileURLToPath(dir) }));
          const records = searchRecords(readGuideRecords(guidesDir));
          for (const record of records) check(await index!.addHTMLFile({ url: record.url, content: record.html }));
          check(await index!.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }));
          logger.info(`Indexed ${page_count} pages and ${records.length} settings.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
