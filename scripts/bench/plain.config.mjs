// The baseline for `npm run bench`: a plain Starlight site with the same pages and text.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: process.env.ATLAS_SRC_DIR,
  outDir: process.env.ATLAS_OUT_DIR,
  cacheDir: process.env.ATLAS_CACHE_DIR,
  integrations: [
    starlight({
      title: 'Baseline',
      sidebar: [{ label: 'Platforms', items: [{ autogenerate: { directory: 'platforms' } }] }],
    }),
  ],
});
