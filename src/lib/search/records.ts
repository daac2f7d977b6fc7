/**
 * One search record per setting and per incident, so a search lands on the section rather than the
 * top of a long guide. Each record is a small HTML document for Pagefind: weights rank a match in
 * the label or the words readers use above a passing mention; the answer line (state and action)
 * is what the result's snippet shows. Filters and meta sit in an ignored block: Pagefind reads them
 * there but does not index their words, so "Shared, no opt-out" does not answer "opt out". Settings
 * readers can switch carry the words of switching off with a high weight, so for opt-out questions
 * (rewritten to "switch off", src/lib/search/query.ts) they rank above the ones they cannot switch.
 */
import { categories, regions as regionNames } from '../../schemas/vocabulary.ts';
import type { Atlas, AtlasGuide, AtlasSetting } from '../atlas/resolve.ts';
import { escapeMarkup as escape, pagefindText } from '../escape.ts';
import { STATE_STYLE } from '../presentation.ts';
import { answerText } from '../publish/public-data.ts';

export interface SearchRecord {
  url: string;
  html: string;
}

const filter = (name: string, value: string) =>
  `<span data-pagefind-filter="${name}">${escape(pagefindText(value))}</span>`;
const meta = (name: string, value: string) => `<span data-pagefind-meta="${name}">${escape(value)}</span>`;

function settingRecord(atlas: Atlas, guide: AtlasGuide, setting: AtlasSetting): SearchRecord {
  const platform = guide.platform.name;
  const category = categories[setting.category];
  const state = STATE_STYLE[setting.default];
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
  const optOut = setting.switchable
    ? 'You can opt out: switch it off, turn it off, stop it, disable it.'
    : 'There is no switch for it.';
  const filters = [
    filter('platform', platform),
    filter('category', category.label),
    filter('default', state.label),
    filter('switch', setting.switchable ? 'Can be switched off' : 'No switch'),
    ...[...new Set(setting.regions.flatMap((r) => r.regions))].map((code) =>
      filter('region', `Differs in ${regionNames[code]}`),
    ),
  ];
  const html = `<!doctype html><html lang="en"><head><title>${escape(platform)}</title></head><body>
<main data-pagefind-body>
<h1 data-pagefind-weight="10">${escape(`${platform}: ${setting.heading}`)}</h1>
<p data-pagefind-weight="8">${escape(setting.label)}</p>
<p data-pagefind-weight="6">${escape(words.join(', '))}</p>
<p data-pagefind-weight="${setting.switchable ? 9 : 0.2}">${escape(optOut)}</p>
<p data-pagefind-weight="3">${escape(answerText(setting))}</p>
<p>${escape(setting.summary)}</p>
<p data-pagefind-weight="0.5">${escape([setting.data, setting.recipients, setting.effect].join(' '))}</p>
<div data-pagefind-ignore>
${filters.join('\n')}
${meta('title', `${platform}: ${setting.heading}`)}
${meta('platform', platform)}
${meta('default', state.label)}
${meta('answer', answerText(setting))}
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

/** Records for every setting (under the guide that describes it) and every incident. */
export function searchRecords(atlas: Atlas): SearchRecord[] {
  return atlas.guides.flatMap((guide) => [
    ...guide.settings.map((setting) => settingRecord(atlas, guide, setting)),
    ...incidentRecords(guide),
  ]);
}
