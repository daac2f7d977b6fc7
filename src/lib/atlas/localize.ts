/**
 * A guide in a reader's language: the facts of the English guide, with the prose of its
 * translation where that prose was translated from the English as it stands. A field whose English
 * has changed since (its hash differs) is shown in English and listed in `english`, so the page can
 * mark it and say how many settings are behind. Links point at the pages of the same language.
 */
import { TRANSLATED_PROSE, type Translation } from '../../schemas/translation.ts';
import type { Locale } from '../../site.ts';
import { englishSettingFields, splitIntoWays, textHash } from '../i18n/drift.ts';
import { localePath, type Lang } from '../i18n/strings.ts';
import type { AtlasGuide, AtlasSetting } from './resolve.ts';

export interface TranslationRecord {
  lang: Locale;
  guideId: string;
  data: Translation;
  /** The translated body (the guide's introduction). */
  body: string;
}

export interface LocalizedSetting extends AtlasSetting {
  /** On a page in another language: the fields shown in English (`summary`, `optOut.ios.steps`…). */
  english: ReadonlySet<string>;
  /** The translator's rendering of the quote, shown under the platform's words. */
  quoteTranslation?: string;
  /** Whether the guide has a translation into the page's language (English text is then marked). */
  translated: boolean;
}

export type TranslationState =
  /** The English guide itself. */
  | 'english'
  /** A translation exists; some fields may be outdated. */
  | 'translated'
  /** No translation: the English guide, in a page of another language. */
  | 'fallback';

export interface LocalizedGuide extends Omit<AtlasGuide, 'settings' | 'shared' | 'all'> {
  lang: Lang;
  settings: LocalizedSetting[];
  shared: LocalizedSetting[];
  all: LocalizedSetting[];
  state: TranslationState;
  /** Settings of this guide with at least one field shown in English because its English changed. */
  outdated: LocalizedSetting[];
  /** Whether the translated introduction matches the English it was made from. */
  bodyCurrent: boolean;
  /** Whether the translation has an introduction at all (without one, the English is shown, unremarked). */
  bodyTranslated: boolean;
}

function localizeSetting(setting: AtlasSetting, lang: Lang, translation?: TranslationRecord) {
  const href = localePath(setting.href, lang);
  if (lang === 'en') return { setting: { ...setting, english: new Set<string>(), translated: false }, outdated: false };
  const translated = translation?.data.settings[setting.id];
  const english = new Set<string>();
  let outdated = false;
  const fields = englishSettingFields(setting);
  /** The translated text of a field if it was made from the English as it stands, else undefined. */
  const current = (field: string, text: string | undefined) => {
    if (text !== undefined && fields[field] !== undefined) {
      if (translated?.from[field] === textHash(fields[field])) return text;
      outdated = true;
    }
    if (fields[field] !== undefined) english.add(field);
    return undefined;
  };
  const heading = current('title', translated?.title) ?? setting.heading;
  const prose = Object.fromEntries(
    TRANSLATED_PROSE.map((field) => [field, current(field, translated?.[field]) ?? setting[field]]),
  );
  const quoteTranslation = setting.quote ? current('quote', translated?.quote) : undefined;
  english.delete('quote'); // The quote is always the platform's words; only its translation is optional.
  // A surface listed more than once (two ways on the web) is translated as one field; it is split
  // back into its ways, or shown in English, marked, where it does not fit them.
  type Way = (typeof setting.optOut)[number];
  const ways = new Map<Way['surface'], Way[]>();
  for (const way of setting.optOut) ways.set(way.surface, [...(ways.get(way.surface) ?? []), way]);
  const split = new Map(
    [...ways].map(([surface, list]) => {
      const mine = translated?.optOut[surface];
      const steps = current(`optOut.${surface}.steps`, mine?.steps?.join('\n'))?.split('\n');
      const note = current(`optOut.${surface}.note`, mine?.note);
      const parts = splitIntoWays(list, steps, note);
      if (steps !== undefined && !parts.steps) english.add(`optOut.${surface}.steps`);
      if (note !== undefined && !parts.notes) english.add(`optOut.${surface}.note`);
      return [surface, { list, ...parts }];
    }),
  );
  const optOut = setting.optOut.map((way) => {
    const { list, steps, notes } = split.get(way.surface)!;
    const i = list.indexOf(way);
    return { ...way, steps: steps?.[i] ?? way.steps, note: way.note && (notes?.[i] ?? way.note) };
  });
  return {
    setting: {
      ...setting,
      ...prose,
      heading,
      optOut,
      href,
      english,
      quoteTranslation,
      translated: translation !== undefined,
    } as LocalizedSetting,
    outdated,
  };
}

/** The guide for a page in `lang`, with its translation into that language if there is one. */
export function localizeGuide(
  guide: AtlasGuide,
  lang: Lang,
  translation?: TranslationRecord,
  englishBody = '',
): LocalizedGuide {
  const own = guide.settings.map((s) => localizeSetting(s, lang, translation));
  const shared = guide.shared.map((s) => localizeSetting(s, lang, undefined).setting);
  const settings = own.map((o) => o.setting);
  const state: TranslationState = lang === 'en' ? 'english' : translation ? 'translated' : 'fallback';
  const bodyHash = translation?.data.from.body;
  return {
    ...guide,
    title:
      (translation && translation.data.from.title === textHash(guide.title) && translation.data.title) || guide.title,
    description:
      (translation &&
        translation.data.from.description === textHash(guide.description) &&
        translation.data.description) ||
      guide.description,
    href: localePath(guide.href, lang),
    lang,
    settings,
    shared,
    all: [...settings, ...shared],
    incidents: guide.incidents.map((incident) => ({ ...incident, href: localePath(incident.href, lang) })),
    state,
    outdated: state === 'translated' ? own.filter((o) => o.outdated).map((o) => o.setting) : [],
    bodyCurrent: !translation || (translation.body.trim() !== '' && bodyHash === textHash(englishBody)),
    bodyTranslated: translation !== undefined && translation.body.trim() !== '',
  };
}
