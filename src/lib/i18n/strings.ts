/**
 * The words of the project's own pages and components, per language. They live in Starlight's i18n
 * collection (`src/content/i18n/<lang>.json`, validated by `i18nSchema({ extend })` in
 * content.config.ts); this module reads the same files, so pure modules (the wording of answers,
 * feeds) and components use one source. The English of the closed vocabulary (categories, regions,
 * surfaces…) stays in src/schemas/vocabulary.ts, which the API publishes; the other languages
 * translate it under `vocab.<list>.<id>[.<field>]`. A key a language lacks falls back to English.
 */
import de from '../../content/i18n/de.json' with { type: 'json' };
import en from '../../content/i18n/en.json' with { type: 'json' };
import es from '../../content/i18n/es.json' with { type: 'json' };
import fr from '../../content/i18n/fr.json' with { type: 'json' };
import { BASE_PATH, LOCALES, type Locale } from '../../site.ts';
import { TRANSLATED_VOCABULARY } from '../../schemas/i18n.ts';
import { LANG_CODES } from './langs.ts';

/** The site's languages: English (at the root) and the translations. */
export type Lang = 'en' | Locale;
export const LANGS: readonly Lang[] = LANG_CODES;
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ...LOCALES };

export type StringKey = keyof typeof en;
type Vars = Record<string, string | number>;
export type Translate = (key: StringKey, vars?: Vars) => string;

const files: Record<Lang, Record<string, string>> = { en, de, fr, es };

const VOCAB = TRANSLATED_VOCABULARY;
export type VocabList = keyof typeof VOCAB;

const fill = (text: string, vars: Vars = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

export interface Strings {
  lang: Lang;
  t: Translate;
  /** A word of the closed vocabulary: `vocab('category', 'ads-on-platform', 'short')`. */
  vocab(list: VocabList, id: string, field?: string): string;
  /** Whether the language has its own words for a key (otherwise English is shown). */
  has(key: string): boolean;
}

const cache = new Map<Lang, Strings>();

export function strings(lang: Lang = 'en'): Strings {
  const cached = cache.get(lang);
  if (cached) return cached;
  const own = files[lang];
  const lookup = (key: string) => own[key] ?? files.en[key];
  const made: Strings = {
    lang,
    t: (key, vars) => fill(lookup(key) ?? String(key), vars),
    vocab(list, id, field) {
      const entry = (VOCAB[list] as Record<string, unknown>)[id];
      // Entries with several fields are named by their label unless a field is asked for.
      const name = field ?? (typeof entry === 'string' ? undefined : 'label');
      const key = `vocab.${list}.${id}${name ? `.${name}` : ''}`;
      if (own[key] !== undefined) return own[key];
      return typeof entry === 'string' ? entry : String((entry as Record<string, string>)[name!]);
    },
    has: (key) => own[key] !== undefined,
  };
  cache.set(lang, made);
  return made;
}

/** The language of a page, from its path: `/de/…` → `de`, anything else → `en`. */
export function pageLang(url: URL | string): Lang {
  const path = typeof url === 'string' ? url : url.pathname;
  const first = path.slice(BASE_PATH.length).split('/')[0];
  return first in LOCALES ? (first as Locale) : 'en';
}

/**
 * A site path in a language: `localePath('/platforms/x/', 'de')` → `/de/platforms/x/`. Accepts
 * paths with or without the base path (as the resolved atlas stores them).
 */
export function localePath(path: string, lang: Lang): string {
  const inside = path.startsWith(BASE_PATH) ? path.slice(BASE_PATH.length) : path.replace(/^\//, '');
  return lang === 'en' ? `${BASE_PATH}${inside}` : `${BASE_PATH}${lang}/${inside}`;
}

/** A sentence split at its `{{name}}` placeholders: text, then `{ name }`, and so on. */
export function splitTemplate(text: string): (string | { name: string })[] {
  return text.split(/\{\{(\w+)\}\}/).map((part, i) => (i % 2 === 0 ? part : { name: part }));
}

/** `getStaticPaths` for a page served in every language: `/compare/`, `/de/compare/`, … */
export const langPaths = () =>
  LANGS.map((lang) => ({ params: { lang: lang === 'en' ? undefined : lang }, props: { lang } }));

/** The site's own pages served in every language (src/pages/[...lang]/); the others are in English. */
export const LOCALIZED_PAGES = [
  '/',
  '/platforms/',
  '/compare/',
  '/checklist/',
  '/search/',
  '/changes/',
  '/translations/',
] as const;
