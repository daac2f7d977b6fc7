// Byte budgets on the built site (gzip). `npm test` fails when one is exceeded. (The guide page's
// own script is small enough for Astro to inline; tests/dist/pages.test.ts budgets it.)
import { ownScripts, pageAssets, pageHtml } from './scripts/page-assets.mjs';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';

export default [
  { name: 'Embed loader /embed.js', path: `${DIST}/embed.js`, limit: '2 KB', gzip: true },
  {
    name: 'Embed page /embed/matrix/ with everything it loads',
    path: [pageHtml('embed/matrix'), ...pageAssets('embed/matrix')],
    limit: '60 KB',
    gzip: true,
  },
  { name: 'Matrix page /compare/: its own JavaScript', path: ownScripts('compare'), limit: '10 KB', gzip: true },
];
