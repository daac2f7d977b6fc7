/** Per-platform SVG badges ("X · AI training | Shared") for other sites to link. */
import { escapeMarkup } from '../escape.ts';
import { STATE_STYLE, type CellState } from '../presentation.ts';
import type { Matrix } from '../atlas/matrix.ts';
import { categories } from '../../schemas/vocabulary.ts';

/** Approximate width of 11px sans-serif text; badges need room, not typographic precision. */
const textWidth = (text: string) =>
  Math.ceil([...text].reduce((w, c) => w + (/[A-Z]/.test(c) ? 7.5 : /[ .·il]/.test(c) ? 3.5 : 6.2), 0));

/** The badge's message: the state's words for the sharing, e.g. "shared by default". */
export const badgeMessage = (state: CellState) => STATE_STYLE[state].label.toLowerCase();

export function renderBadge(label: string, state: CellState): string {
  const message = { text: badgeMessage(state), colour: STATE_STYLE[state].colour };
  const left = textWidth(label) + 12;
  const right = textWidth(message.text) + 12;
  const width = left + right;
  const title = `${label}: ${message.text}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeMarkup(title)}">
<title>${escapeMarkup(title)}</title>
<rect width="${left}" height="20" fill="#30343b"/><rect x="${left}" width="${right}" height="20" fill="${message.colour}"/>
<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="6" y="14">${escapeMarkup(label)}</text><text x="${left + 6}" y="14">${escapeMarkup(message.text)}</text>
</g>
</svg>
`;
}

export interface BadgeFile {
  /** Path inside the built site, e.g. `badges/x/ai-training.svg`. */
  file: string;
  label: string;
  state: CellState;
}

/** One badge per platform and category, showing the cell's state in the general view. */
export function badgeFiles(matrix: Matrix): BadgeFile[] {
  return matrix.rows.flatMap((row) =>
    row.cells.map((cell) => ({
      file: `badges/${row.guideId}/${cell.category}.svg`,
      label: `${row.platform} · ${categories[cell.category].short}`,
      state: cell.states.default,
    })),
  );
}
