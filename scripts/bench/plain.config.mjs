// The baseline for `npm run bench`: a plain Starlight site with the same pages and text, and the
// same sidebar (every guide up to the Atlas's limit, a link to the index beyond it).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { countGuideFiles, platformsSidebarGroup } from '../../src/lib/sidebar.ts';

export default defineConfig({
  srcDir: process.env.ATLAS_SRC_DIR,
  outDir: process.env.ATLAS_OUT_DIR,
  cacheDir: process.env.ATLAS_CACHE_DIR,
  integrations: [
    starlight({
      title: 'Baseline',
      sidebar: [platformsSidebarGroup(countGuideFiles(`${process.env.ATLAS_SRC_DIR}/content/docs/platforms`))],
    }),
  ],
});
