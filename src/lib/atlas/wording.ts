/**
 * The answer in plain words: what a setting's default means for the reader, and which way to flip
 * the platform's switch. `default` is the state of the sharing; `labelMeans` says whether switching
 * the platform's control on shares or protects, so a protective switch ("Protect your posts") is
 * never shown as if it were the sharing. Every sentence is in the reader's language (`s`, English
 * by default: feeds, search records and the API are in English).
 */
import {
  defaultStates,
  variesFactors,
  type DefaultState,
  type HistoryKind,
  type LabelKind,
  type LabelMeaning,
  type VariesFactor,
} from '../../schemas/vocabulary.ts';
import { strings, type StringKey, type Strings } from '../i18n/strings.ts';
import type { VariesBy } from '../../schemas/setting.ts';

/** A sentence with the platform's label set apart, so pages can show it in bold. */
export interface Line {
  lead: string;
  label?: string;
  tail?: string;
}

/** The line as text, the label in quotation marks: for feeds, search, badges and the API. */
export const plain = (line: Line, s: Strings = strings('en')) =>
  line.label === undefined
    ? line.lead
    : `${line.lead}${s.t('atlas.punct.openQuote')}${line.label}${s.t('atlas.punct.closeQuote')}${line.tail ?? ''}`;

/** Where the switch must be for the sharing to stop. */
export const stopPosition = (labelMeans: LabelMeaning): 'on' | 'off' => (labelMeans === 'protects' ? 'on' : 'off');

interface Worded {
  label: string;
  labelMeans: LabelMeaning;
  /** `place` when the label names a page, form or button rather than the switch itself. */
  labelIs?: LabelKind;
  default: DefaultState;
  variesBy?: VariesBy;
  optOut: readonly unknown[];
}

const factorWords = (factors: readonly VariesFactor[], s: Strings) =>
  factors
    .map((f) => (s.lang === 'en' ? variesFactors[f] : s.vocab('factor', f)).replace(/ \(.*\)$/, ''))
    // Mid-sentence, in lower case; German nouns keep their capital.
    .map((words) => (s.lang === 'de' ? words : words.toLowerCase()))
    .join(', ');

/** A sentence from a template with `{{label}}` in it, the label set apart for bold. */
function line(
  s: Strings,
  key: StringKey,
  label: string | undefined,
  vars: Record<string, string>,
  unnamed: StringKey = 'atlas.action.it',
): Line {
  const text = s.t(key, vars);
  const at = text.indexOf('{{label}}');
  if (label === undefined || at === -1) return { lead: text.replace('{{label}}', s.t(unnamed)) };
  return { lead: text.slice(0, at), label, tail: text.slice(at + '{{label}}'.length) };
}

/** Labels longer than this are not repeated in sentences and short lists; the steps name the setting. */
const SHORT_LABEL = 48;

/** What a sentence says instead of a long label: "it" for a switch, "the steps below" for a page or form. */
const unnamedLabel = (setting: Pick<Worded, 'labelIs'>): StringKey =>
  setting.labelIs === 'place' ? 'atlas.action.use.steps' : 'atlas.action.it';

/** What the default means, in one sentence. */
export function stateSentence(
  setting: Worded,
  state: DefaultState = setting.default,
  variesBy = setting.variesBy,
  s: Strings = strings('en'),
): string {
  switch (state) {
    case 'on':
      return s.t('atlas.state.sharedDefault');
    case 'off':
      return s.t('atlas.state.notShared');
    case 'no-opt-out':
      return s.t('atlas.state.noOptOut');
    case 'varies':
      return variesBy
        ? s.t('atlas.state.dependsOn', {
            factors: factorWords(variesBy.factors, s),
            note: variesBy.note.replace(/\.?$/, '.'),
          })
        : s.t('atlas.state.dependsAccount');
    case 'unknown':
      return s.t('atlas.state.unknown');
  }
}

/** The one thing to do about it, or undefined when there is nothing to switch. */
export function actionLine(
  setting: Worded,
  state: DefaultState = setting.default,
  s: Strings = strings('en'),
): Line | undefined {
  if (setting.optOut.length === 0) return undefined;
  const position = s.t(`atlas.position.${stopPosition(setting.labelMeans)}`);
  // A long label is named in the steps; the sentence only says which way to flip it.
  const label = setting.label.length > SHORT_LABEL ? undefined : setting.label;
  const sentence = (
    {
      on: 'stop',
      varies: 'stop',
      unknown: 'makeSure',
      off: 'keep',
      'no-opt-out': 'whereOffered',
    } as const
  )[state];
  // A state outside the vocabulary says nothing; the public schema refuses it where it is published.
  if (!sentence) return undefined;
  // A label that names a page or a form is used, not switched: "To stop it, use Your Privacy Choices."
  const key =
    setting.labelIs === 'place' ? (`atlas.action.use.${sentence}` as const) : (`atlas.action.${sentence}` as const);
  return line(s, key, label, { position }, unnamedLabel(setting));
}

/** The short imperative for lists (at a glance, the checklist): "Switch “Protect your posts” on", or "Use “Your Privacy Choices”". */
export function actionShort(setting: Worded, s: Strings = strings('en')): Line | undefined {
  if (setting.optOut.length === 0) return undefined;
  const position = s.t(`atlas.position.${stopPosition(setting.labelMeans)}`);
  const key = setting.labelIs === 'place' ? 'atlas.action.use.short' : 'atlas.action.short';
  return line(
    s,
    key,
    setting.label.length > SHORT_LABEL ? undefined : setting.label,
    { position },
    unnamedLabel(setting),
  );
}

const FLIP =
  /\b(turn|switch|toggle|uncheck|untick|check|tick|select|deselect|choose|disable|enable|opt|clear|set|tap|click|remove|decline|object|submit|delete|hide|make|stop|limit|leave)\b/i;

/**
 * The final step the guide shows after the platform's menu path: when the last written step does
 * not already say what to do with the switch, one that says which way to flip it.
 */
export function finalStep(
  setting: Pick<Worded, 'label' | 'labelMeans' | 'labelIs'>,
  steps: readonly string[],
  s: Strings = strings('en'),
): Line | undefined {
  const last = steps.at(-1) ?? '';
  if (FLIP.test(last)) return undefined;
  // A page or form has no switch of its name: say what to choose there instead.
  if (setting.labelIs === 'place') return line(s, 'atlas.action.use.final', undefined, {});
  return line(s, 'atlas.action.final', setting.label, {
    position: s.t(`atlas.position.${stopPosition(setting.labelMeans)}`),
  });
}

/** "Shared → Not shared" for a default change, "“Old” → “New”" for a label change. */
/**
 * What kind of entry a dated change is, in a few words: the vocabulary's description up to its
 * parenthesis ("Default changed"), or "Incident".
 */
export function changeKindWord(kind: HistoryKind | 'incident', s: Strings = strings('en')): string {
  return kind === 'incident' ? s.t('atlas.changes.incident') : s.vocab('historyKind', kind).split(' (')[0];
}

export function transition(
  item: { changeKind?: HistoryKind; from?: string; to?: string },
  s: Strings = strings('en'),
): string | undefined {
  if (!item.from && !item.to) return undefined;
  const word = (value?: string) =>
    item.changeKind === 'label-changed'
      ? `“${value ?? '?'}”`
      : value && value in defaultStates
        ? s.vocab('state', value, 'short')
        : (value ?? '?');
  return `${word(item.from)} → ${word(item.to)}`;
}
