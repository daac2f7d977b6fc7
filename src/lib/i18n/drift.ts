/**
 * Drift per field: a translated field records the hash of the English text it was translated
 * from. When the English text changes, the hashes differ, the field is outdated, and the page shows
 * the English text (marked) until someone translates it again. Pure: used by the check, the build
 * and the `translations` script alike.
 */
import { createHash } from 'node:crypto';
import type { Setting } from '../../schemas/setting.ts';
import { TRANSLATED_PROSE, type Translation } from '../../schemas/translation.ts';

/** The hash of a text, insensitive to how its lines are wrapped: 12 hex digits of its SHA-256. */
export const textHash = (text: string) =>
  createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);

/** The English text of every field of a setting a translation may carry, by field name. */
export function englishSettingFields(setting: Setting): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    title: setting.title ?? setting.label,
    ...Object.fromEntries(TRANSLATED_PROSE.map((field) => [field, setting[field]])),
    quote: setting.quote?.text,
  };
  for (const optOut of setting.optOut) {
    // A surface listed twice (two ways on the web) is translated as one: its steps in order, its
    // notes one per line (the page splits them back into the ways, see `localize.ts`).
    const key = `optOut.${optOut.surface}`;
    fields[`${key}.steps`] = [fields[`${key}.steps`], ...optOut.steps].filter(Boolean).join('\n');
    if (optOut.note) fields[`${key}.note`] = [fields[`${key}.note`], optOut.note].filter(Boolean).join('\n');
  }
  return Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The fields a translated setting carries, by the same names. */
export function translatedSettingFields(setting: Translation['settings'][string]): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    title: setting.title,
    ...Object.fromEntries(TRANSLATED_PROSE.map((field) => [field, setting[field]])),
    quote: setting.quote,
  };
  for (const [surface, optOut] of Object.entries(setting.optOut)) {
    if (optOut?.steps) fields[`optOut.${surface}.steps`] = optOut.steps.join('\n');
    if (optOut?.note) fields[`optOut.${surface}.note`] = optOut.note;
  }
  return Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
}

export interface FieldProblem {
  /** `settings.<id>.<field>`, `title`, `description` or `body`. */
  field: string;
  problem: string;
  fix: string;
}

export interface DriftReport {
  /** Translated fields whose English has changed since (or that record no hash): shown in English. */
  outdated: FieldProblem[];
  /** Settings or surfaces the English guide does not have: errors. */
  stale: FieldProblem[];
  /**
   * English prose the translation does not carry at all (a setting or a note added since, or one
   * the translator left out): shown in English. Steps and the quote's rendering are optional (the
   * platform's labels and words may stay as they are), so they are not listed.
   */
  untranslated: FieldProblem[];
  /** Setting IDs with at least one outdated field. */
  outdatedSettings: string[];
}

/** Compares a translation with the English guide it was made from. */
export function drift(
  english: { title: string; description: string; body: string; settings: readonly Setting[] },
  translation: Translation,
  translationBody: string,
): DriftReport {
  const outdated: FieldProblem[] = [];
  const stale: FieldProblem[] = [];
  const outdatedSettings = new Set<string>();
  const compare = (field: string, englishText: string | undefined, from: string | undefined, settingId?: string) => {
    if (englishText === undefined) {
      stale.push({
        field,
        problem: 'The English guide has no such field any more, so this translation has nothing to translate',
        fix: 'delete the field from the translation',
      });
    } else if (from !== textHash(englishText)) {
      outdated.push({
        field,
        problem: from
          ? 'The English text has changed since this was translated; the page shows the English until it is updated'
          : 'The field records no hash of the English it was translated from',
        fix: 'update the translation from the English, then run `npm run translations -- stamp <locale>/<guide>`',
      });
      if (settingId) outdatedSettings.add(settingId);
    }
  };
  const page = { title: english.title, description: english.description, body: english.body };
  for (const key of ['title', 'description', 'body'] as const) {
    const translated = key === 'body' ? translationBody.trim() : translation[key];
    if (translated) compare(key, page[key], translation.from[key]);
  }
  const byId = new Map(english.settings.map((s) => [s.id, s]));
  for (const [id, translated] of Object.entries(translation.settings)) {
    const setting = byId.get(id);
    if (!setting) {
      stale.push({
        field: `settings.${id}`,
        problem: `The English guide has no setting "${id}" (it was renamed or removed)`,
        fix: `rename it to one of the guide's setting IDs (${[...byId.keys()].join(', ')}), or delete it`,
      });
      continue;
    }
    const englishFields = englishSettingFields(setting);
    for (const [field, _text] of Object.entries(translatedSettingFields(translated)))
      compare(`settings.${id}.${field}`, englishFields[field], translated.from[field], id);
    stale.push(...misfits(setting, translated).map((p) => ({ ...p, field: `settings.${id}.${p.field}` })));
  }
  return {
    outdated,
    stale,
    untranslated: missingProse(english.settings, translation),
    outdatedSettings: [...outdatedSettings],
  };
}

/** A field a translation is expected to carry: prose, not the platform's labels or words. */
const expectedInTranslation = (field: string) => field !== 'quote' && !field.endsWith('.steps');

function missingProse(settings: readonly Setting[], translation: Translation): FieldProblem[] {
  return settings.flatMap((setting) => {
    const translated = translation.settings[setting.id];
    const have = translated ? translatedSettingFields(translated) : {};
    return Object.keys(englishSettingFields(setting))
      .filter((field) => expectedInTranslation(field) && have[field] === undefined)
      .map((field) => ({
        field: `settings.${setting.id}.${field}`,
        problem: 'The English guide has this field and the translation does not, so the page shows the English',
        fix: 'translate it from the English, then run `npm run translations -- stamp <locale>/<guide>`',
      }));
  });
}

/** One of a setting's ways out, as far as splitting a translation back into them needs. */
interface Way {
  steps: readonly string[];
  note?: string;
}

/**
 * A surface's translated steps and note split back into the English ways they were translated
 * from (one field for all of them, as `englishSettingFields` joins them): `steps[i]` and
 * `notes[i]` belong to `ways[i]`. Either is undefined where the translation has none, or where its
 * steps do not add up to the ways' or its note has not one line per English note.
 */
export function splitIntoWays(ways: readonly Way[], steps?: readonly string[], note?: string) {
  const noted = ways.filter((way) => way.note);
  const lines = note === undefined ? undefined : noted.length > 1 ? note.split('\n') : [note];
  const stepsFit =
    steps !== undefined && (ways.length === 1 || steps.length === ways.reduce((n, way) => n + way.steps.length, 0));
  let at = 0;
  return {
    steps: stepsFit
      ? ways.map((way) => (ways.length === 1 ? [...steps] : steps.slice(at, (at += way.steps.length))))
      : undefined,
    notes:
      lines !== undefined && lines.length === noted.length
        ? ways.map((way) => (way.note ? lines[noted.indexOf(way)] : undefined))
        : undefined,
  };
}

/** Translations of a surface the English lists more than once that cannot be split back into its ways. */
function misfits(setting: Setting, translated: Translation['settings'][string]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [surface, mine] of Object.entries(translated.optOut)) {
    const ways = setting.optOut.filter((way) => way.surface === surface);
    if (ways.length < 2 || !mine) continue;
    const split = splitIntoWays(ways, mine.steps, mine.note);
    const notes = ways.filter((way) => way.note).length;
    if (mine.steps && !split.steps)
      problems.push({
        field: `optOut.${surface}.steps`,
        problem: `The English lists ${surface} ${ways.length} times with ${ways.reduce((n, way) => n + way.steps.length, 0)} steps in all, but the translation has ${mine.steps.length}`,
        fix: `give the steps of every ${surface} way in the English order, one translated step for each English step`,
      });
    // A note the English does not have at all is already reported as stale by `compare`.
    if (mine.note !== undefined && notes > 0 && !split.notes) {
      const lines = mine.note.split('\n').length;
      problems.push({
        field: `optOut.${surface}.note`,
        problem: `The English has ${notes} notes for its ${ways.length} ${surface} ways, but the translated note has ${lines} line${lines === 1 ? '' : 's'}`,
        fix: 'write one line per English note, in the English order (the page splits them back into the ways)',
      });
    }
  }
  return problems;
}
