/**
 * One search record per setting and per incident, so a search lands on the section rather than the
 * top of a long guide. Each record is a small HTML document for Pagefind: weights rank a match in
 * the label or the words readers use above a passing mention; the answer line (state and action)
 * is what the result's snippet shows. Filters and meta sit in an ignored block: Pagefind reads them
 * there but does not index their words, so "Shared, no opt-out" does not answer "opt out". Settings
 * readers can switch carry the words of switching off with a high weight, so for opt-out questions
 * (rewritten to "switch off", src/lib/search/query.ts) they rank above the ones they cannot switch.
 */
import { categories } from '../../schemas/vocabulary.ts';
import type { LocalizedSetting } from '../atlas/localize.ts';
import type { Atlas, AtlasGuide, AtlasSetting } from '../atlas/resolve.ts';
import { escapeMarkup as escape, pagefindText } from '../escape.ts';
import { LANGS, strings, type Strings } from '../i18n/strings.ts';
import { stateWords } from '../i18n/words.ts';
import { answerText } from '../publish/public-data.ts';

export interface SearchRecord {
  url: string;
  html: string;
}

const filter = (name: string, value: string) =>
  `<span data-pagefind-filter="${name}">${escape(pagefindText(value))}</span>`;
const meta = (name: string, value: string) => `<span data-pagefind-meta="${name}">${escape(value)}</span>`;

function settingRecord(
  atlas: Atlas,
  guide: AtlasGuide,
  setting: AtlasSetting | LocalizedSetting,
  s: Strings = strings('en'),
): SearchRecord {
  const { t } = s;
  const platform = guide.platform.name;
  const category = {
    label: s.vocab('category', setting.category, 'label'),
    short: s.vocab('category', setting.category, 'short'),
    searchTerms: categories[setting.category].searchTerms,
  };
  const state = stateWords(setting.default, s);
  const governing = atlas.governedBy(setting.key).flatMap((g) => [g.platform.name, ...g.platform.aliases]);
  const words = [
    ...setting.aliases,
    ...guide.platform.aliases,
    platform,
    ...governing,
    category.label,
    category.short,
    ...category.searchTerms,
  ];
  const optOut = t(setting.switchable ? 'atlas.search.canOptOut' : 'atlas.search.noSwitch');
  const answer = answerText(setting, s);
  const filters = [
    filter('platform', platform),
    filter('category', category.label),
    filter('default', state.label),
    filter('switch', t(setting.switchable ? 'atlas.search.switchable' : 'atlas.search.noSwitchFilter')),
    ...[...new Set(setting.regions.flatMap((r) => r.regions))].map((code) =>
      filter('region', t('atlas.search.differsIn', { region: s.vocab('region', code) })),
    ),
  ];
  const html = `<!doctype html><html lang="${s.lang}"><head><title>${escape(platform)}</title></head><body>
<main data-pagefind-body>
<h1 data-pagefind-weight="10">${escape(`${platform}: ${setting.heading}`)}</h1>
<p data-pagefind-weight="8">${escape(setting.label)}</p>
<p data-pagefind-weight="6">${escape(words.join(', '))}</p>
<p data-pagefind-weight="${setting.switchable ? 9 : 0.2}">${escape(optOut)}</p>
<p data-pagefind-weight="3">${escape(answer)}</p>
<p>${escape(setting.summary)}</p>
<p data-pagefind-weight="0.5">${escape([setting.data, setting.recipients, setting.effect].join(' '))}</p>
<div data-pagefind-ignore>
${filters.join('\n')}
${meta('title', `${platform}: ${setting.heading}`)}
${meta('platform', platform)}
${meta('default', state.label)}
${meta('answer', answer)}
</div>
</main></body></html>`;
  return { url: setting.href, html };
}

function incidentRecords(guide: AtlasGuide): SearchRecord[] {
  return guide.incidents.map((incident) => ({
    url: incident.href,
    html: `<!doctype html><html lang="en"><head><title>${escape(guide.platform.name)}</title></head><body>
<main data-pagefind-body>
<h1 data-pagefind-weight="8">${escape(`${guide.platform.name}: ${incident.title}`)}</h1>
<p data-pagefind-weight="4">${escape([guide.platform.name, ...guide.platform.aliases, 'incident', 'fine'].join(', '))}</p>
<p>${escape(incident.summary)}</p>
<div data-pagefind-ignore>
${filter('platform', guide.platform.name)}
${filter('category', 'Incidents')}
${meta('title', `${guide.platform.name}: ${incident.title}`)}
${meta('platform', guide.platform.name)}
${meta('date', incident.date)}
</div>
</main></body></html>`,
  }));
}

/**
 * Records for every setting (under the guide that describes it) and every incident; and, for each
 * translated guide, its settings in that language, so a search in German finds the German section.
 * Pagefind keeps one index per language (the records' `lang`), and each search page reads its own.
 */
export function searchRecords(atlas: Atlas): SearchRecord[] {
  const english = atlas.guides.flatMap((guide) => [
    ...guide.settings.map((setting) => settingRecord(atlas, guide, setting)),
    ...incidentRecords(guide),
  ]);
  const translated = LANGS.filter((lang) => lang !== 'en').flatMap((lang) =>
    atlas.translations
      .filter((t) => t.lang === lang)
      .flatMap((t) => {
        const guide = atlas.guide(t.guideId);
        const localized = atlas.localized(t.guideId, lang);
        return guide && localized
          ? localized.settings.map((setting) => settingRecord(atlas, guide, setting, strings(lang)))
          : [];
      }),
  );
  return [...english, ...translated];
}
