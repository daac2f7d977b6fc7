/** Applies a matrix filter to the rendered table: region, visible columns and rows, order, dates. */
import { cellShown, columnShown, rowShown, sortRows, type MatrixFilter, type RowData } from '../lib/matrix-filter.ts';
import { cellFace, decodeOthers, ENGLISH_STATE_WORDS, type MatrixWords } from '../lib/atlas/matrix-view.ts';
import { REGION_NAMES } from '../lib/matrix-regions.ts';
import type { CellState } from '../lib/presentation.ts';

/** The page's words for states and regions (MatrixTable writes them as JSON); English if absent. */
const words: MatrixWords = (() => {
  const json = document.querySelector('script[data-matrix-words]')?.textContent;
  try {
    if (json) return JSON.parse(json) as MatrixWords;
  } catch {
    // A page without valid words keeps English ones.
  }
  return { lang: 'en', states: ENGLISH_STATE_WORDS, also: '{{label}}; also {{rest}}', regions: REGION_NAMES };
})();

const key = (prefix: string, region: string) => `${prefix}${region[0].toUpperCase()}${region.slice(1).toLowerCase()}`;
/** A cell's state and others in a region; the markup gives a region only where it differs from the default. */
const stateIn = (td: HTMLElement, region: string) =>
  (td.dataset[key('state', region)] ?? td.dataset.stateDefault ?? 'none') as CellState;
const othersIn = (td: HTMLElement, region: string) =>
  td.dataset[key('others', region)] ?? td.dataset.othersDefault ?? '';
const dateFormat = new Intl.DateTimeFormat(words.lang === 'en' ? 'en-GB' : words.lang, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function readRows(table: HTMLTableElement, region: string): RowData[] {
  return [...table.tBodies[0].rows].map((tr) => ({
    id: tr.dataset.platform!,
    name: tr.dataset.name!,
    states: Object.fromEntries(
      [...tr.querySelectorAll<HTMLTableCellElement>('td[data-category]')].map((td) => [
        td.dataset.category!,
        stateIn(td, region),
      ]),
    ),
  }));
}

/** Sets a text only when it differs: the first pass usually finds the page as rendered. */
function setText(node: Element | null, text: string) {
  if (node && node.textContent !== text) node.textContent = text;
}

function showCell(td: HTMLTableCellElement, region: string) {
  const state = stateIn(td, region);
  if (td.dataset.state !== state) td.dataset.state = state;
  const summary = td.querySelector('summary');
  if (!summary) return;
  const face = cellFace(state, decodeOthers(othersIn(td, region)), words.states, words.also);
  if (summary.title !== face.spoken) summary.title = face.spoken;
  setText(summary.querySelector('[data-cell-symbol]'), face.symbol);
  setText(summary.querySelector('[data-cell-word]'), face.word);
  setText(summary.querySelector('[data-cell-more]'), face.more);
  setText(summary.querySelector('[data-cell-spoken]'), `: ${face.spoken}`);
  for (const line of td.querySelectorAll<HTMLElement>('[data-setting-states]')) {
    const states = line.dataset.settingStates!.split(',');
    const entry =
      states.find((part) => part.startsWith(`${region.toLowerCase()}:`)) ??
      states.find((part) => part.startsWith('default:'));
    const state = entry?.split(':')[1] as CellState | undefined;
    if (state && state in words.states) setText(line, words.states[state].label);
  }
}

/** The caption's dates: the oldest and newest verification of the settings still shown. */
function showDates(table: HTMLTableElement) {
  const cells = [
    ...table.querySelectorAll<HTMLTableCellElement>('tbody tr:not([hidden]) td[data-verified-min]:not([hidden])'),
  ];
  const min = cells.map((td) => td.dataset.verifiedMin!).sort()[0];
  const max = cells
    .map((td) => td.dataset.verifiedMax!)
    .sort()
    .at(-1);
  for (const [selector, value] of [
    ['[data-verified-oldest]', min],
    ['[data-verified-newest]', max],
  ] as const) {
    const time = table.querySelector<HTMLTimeElement>(selector);
    if (time && value && time.dateTime !== value) {
      time.dateTime = value;
      setText(time, dateFormat.format(new Date(`${value}T00:00:00Z`)));
    }
  }
}

export function applyFilter(table: HTMLTableElement, filter: MatrixFilter): void {
  table.closest('body')?.setAttribute('data-js', '');
  const rows = readRows(table, filter.region);
  const body = table.tBodies[0];
  const byId = new Map([...body.rows].map((tr) => [tr.dataset.platform!, tr]));
  // Only what changes is written, so a pass that changes nothing costs no style or layout work.
  const setHidden = (el: HTMLElement, hidden: boolean) => {
    if (el.hidden !== hidden) el.hidden = hidden;
  };
  for (const row of rows) {
    const tr = byId.get(row.id)!;
    setHidden(tr, !rowShown(row, filter));
    for (const td of tr.querySelectorAll<HTMLTableCellElement>('td[data-category]')) {
      showCell(td, filter.region);
      setHidden(td, !columnShown(td.dataset.category!, filter));
      const dimmed = !cellShown(row.states[td.dataset.category!], filter);
      if (td.hasAttribute('data-dimmed') !== dimmed) td.toggleAttribute('data-dimmed', dimmed);
    }
  }
  for (const th of table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-category]')) {
    setHidden(th, !columnShown(th.dataset.category!, filter));
  }
  const order = sortRows(rows, filter);
  if (order.some((id, i) => body.rows[i]?.dataset.platform !== id)) for (const id of order) body.append(byId.get(id)!);
  setText(table.querySelector('[data-region-label]'), words.regions[filter.region] ?? REGION_NAMES[filter.region]);
  showDates(table);
}
