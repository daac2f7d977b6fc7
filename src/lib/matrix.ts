/**
 * The comparison matrix: one row per platform, one cell per category, each cell summarising the
 * defaults of that platform's settings in that category, for a chosen region.
 */
import type { Setting } from '../schemas/setting.ts';
import { categoryIds, type CategoryId, type DefaultState, type RegionCode } from '../schemas/vocabulary.ts';
import { guidePath, parseSettingRef, settingHeading, type GuideRecord } from './guides.ts';

/** A cell's state: a default, or `none` when the guide records no setting in that category. */
export type CellState = DefaultState | 'none';

/** The regions the matrix can be viewed for; `default` is "everywhere not listed". */
export const MATRIX_REGIONS = ['default', 'US', 'EU', 'UK'] as const;
export type MatrixRegion = (typeof MATRIX_REGIONS)[number];

/** Which regional entry applies to a region: the EU view also accepts EEA entries. */
const REGION_ALIASES: Record<Exclude<MatrixRegion, 'default'>, RegionCode[]> = {
  US: ['US'],
  EU: ['EU', 'EEA'],
  UK: ['UK'],
};

/** A setting's default in a region. */
export function defaultIn(setting: Pick<Setting, 'default' | 'regions'>, region: MatrixRegion): DefaultState {
  if (region === 'default') return setting.default;
  const codes = REGION_ALIASES[region];
  return (
    setting.regions.find((entry) => entry.regions.some((code) => codes.includes(code)))?.default ?? setting.default
  );
}

/** Which state a cell shows when a category holds several settings: the one that shares most. */
const SEVERITY: Record<CellState, number> = { 'no-opt-out': 4, on: 3, varies: 2, off: 1, none: 0 };

export function worstState(states: CellState[]): CellState {
  return states.reduce<CellState>((worst, state) => (SEVERITY[state] > SEVERITY[worst] ? state : worst), 'none');
}

export interface CellSetting {
  guideId: string;
  settingId: string;
  label: string;
  category: CategoryId;
  href: string;
  /** Default per matrix region. */
  defaults: Record<MatrixRegion, DefaultState>;
  /** True when the setting is described in another guide (e.g. Meta's Accounts Center). */
  shared: boolean;
}

export interface MatrixCell {
  category: CategoryId;
  /** Cell state per matrix region. */
  states: Record<MatrixRegion, CellState>;
  settings: CellSetting[];
}

export interface MatrixRow {
  guideId: string;
  platform: string;
  href: string;
  cells: MatrixCell[];
}

export interface Matrix {
  /** The newest `lastVerified` among the guides: the date the matrix is "as of". */
  asOf: string;
  categories: CategoryId[];
  regions: readonly MatrixRegion[];
  rows: MatrixRow[];
}

function cellSetting(guideId: string, setting: Setting, shared: boolean): CellSetting {
  return {
    guideId,
    settingId: setting.id,
    label: settingHeading(setting),
    category: setting.category,
    href: guidePath(guideId, setting.id),
    defaults: Object.fromEntries(MATRIX_REGIONS.map((r) => [r, defaultIn(setting, r)])) as Record<
      MatrixRegion,
      DefaultState
    >,
    shared,
  };
}

export function buildMatrix(guides: GuideRecord[]): Matrix {
  const byId = new Map(guides.map((guide) => [guide.id, guide]));
  const rows = guides.map(({ id, data }): MatrixRow => {
    const own = data.settings.map((setting) => cellSetting(id, setting, false));
    const shared = data.sharedSettings.flatMap((ref) => {
      const { guideId, settingId } = parseSettingRef(ref);
      const setting = byId.get(guideId)?.data.settings.find((s) => s.id === settingId);
      return setting ? [cellSetting(guideId, setting, true)] : [];
    });
    const all = [...own, ...shared];
    const cells = categoryIds.map((category): MatrixCell => {
      const settings = all.filter((s) => s.category === category);
      const states = Object.fromEntries(
        MATRIX_REGIONS.map((region) => [region, worstState(settings.map((s) => s.defaults[region]))]),
      ) as Record<MatrixRegion, CellState>;
      return { category, states, settings };
    });
    return { guideId: id, platform: data.platform.name, href: guidePath(id), cells };
  });
  const asOf =
    guides
      .map((g) => g.data.lastVerified)
      .sort()
      .at(-1) ?? '';
  return { asOf, categories: [...categoryIds], regions: MATRIX_REGIONS, rows };
}
