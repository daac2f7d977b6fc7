/** Per-platform SVG badges ("X · AI training | on by default") for other sites to link. */
import { defaultStates } from '../schemas/vocabulary.ts';
import type { CellState } from './matrix.ts';
import { escapeMarkup } from './escape.ts';

const COLOUR: Record<CellState, string> = {
  on: '#b42318',
  'no-opt-out': '#7a1212',
  varies: '#8a5a00',
  off: '#1e7b34',
  none: '#555b66',
};

const messageText = (state: CellState) =>
  state === 'none' ? 'not recorded' : defaultStates[state].label.toLowerCase();

/** Approximate width of 11px sans-serif text; badges need room, not typographic precision. */
const textWidth = (text: string) =>
  Math.ceil([...text].reduce((w, c) => w + (/[A-Z]/.test(c) ? 7.5 : /[ .·il]/.test(c) ? 3.5 : 6.2), 0));

export function renderBadge(label: string, state: CellState): string {
  const message = { text: messageText(state), colour: COLOUR[state] };
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
