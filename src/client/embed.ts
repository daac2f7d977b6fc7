/** The embed page: applies the query string to the table and reports its height to the host page. */
import { HEIGHT_MESSAGE, parseEmbedParams } from '../lib/embed.ts';
import { applyFilter } from './matrix-dom.ts';

const table = document.querySelector<HTMLTableElement>('[data-matrix]')!;
const known = {
  platforms: [...table.tBodies[0].rows].map((tr) => tr.dataset.platform!),
  categories: [...table.tHead!.querySelectorAll<HTMLElement>('th[data-category]')].map((th) => th.dataset.category!),
};
const { filter, theme } = parseEmbedParams(location.search, known);
document.documentElement.dataset.theme = theme;
applyFilter(table, filter);

// The host page sizes the iframe from this message (see /embed.js); the height is not secret, so
// any parent may read it, and the loader checks that the message comes from this frame and origin.
const report = () => {
  if (window.parent === window) return;
  // The content's height, with any open cell's details that hang below it; not the root's
  // scrollHeight, which never drops below the frame's current height, so the frame could not shrink.
  const height = Math.ceil(
    Math.max(document.documentElement.getBoundingClientRect().height, document.body.scrollHeight),
  );
  window.parent.postMessage({ type: HEIGHT_MESSAGE.type, height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
