/**
 * The answer in plain words: what a setting's default means for the reader, and which way to flip
 * the platform's switch. `default` is the state of the sharing; `labelMeans` says whether switching
 * the platform's control on shares or protects, so a protective switch ("Protect your posts") is
 * never shown as if it were the sharing.
 */
import {
  variesFactors,
  type DefaultState,
  type HistoryKind,
  type LabelMeaning,
  type VariesFactor,
} from '../../schemas/vocabulary.ts';
import { STATE_STYLE } from '../presentation.ts';
import type { VariesBy } from '../../schemas/setting.ts';

/** A sentence with the platform's label set apart, so pages can show it in bold. */
export interface Line {
  lead: string;
  label?: string;
  tail?: string;
}

/** The line as text, the label in quotation marks: for feeds, search, badges and the API. */
export const plain = (line: Line) =>
  line.label === undefined ? line.lead : `${line.lead}“${line.label}”${line.tail ?? ''}`;

/** Where the switch must be for the sharing to stop. */
export const stopPosition = (labelMeans: LabelMeaning): 'on' | 'off' => (labelMeans === 'protects' ? 'on' : 'off');

interface Worded {
  label: string;
  labelMeans: LabelMeaning;
  default: DefaultState;
  variesBy?: VariesBy;
  optOut: readonly unknown[];
}

const factorWords = (factors: readonly VariesFactor[]) =>
  factors.map((f) => variesFactors[f].replace(/ \(.*\)$/, '').toLowerCase()).join(', ');

/** Labels longer than this are not repeated in sentences and short lists; the steps name the setting. */
const SHORT_LABEL = 48;

/** What the default means, in one sentence. */
export function stateSentence(
  setting: Worded,
  state: DefaultState = setting.default,
  variesBy = setting.variesBy,
): string {
  switch (state) {
    case 'on':
      return 'Shared by default.';
    case 'off':
      return 'Not shared unless you opt in.';
    case 'no-opt-out':
      return 'Shared, and the platform offers no setting to stop it.';
    case 'varies':
      return variesBy
        ? `Depends on ${factorWords(variesBy.factors)}: ${variesBy.note.replace(/\.?$/, '.')}`
        : 'Depends on the account.';
    case 'unknown':
      return 'The sources do not say whether it starts on or off.';
  }
}

/** The one thing to do about it, or undefined when there is nothing to switch. */
export function actionLine(setting: Worded, state: DefaultState = setting.default): Line | undefined {
  if (setting.optOut.length === 0) return undefined;
  const position = stopPosition(setting.labelMeans);
  // A long label is named in the steps; the sentence only says which way to flip it.
  const named = (lead: string, tail: string): Line =>
    setting.label.length > SHORT_LABEL ? { lead: `${lead}it${tail}` } : { lead, label: setting.label, tail };
  switch (state) {
    case 'on':
    case 'varies':
      return named('To stop it, switch ', ` ${position}.`);
    case 'unknown':
      return named('To make sure it is stopped, check that ', ` is ${position}.`);
    case 'off':
      return named('To keep it that way, leave ', ` ${position}.`);
    case 'no-opt-out':
      return named('Where a choice is offered, switch ', ` ${position}.`);
  }
}

/** The short imperative for lists (at a glance, the checklist): "Switch “Protect your posts” on". */
export function actionShort(setting: Worded): Line | undefined {
  if (setting.optOut.length === 0) return undefined;
  const position = stopPosition(setting.labelMeans);
  return setting.label.length > SHORT_LABEL
    ? { lead: `Switch it ${position}` }
    : { lead: 'Switch ', label: setting.label, tail: ` ${position}` };
}

const FLIP =
  /\b(turn|switch|toggle|uncheck|untick|check|tick|select|deselect|choose|disable|enable|opt|clear|set|tap|click|remove|decline|object|submit|delete|hide|make|stop|limit|leave)\b/i;

/**
 * The final step the guide shows after the platform's menu path: when the last written step does
 * not already say what to do with the switch, one that says which way to flip it.
 */
export function finalStep(setting: Pick<Worded, 'label' | 'labelMeans'>, steps: readonly string[]): Line | undefined {
  const last = steps.at(-1) ?? '';
  if (FLIP.test(last)) return undefined;
  return { lead: 'Switch ', label: setting.label, tail: ` ${stopPosition(setting.labelMeans)}.` };
}

/** "Shared → Not shared" for a default change, "“Old” → “New”" for a label change. */
export function transition(item: { changeKind?: HistoryKind; from?: string; to?: string }): string | undefined {
  if (!item.from && !item.to) return undefined;
  const word = (value?: string) =>
    item.changeKind === 'label-changed'
      ? `“${value ?? '?'}”`
      : value && value in STATE_STYLE
        ? STATE_STYLE[value as DefaultState].short
        : (value ?? '?');
  return `${word(item.from)} → ${word(item.to)}`;
}
