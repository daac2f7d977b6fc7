/** The /search/ page: Pagefind's UI with filters, reading and writing `?q=` so searches can be shared. */
import { PagefindUI } from '@pagefind/default-ui';
import '@pagefind/default-ui/css/ui.css';

const element = document.querySelector<HTMLElement>('[data-search-page]');
if (element) {
  const ui = new PagefindUI({
    element,
    bundlePath: '/pagefind/',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: true,
    translations: { placeholder: 'Search settings, e.g. “grok training”' },
    processTerm: (term: string) => {
      const url = new URL(location.href);
      if (term) url.searchParams.set('q', term);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      return term;
    },
  });
  // Pagefind's input has only a placeholder: give it a real label.
  const input = element.querySelector('input');
  if (input) {
    input.id = 'search-input';
    const label = document.createElement('label');
    label.htmlFor = 'search-input';
    label.textContent = 'Search settings';
    element.before(label);
  }
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query.slice(0, 200));
  element.closest('[data-search-shell]')?.querySelector('[data-no-js]')?.remove();
}
