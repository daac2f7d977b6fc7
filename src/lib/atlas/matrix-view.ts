/**
 * What a matrix cell says, for the table (server) and for the region switch (browser): its symbol
 * and words, how many other settings it holds and their states, and one line per setting.
 * Imports only the state styles, so the browser script stays small; the words of other languages
 * come in with the page (`MatrixWords`).
 */
import { STATE_STYLE, type CellState } from '../presentation.ts';

export interface OtherCount {
  state: Exclude<CellState, 'none'>;
  count: number;
}

/** `no-opt-out:1,off:2` in a data attribute, and back. */
export const encodeOthers = (others: OtherCount[]) => others.map((o) => `${o.state}:${o.count}`).join(',');
export const decodeOthers = (text: string): OtherCount[] =>
  text
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const [state, count] = part.split(':');
      return { state: state as OtherCount['state'], count: Number(count) };
    })
    .filter((o) => o.state in STATE_STYLE && o.count > 0);

export interface CellFace {
  symbol: string;
  word: string;
  /** "+2" when the category holds more settings than its main one. */
  more: string;
  /** The whole cell in words, for screen readers and tooltips: "Shared by default; also 1 no opt-out". */
  spoken: string;
}

/** What the browser needs to rewrite cells in the page's language (written into the page as JSON). */
export interface MatrixWords {
  lang: string;
  states: Record<CellState, { label: string; short: string }>;
  /** "{{label}}; also {{rest}}" */
  also: string;
  regions: Record<string, string>;
}

/** The English words, from the state styles. */
export const ENGLISH_STATE_WORDS = Object.fromEntries(
  Object.values(STATE_STYLE).map((style) => [style.id, { label: style.label, short: style.short }]),
) as MatrixWords['states'];

export function cellFace(
  state: CellState,
  others: OtherCount[],
  words: MatrixWords['states'] = ENGLISH_STATE_WORDS,
  also = '{{label}}; also {{rest}}',
): CellFace {
  const style = STATE_STYLE[state];
  const extra = others.reduce((n, o) => n + o.count, 0);
  const rest = others.map((o) => `${o.count} ${words[o.state].short.toLowerCase()}`).join(', ');
  return {
    symbol: style.symbol,
    word: words[state].short,
    more: extra ? `+${extra}` : '',
    spoken: extra ? also.replace('{{label}}', words[state].label).replace('{{rest}}', rest) : words[state].label,
  };
}
