// The baseline for `npm run bench`: a plain Starlight site with the same pages and text, in the same
// languages, and the same sidebar (every guide up to the Atlas's limit, a link to the index beyond it).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { countGuideFiles, platformsSidebarGroup } from '../../src/lib/sidebar.ts';
import { LOCALES } from '../../src/site.ts';

export default defineConfig({
  srcDir: process.env.ATLAS_SRC_DIR,
  outDir: process.env.ATLAS_OUT_DIR,
  cacheDir: process.env.ATLAS_CACHE_DIR,
  integrations: [
    starlight({
      title: 'Baseline',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        ...Object.fromEntries(Object.entries(LOCALES).map(([lang, label]) => [lang, { label, lang }])),
      },
      sidebar: [platformsSidebarGroup(countGuideFiles(`${process.env.ATLAS_SRC_DIR}/content/docs/platforms`))],
    }),
  ],
});
