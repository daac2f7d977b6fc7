/**
 * How each state looks, in one place: its symbol, colour and CSS class. The words come from the
 * vocabulary; the symbol and colour repeat them, never replace them.
 */
import { defaultStates, type DefaultState } from '../schemas/vocabulary.ts';

/** A matrix cell's state: a default, or `none` when the guide records no setting in that category. */
export type CellState = DefaultState | 'none';

export interface StateStyle {
  /** Full words, e.g. "Shared by default". */
  label: string;
  /** Short words for cells and badges, e.g. "Shared". */
  short: string;
  description: string;
  /** A shape that differs per state, so the state reads without colour. */
  symbol: string;
  /** Background of the state in badges (white text on it passes WCAG AA). */
  colour: string;
  /** Starlight Badge variant on guide pages. */
  variant: 'danger' | 'success' | 'caution' | 'note' | 'default';
  /** The `data-state` value and `state-<id>` class in markup. */
  id: CellState;
}

const LOOK: Record<CellState, Pick<StateStyle, 'symbol' | 'colour' | 'variant'>> = {
  on: { symbol: '●', colour: '#b42318', variant: 'danger' },
  'no-opt-out': { symbol: '■', colour: '#7a1212', variant: 'danger' },
  varies: { symbol: '◐', colour: '#8a5a00', variant: 'caution' },
  unknown: { symbol: '?', colour: '#4b4f8f', variant: 'note' },
  off: { symbol: '○', colour: '#1e7b34', variant: 'success' },
  none: { symbol: '–', colour: '#555b66', variant: 'default' },
};

const NONE = { label: 'Not recorded', short: '—', description: 'No setting recorded in this category' };

export const STATE_STYLE: Record<CellState, StateStyle> = Object.fromEntries(
  (Object.keys(LOOK) as CellState[]).map((id) => {
    const words = id === 'none' ? NONE : defaultStates[id];
    return [id, { ...words, description: words.description.replace(/\.$/, ''), ...LOOK[id], id }];
  }),
) as Record<CellState, StateStyle>;

/** States in the order the legend lists them: most sharing first. */
export const STATE_ORDER: CellState[] = ['no-opt-out', 'on', 'varies', 'unknown', 'off', 'none'];

/** Short names of the source kinds, shown beside every source. */
export const SOURCE_KIND_NAMES = {
  platform: 'Platform',
  regulator: 'Regulator',
  court: 'Court',
  archive: 'Archived copy',
  press: 'Press',
  community: 'Community',
} as const;
