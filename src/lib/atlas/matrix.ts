/**
 * The comparison matrix: one row per platform, one cell per category. A cell shows the state of
 * its main setting (the first one readers can switch, else the first) and counts the others by
 * state, so one no-opt-out setting does not hide a working switch, and the reverse.
 */
import { categoryIds, type CategoryId, type DefaultState, type RegionCode } from '../../schemas/vocabulary.ts';
import type { CellState } from '../presentation.ts';
import type { Atlas, AtlasSetting } from './resolve.ts';

import { MATRIX_REGIONS, type MatrixRegion } from '../matrix-regions.ts';

export { MATRIX_REGIONS, REGION_NAMES, type MatrixRegion } from '../matrix-regions.ts';

/** Which regional entry applies to a region: the EU view also accepts EEA entries. */
const REGION_CODES: Record<Exclude<MatrixRegion, 'default'>, RegionCode[]> = {
  US: ['US'],
  EU: ['EU', 'EEA'],
  UK: ['UK'],
};

/** A setting's default in a region. */
export function defaultIn(setting: Pick<AtlasSetting, 'default' | 'regions'>, region: MatrixRegion): DefaultState {
  if (region === 'default') return setting.default;
  const codes = REGION_CODES[region];
  return (
    setting.regions.find((entry) => entry.regions.some((code) => codes.includes(code)))?.default ?? setting.default
  );
}

/** How much a state shares, for the most-sharing summary (`worst`) and sorting. */
export const SEVERITY: Record<CellState, number> = { 'no-opt-out': 5, on: 4, varies: 3, unknown: 2, off: 1, none: 0 };
export const worstState = (states: CellState[]): CellState =>
  states.reduce<CellState>((worst, state) => (SEVERITY[state] > SEVERITY[worst] ? state : worst), 'none');

export interface MatrixCell {
  category: CategoryId;
  /** The settings in this category, own first then shared; `main` is the first of them that is shown. */
  settings: AtlasSetting[];
  main?: AtlasSetting;
  /** The cell's state per region: its main setting's default there. */
  states: Record<MatrixRegion, CellState>;
  /** The most-sharing state of any of its settings, per region. */
  worst: Record<MatrixRegion, CellState>;
  /** The other settings counted by state, per region, e.g. `[{ state: 'no-opt-out', count: 1 }]`. */
  others: Record<MatrixRegion, { state: DefaultState; count: number }[]>;
}

export interface MatrixRow {
  guideId: string;
  platform: string;
  href: string;
  cells: MatrixCell[];
}

export interface Matrix {
  /** The oldest and newest `verified` dates of the settings the matrix shows. */
  verified: { oldest: string; newest: string };
  /** The categories that hold at least one setting, in vocabulary order. */
  categories: CategoryId[];
  regions: readonly MatrixRegion[];
  rows: MatrixRow[];
}

const perRegion = <T>(f: (region: MatrixRegion) => T) =>
  Object.fromEntries(MATRIX_REGIONS.map((r) => [r, f(r)])) as Record<MatrixRegion, T>;

function buildCell(category: CategoryId, settings: AtlasSetting[]): MatrixCell {
  const main = settings.find((s) => s.switchable) ?? settings[0];
  const rest = settings.filter((s) => s !== main);
  return {
    category,
    settings,
    main,
    states: perRegion((r) => (main ? defaultIn(main, r) : 'none')),
    worst: perRegion((r) => worstState(settings.map((s) => defaultIn(s, r)))),
    others: perRegion((r) => {
      const counts = new Map<DefaultState, number>();
      for (const s of rest) counts.set(defaultIn(s, r), (counts.get(defaultIn(s, r)) ?? 0) + 1);
      return [...counts]
        .map(([state, count]) => ({ state, count }))
        .sort((a, b) => SEVERITY[b.state] - SEVERITY[a.state]);
    }),
  };
}

export function buildMatrix(atlas: Atlas): Matrix {
  const used = new Set(atlas.guides.flatMap((g) => g.all.map((s) => s.category)));
  const categories = categoryIds.filter((id) => used.has(id));
  const rows = atlas.guides.map((guide): MatrixRow => ({
    guideId: guide.id,
    platform: guide.platform.name,
    href: guide.href,
    cells: categories.map((category) =>
      buildCell(
        category,
        guide.all.filter((s) => s.category === category),
      ),
    ),
  }));
  const dates = atlas.guides.flatMap((g) => g.all.map((s) => s.verified)).sort();
  return {
    verified: { oldest: dates[0] ?? '', newest: dates.at(-1) ?? '' },
    categories,
    regions: MATRIX_REGIONS,
    rows,
  };
}
