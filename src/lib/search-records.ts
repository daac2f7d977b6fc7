/**
 * One search record per setting, so a search lands on the setting's section rather than the top of
 * a long guide. Each record is a small HTML document for Pagefind: weights rank a match in the label
 * or the words readers use above a passing mention, and filters/meta come from the guide data.
 */
import type { PublicPlatform } from '../schemas/public.ts';
import { categories, defaultStates, regions as regionNames } from '../schemas/vocabulary.ts';
import { escapeMarkup as escape } from './escape.ts';
import { guidePath, settingHeading } from './guides.ts';

export interface SearchRecord {
  url: string;
  html: string;
}

/**
 * Records for every setting of every platform, from the published data (so the build does not
 * parse the guides a second time).
 */
export function searchRecords(platforms: PublicPlatform[]): SearchRecord[] {
  // A shared setting (e.g. Meta's Accounts Center) is found under every app it governs.
  const governs = new Map<string, string[]>();
  for (const p of platforms) {
    for (const ref of p.sharedSettings) {
      const key = `${ref.platform}#${ref.setting}`;
      governs.set(key, [...(governs.get(key) ?? []), p.name, ...p.aliases]);
    }
  }
  return platforms.flatMap((p) => settingRecords(p, governs));
}

function settingRecords(data: PublicPlatform, governs: Map<string, string[]>): SearchRecord[] {
  const { id, name: platform } = data;
  return data.settings.map((setting) => {
    const defaultLabel = defaultStates[setting.default].label;
    const category = categories[setting.category];
    const regional = setting.regions.flatMap((r) => r.regions);
    const words = [
      ...setting.aliases,
      ...data.aliases,
      platform,
      ...(governs.get(`${id}#${setting.id}`) ?? []),
      category.label,
      category.short,
    ];
    const filters = [
      ['platform', platform],
      ['category', category.label],
      ['default', defaultLabel],
      ...regional.map((code) => ['region', `Differs in ${regionNames[code]}`]),
    ];
    const html = `<!doctype html><html lang="en"><head><title>${escape(platform)}</title></head><body>
<main data-pagefind-body>
<h1 data-pagefind-weight="10">${escape(`${platform}: ${settingHeading(setting)} (${defaultLabel})`)}</h1>
<p data-pagefind-weight="8">${escape(setting.label)}</p>
<p data-pagefind-weight="6">${escape(words.join(', '))}</p>
<p>${escape(setting.summary)}</p>
<p data-pagefind-weight="0.5">${escape([setting.data, setting.recipients, setting.effect].join(' '))}</p>
${filters.map(([name, value]) => `<span data-pagefind-filter="${name}">${escape(value)}</span>`).join('\n')}
<span data-pagefind-meta="platform">${escape(platform)}</span>
<span data-pagefind-meta="default">${escape(defaultLabel)}</span>
</main></body></html>`;
    return { url: guidePath(id, setting.id), html };
  });
}
