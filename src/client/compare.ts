/**
 * The matrix filters (landing page and /compare/): reads the form and applies it to the table.
 * The region starts from the reader's browser languages, worked out here and never sent anywhere.
 */
import { DEFAULT_FILTER, type MatrixFilter } from '../lib/matrix-filter.ts';
import { regionForLanguages, type MatrixRegion } from '../lib/matrix-regions.ts';
import { liveForm } from './live-form.ts';
import { applyFilter } from './matrix-dom.ts';

const form = document.querySelector<HTMLFormElement>('[data-matrix-controls]');
const table = document.querySelector<HTMLTableElement>('[data-matrix]');

if (form && table) {
  const region = form.elements.namedItem('region') as HTMLSelectElement | null;
  if (region && !new URLSearchParams(location.search).has('region'))
    region.value = regionForLanguages(navigator.languages);
  const read = (): MatrixFilter => {
    const data = new FormData(form);
    return {
      ...DEFAULT_FILTER,
      region: (data.get('region') as MatrixRegion) ?? 'default',
      categories: data.getAll('category') as string[],
      query: String(data.get('platform') ?? ''),
      onlyShared: data.get('only') === 'shared',
      sort: data.get('sort') === 'most-shared' ? 'most-shared' : 'name',
    };
  };
  liveForm(form, () => applyFilter(table, read()));
}
