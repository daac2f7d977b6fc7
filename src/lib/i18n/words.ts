/**
 * Words of the presentation in the reader's language: state names and source kinds. Apart from
 * src/lib/presentation.ts, which browser scripts import, so that they do not carry the translations.
 */
import { SOURCE_KIND_NAMES, type CellState, type StateStyle } from '../presentation.ts';
import { strings, type Strings } from './strings.ts';

/** A state's words in the reader's language: `label` ("Shared by default"), `short`, `description`. */
export function stateWords(
  state: CellState,
  s: Strings = strings('en'),
): Pick<StateStyle, 'label' | 'short' | 'description'> {
  if (state === 'none')
    return {
      label: s.t('atlas.none.label'),
      short: s.t('atlas.none.short'),
      description: s.t('atlas.none.description'),
    };
  return {
    label: s.vocab('state', state, 'label'),
    short: s.vocab('state', state, 'short'),
    description: s.vocab('state', state, 'description').replace(/\.$/, ''),
  };
}

/** A source kind's short name in the reader's language. */
export const sourceKindName = (kind: keyof typeof SOURCE_KIND_NAMES, s: Strings = strings('en')) =>
  s.has(`vocab.sourceKind.${kind}.short`) ? s.vocab('sourceKind', kind, 'short') : SOURCE_KIND_NAMES[kind];
