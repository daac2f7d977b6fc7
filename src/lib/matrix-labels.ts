/** Words and symbols the matrix shows for each state; the symbol repeats the word, never replaces it. */
import type { CellState, MatrixRegion } from './matrix.ts';

export const STATE_TEXT: Record<CellState, { text: string; symbol: string; description: string }> = {
  on: { text: 'On', symbol: '●', description: 'On by default: shared unless you switch it off' },
  'no-opt-out': { text: 'No opt-out', symbol: '■', description: 'Shared, and no setting stops it' },
  varies: { text: 'Varies', symbol: '◐', description: 'Depends on account type, age or choices at sign-up' },
  off: { text: 'Off', symbol: '○', description: 'Off by default: shared only if you opt in' },
  none: { text: '—', symbol: '', description: 'No setting recorded in this category' },
};

export const REGION_TEXT: Record<MatrixRegion, string> = {
  default: 'General default',
  US: 'United States',
  EU: 'European Union / EEA',
  UK: 'United Kingdom',
};
