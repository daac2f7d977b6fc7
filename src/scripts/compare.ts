/** The /compare/ page: reads the filter form and applies it to the table. */
import { liveForm } from './live-form.ts';
import { DEFAULT_FILTER, type MatrixFilter } from '../lib/matrix-filter.ts';
import type { MatrixRegion } from '../lib/matrix.ts';
import { applyFilter } from './matrix-dom.ts';

const form = document.querySelector<HTMLFormElement>('[data-matrix-controls]');
const table = document.querySelector<HTMLTableElement>('[data-matrix]');

if (form && table) {
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
  const update = () => applyFilter(table, read());
  liveForm(form, update);
}
