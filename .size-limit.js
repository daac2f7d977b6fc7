// Byte budgets on the built site (gzip). `npm test` fails when one is exceeded.
import { ownScripts, pageAssets, pageHtml } from './scripts/page-assets.mjs';

export default [
  { name: 'Embed loader /embed.js', path: 'dist/embed.js', limit: '2 KB', gzip: true },
  {
    name: 'Embed page /embed/matrix/ with everything it loads',
    path: [pageHtml('embed/matrix'), ...pageAssets('embed/matrix')],
    limit: '40 KB',
    gzip: true,
  },
  {
    name: 'Guide page: its own JavaScript (the checklist box)',
    path: ownScripts('platforms/x'),
    limit: '1.5 KB',
    gzip: true,
  },
  { name: 'Matrix page /compare/: its own JavaScript', path: ownScripts('compare'), limit: '10 KB', gzip: true },
];
