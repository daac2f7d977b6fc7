/** What the guide pages show, computed from guide data; the components only render it. */
import type { PlatformGuide } from '../schemas/guide.ts';
import type { Setting } from '../schemas/setting.ts';
import { categories, defaultStates, regions, surfaces, type DefaultState } from '../schemas/vocabulary.ts';
import { settingHeading } from './guides.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2024-11-15` → `15 Nov 2024`. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** Badge text and variant: the text carries the meaning, the colour only repeats it. */
export function defaultBadge(state: DefaultState): { text: string; variant: 'danger' | 'success' | 'caution' } {
  const variant = state === 'off' ? 'success' : state === 'varies' ? 'caution' : 'danger';
  return { text: defaultStates[state].label, variant };
}

export interface RegionLine {
  regions: string;
  default: DefaultState;
  since?: string;
  note?: string;
}

/** One line per regional default, with region names spelled out. */
export function regionLines(setting: Setting): RegionLine[] {
  return setting.regions.map((entry) => ({
    regions: entry.regions.map((code) => `${regions[code]} (${code})`).join(', '),
    default: entry.default,
    since: entry.since,
    note: entry.note,
  }));
}

export const categoryLabel = (setting: Setting) => categories[setting.category].label;
export const surfaceLabel = (surface: keyof typeof surfaces) => surfaces[surface];

/** Every source of a setting, without repeating a URL (the quote's source usually appears in `sources` too). */
export function allSources(setting: Setting) {
  const seen = new Set<string>();
  return [...(setting.quote ? [setting.quote.source] : []), ...setting.sources].filter(
    (source) => !seen.has(source.url) && seen.add(source.url),
  );
}

interface TocItem {
  depth: number;
  slug: string;
  text: string;
  children: TocItem[];
}

/** Table-of-contents entries for the sections the guide component renders after the body. */
export function guideToc(guide: PlatformGuide): TocItem[] {
  const items: TocItem[] = [
    {
      depth: 2,
      slug: 'settings',
      text: 'Settings',
      children: guide.settings.map((s) => ({ depth: 3, slug: s.id, text: settingHeading(s), children: [] })),
    },
  ];
  if (guide.sharedSettings.length)
    items.push({ depth: 2, slug: 'shared-settings', text: 'Shared settings', children: [] });
  if (guide.incidents.length) items.push({ depth: 2, slug: 'incidents', text: 'Incidents', children: [] });
  return items;
}
