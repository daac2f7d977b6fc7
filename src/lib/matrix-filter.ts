/**
 * Filtering and sorting of the matrix in the browser. Pure functions over plain data, shared by
 * the /compare/ page script and the embed page script.
 */
import type { MatrixRegion } from './matrix-regions.ts';
import type { CellState } from './presentation.ts';

export interface RowData {
  id: string;
  name: string;
  /** Cell state per category for the region being shown. */
  states: Record<string, CellState>;
}

export interface MatrixFilter {
  region: MatrixRegion;
  /** Categories to show; empty means all. */
  categories: string[];
  /** Platform IDs to show; empty means all. */
  platforms: string[];
  /** Text typed into the platform filter. */
  query: string;
  /** Show only cells where sharing is on by default or cannot be switched off. */
  onlyShared: boolean;
  sort: 'name' | 'most-shared';
}

export const DEFAULT_FILTER: MatrixFilter = {
  region: 'default',
  categories: [],
  platforms: [],
  query: '',
  onlyShared: false,
  sort: 'name',
};

const SHARING: CellState[] = ['on', 'no-opt-out'];

/** Whether a cell's content is shown under the filter (its column is handled by `categories`). */
export function cellShown(state: CellState, filter: MatrixFilter): boolean {
  return !filter.onlyShared || SHARING.includes(state);
}

export function columnShown(category: string, filter: MatrixFilter): boolean {
  return filter.categories.length === 0 || filter.categories.includes(category);
}

export function rowShown(row: RowData, filter: MatrixFilter): boolean {
  if (filter.platforms.length && !filter.platforms.includes(row.id)) return false;
  const query = filter.query.trim().toLowerCase();
  if (query && !row.name.toLowerCase().includes(query) && !row.id.includes(query)) return false;
  if (filter.onlyShared) {
    return Object.entries(row.states).some(
      ([category, state]) => columnShown(category, filter) && SHARING.includes(state),
    );
  }
  return true;
}

/** How many shown categories share by default: the "most shared" sort key. */
export function sharingCount(row: RowData, filter: MatrixFilter): number {
  return Object.entries(row.states).filter(
    ([category, state]) => columnShown(category, filter) && SHARING.includes(state),
  ).length;
}

/** Row IDs in display order. */
export function sortRows(rows: RowData[], filter: MatrixFilter): string[] {
  const byName = (a: RowData, b: RowData) => a.name.localeCompare(b.name, 'en');
  const sorted =
    filter.sort === 'most-shared'
      ? rows.toSorted((a, b) => sharingCount(b, filter) - sharingCount(a, filter) || byName(a, b))
      : rows.toSorted(byName);
  return sorted.map((row) => row.id);
}
