// @ts-check
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { REPO_URL, SITE_URL } from './src/site.ts';

// Without JavaScript, Starlight's tabs show only their first panel: show every panel, each
// introduced by its surface name, and hide the tab list that cannot work.
const noScriptTabs = `<style>
starlight-tabs .tablist-wrapper { display: none; }
starlight-tabs [role='tabpanel'][hidden] { display: block; }
.surface-name { display: block !important; }
</style>`;

export default defineConfig({
  site: SITE_URL,
  // The benchmark (scripts/bench.ts) builds a synthetic corpus from another source directory.
  srcDir: process.env.ATLAS_SRC_DIR ?? './src',
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  // Its own cache too, or the synthetic entries would leak into the next real build.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  // Render four pages at a time: while one page waits on the disk, another renders (1,000 guides:
  // 29 s of page generation at Astro's default of one, 19 s at four; docs/performance.md).
  build: { concurrency: 4 },
  integrations: [
    // Listed here (Starlight adds it otherwise) to keep the embed page out of the sitemap.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/matrix/') }),
    starlight({
      title: 'Opt-Out Atlas',
      description: 'What online platforms share by default, in their own words, and how to switch it off.',
      credits: false,
      // Search stays (src/components/Search.astro), but the index is built once, with a record per
      // setting, by scripts/after-build.ts (run by `npm run build`) instead of by Starlight.
      pagefind: false,
      social: [{ icon: 'github', label: 'Source code on GitHub', href: REPO_URL }],
      editLink: { baseUrl: `${REPO_URL}/edit/main/` },
      head: [{ tag: 'noscript', content: noScriptTabs }],
      customCss: ['./src/styles/guide.css'],
      routeMiddleware: './src/route-data.ts',
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Footer: './src/components/Footer.astro',
        Search: './src/components/Search.astro',
      },
      sidebar: [
        {
          label: 'Start here',
          items: [
            { label: 'About Opt-Out Atlas', link: '/' },
            { label: 'Compare platforms', link: '/compare/' },
            { label: 'Search settings', link: '/search/' },
            { label: 'Your checklist', link: '/checklist/' },
            { label: 'What changed', link: '/changes/' },
          ],
        },
        { label: 'Platforms', items: [{ autogenerate: { directory: 'platforms' } }] },
        {
          label: 'Reuse',
          items: [
            { label: 'Embed the matrix', link: '/embed/' },
            { label: 'Data API', link: '/api/' },
          ],
        },
        {
          label: 'Contribute',
          items: [
            { label: 'How to contribute', link: '/contribute/' },
            { label: 'Field reference', link: '/contribute/fields/' },
          ],
        },
      ],
    }),
  ],
});
