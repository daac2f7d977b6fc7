// @ts-check
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { sha256, starlightScriptHashes } from './src/lib/csp.ts';
import { strings } from './src/lib/i18n/strings.ts';
import { countGuideFiles, platformsSidebarGroup } from './src/lib/sidebar.ts';
import { BASE_PATH, LOCALES, REPO_URL, SITE_URL } from './src/site.ts';

// Without JavaScript: hide the controls that need it (`.needs-script`: filter bars, shown from the
// first paint otherwise, so they do not move the page when the script runs); and, since Starlight's
// tabs then show only their first panel, show every panel, each introduced by its surface name, and
// hide the tab list that cannot work.
const noScriptCss = `
.needs-script { display: none !important; }
starlight-tabs .tablist-wrapper { display: none; }
starlight-tabs [role='tabpanel'][hidden] { display: block; }
.surface-name { display: block !important; }
`;

/** Pages that are not the site's own: the embed (iframes only) and the build's internal artifacts. */
const unlisted = ['embed/matrix/', 'internal/'].map((path) => `${BASE_PATH}${path}`);

/** A sidebar label in English, with its translations (src/content/i18n/). */
const nav = (/** @type {import('./src/lib/i18n/strings.ts').StringKey} */ key) => ({
  label: strings('en').t(key),
  translations: Object.fromEntries(
    Object.keys(LOCALES)
      .filter((lang) => strings(/** @type {any} */ (lang)).has(key))
      .map((lang) => [lang, strings(/** @type {any} */ (lang)).t(key)]),
  ),
});

// The pages for developers and contributors are in English: their links say so to every language.
const inEnglish = { hreflang: 'en' };

// The source folder: src/, or a copy (the browser tests' fixture sites, the benchmark). Starlight's
// overrides and middleware come from the same folder as the pages, so a copy is built whole.
const SRC = process.env.ATLAS_SRC_DIR ?? './src';

export default defineConfig({
  site: SITE_URL,
  // A fork on GitHub Pages is served at /<repo>/: set BASE_PATH (src/site.ts).
  base: BASE_PATH,
  trailingSlash: 'always',
  // The benchmark (scripts/bench.ts) builds a synthetic corpus from another source directory.
  srcDir: SRC,
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  // Its own cache too, or the synthetic entries would leak into the next real build.
  cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
  // Render four pages at a time: while one page waits on the disk, another renders (1,000 guides:
  // 29 s of page generation at Astro's default of one, 19 s at four; docs/performance.md).
  build: { concurrency: 4 },
  // A Content-Security-Policy on every page: only this site's own scripts (Astro hashes the ones it
  // bundles; src/lib/csp.ts hashes Starlight's inline ones), styles, images, frames and
  // connections; no plugins, no <base> override. An injected inline script is refused.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: starlightScriptHashes() },
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
        hashes: [sha256(noScriptCss)],
      },
    },
  },
  integrations: [
    sitemap({
      filter: (page) => !unlisted.some((path) => new URL(page).pathname.startsWith(path)),
      // Each page lists its other languages (xhtml:link alternates), as the pages' hreflang links do.
      i18n: {
        defaultLocale: 'en',
        locales: { en: 'en', ...Object.fromEntries(Object.keys(LOCALES).map((l) => [l, l])) },
      },
    }),
    starlight({
      title: 'Opt-Out Atlas',
      description: 'What online platforms share by default, in their own words, and how to switch it off.',
      credits: false,
      // Code blocks (the contributor guide's examples) as Astro's plain highlighted <pre>: Expressive
      // Code's frames put <div>s inside <code> and load a script for a copy button.
      expressiveCode: false,
      // English at the root, and German, French and Spanish: a guide without a translation is served
      // from English in every language, with Starlight's notice in the reader's language.
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        ...Object.fromEntries(Object.entries(LOCALES).map(([lang, label]) => [lang, { label, lang }])),
      },
      // Search stays (src/components/Search.astro), but the index is built once, with a record per
      // setting, by scripts/after-build.ts (run by `npm run build`) instead of by Starlight.
      pagefind: false,
      social: [{ icon: 'github', label: 'Source code on GitHub', href: REPO_URL }],
      editLink: { baseUrl: `${REPO_URL}/edit/main/` },
      head: [{ tag: 'noscript', content: `<style>${noScriptCss}</style>` }],
      customCss: [`${SRC}/styles/guide.css`],
      routeMiddleware: `${SRC}/route-data.ts`,
      components: {
        MarkdownContent: `${SRC}/components/MarkdownContent.astro`,
        Footer: `${SRC}/components/Footer.astro`,
        Search: `${SRC}/components/Search.astro`,
      },
      sidebar: [
        {
          ...nav('atlas.nav.start'),
          items: [
            { ...nav('atlas.nav.overview'), link: '/' },
            { ...nav('atlas.nav.allPlatforms'), link: '/platforms/' },
            { ...nav('atlas.nav.compare'), link: '/compare/' },
            { ...nav('atlas.nav.search'), link: '/search/' },
            { ...nav('atlas.nav.checklist'), link: '/checklist/' },
            { ...nav('atlas.nav.changes'), link: '/changes/' },
            { ...nav('atlas.nav.translations'), link: '/translations/' },
          ],
        },
        { ...platformsSidebarGroup(countGuideFiles(`${SRC}/content/docs/platforms`)), ...nav('atlas.nav.platforms') },
        {
          ...nav('atlas.nav.reuse'),
          items: [
            { ...nav('atlas.nav.embed'), link: '/embed/', attrs: inEnglish },
            { ...nav('atlas.nav.api'), link: '/api/', attrs: inEnglish },
          ],
        },
        {
          ...nav('atlas.nav.contribute'),
          items: [
            { ...nav('atlas.nav.howToContribute'), link: '/contribute/', attrs: inEnglish },
            { ...nav('atlas.nav.fields'), link: '/contribute/fields/', attrs: inEnglish },
            { ...nav('atlas.nav.review'), link: '/review/', attrs: inEnglish },
          ],
        },
      ],
    }),
  ],
});
