/** Applies a matrix filter to the rendered table: region, visible columns and rows, order. */
import { cellShown, columnShown, rowShown, sortRows, type MatrixFilter, type RowData } from '../lib/matrix-filter.ts';
import type { CellState } from '../lib/matrix.ts';
import { REGION_TEXT, STATE_TEXT } from '../lib/matrix-labels.ts';

const stateKey = (region: string) => `state${region[0].toUpperCase()}${region.slice(1).toLowerCase()}`;

function readRows(table: HTMLTableElement, region: string): RowData[] {
  return [...table.tBodies[0].rows].map((tr) => ({
    id: tr.dataset.platform!,
    name: tr.dataset.name!,
    states: Object.fromEntries(
      [...tr.querySelectorAll<HTMLTableCellElement>('td[data-category]')].map((td) => [
        td.dataset.category!,
        td.dataset[stateKey(region)] as CellState,
      ]),
    ),
  }));
}

export function applyFilter(table: HTMLTableElement, filter: MatrixFilter): void {
  table.closest('body')?.setAttribute('data-js', '');
  const rows = readRows(table, filter.region);
  const byId = new Map([...table.tBodies[0].rows].map((tr) => [tr.dataset.platform!, tr]));
  for (const row of rows) {
    const tr = byId.get(row.id)!;
    tr.hidden = !rowShown(row, filter);
    for (const td of tr.querySelectorAll<HTMLTableCellElement>('td[data-category]')) {
      const state = row.states[td.dataset.category!];
      td.dataset.state = state;
      td.querySelector('[data-cell-text]')!.textContent = STATE_TEXT[state].text;
      td.querySelector('[data-cell-symbol]')!.textContent = STATE_TEXT[state].symbol;
      td.hidden = !columnShown(td.dataset.category!, filter);
      td.toggleAttribute('data-dimmed', !cellShown(state, filter));
    }
  }
  for (const th of table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-category]')) {
    th.hidden = !columnShown(th.dataset.category!, filter);
  }
  for (const id of sortRows(rows, filter)) table.tBodies[0].append(byId.get(id)!);
  const label = table.querySelector('[data-region-label]');
  if (label) label.textContent = REGION_TEXT[filter.region];
}
