/**
 * The /search/ page: Pagefind's UI with filters. Questions are rewritten to the index's words
 * (src/lib/search/query.ts); the address keeps the reader's own words (`?q=`), so a search can be shared.
 */
import { PagefindUI } from '@pagefind/default-ui';
import '@pagefind/default-ui/css/ui.css';
import { rewriteQuery } from '../lib/search/query.ts';

const element = document.querySelector<HTMLElement>('[data-search-page]');
if (element) {
  const ui = new PagefindUI({
    element,
    bundlePath: element.dataset.bundle!,
    baseUrl: element.dataset.base!,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    autofocus: true,
    openFilters: [],
    // Pagefind's UI has its own words in each language; the placeholder is the page's. Pagefind
    // reads the page's language and searches that language's index.
    translations: { placeholder: element.dataset.placeholder ?? '' },
    processTerm: (term: string) => {
      const url = new URL(location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      return rewriteQuery(term);
    },
  });
  // Pagefind's input has only a placeholder: give it a real label.
  const input = element.querySelector('input');
  if (input) {
    input.id = 'search-input';
    const label = document.createElement('label');
    label.htmlFor = 'search-input';
    label.textContent = element.dataset.label ?? '';
    element.before(label);
  }
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query.slice(0, 200));
  element.closest('[data-search-shell]')?.querySelector('[data-no-js]')?.remove();
}
