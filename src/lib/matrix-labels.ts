/** Words and symbols the matrix shows for each state; the symbol repeats the word, never replaces it. */
import { defaultStates } from '../schemas/vocabulary.ts';
import type { CellState, MatrixRegion } from './matrix.ts';

const SYMBOL = { on: '●', 'no-opt-out': '■', varies: '◐', off: '○' } as const;

export const STATE_TEXT: Record<CellState, { text: string; symbol: string; description: string }> = {
  ...(Object.fromEntries(
    Object.entries(defaultStates).map(([state, d]) => [
      state,
      { text: d.short, symbol: SYMBOL[state as keyof typeof SYMBOL], description: d.description.replace(/\.$/, '') },
    ]),
  ) as Record<keyof typeof defaultStates, { text: string; symbol: string; description: string }>),
  none: { text: '—', symbol: '', description: 'No setting recorded in this category' },
};

export const REGION_TEXT: Record<MatrixRegion, string> = {
  default: 'General default',
  US: 'United States',
  EU: 'European Union / EEA',
  UK: 'United Kingdom',
};
