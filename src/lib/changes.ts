/** Every dated change (history entries) and incident across guides: the changes page and feeds. */
import type { CategoryId } from '../schemas/vocabulary.ts';
import { guidePath, settingHeading, type GuideRecord } from './guides.ts';

export interface ChangeItem {
  /** Stable ID, also the HTML id on the changes page: `<guide>--<setting>--<date>` or `<guide>--incident-<id>`. */
  id: string;
  kind: 'change' | 'incident';
  date: string;
  guideId: string;
  platform: string;
  /** The setting's category; incidents have none. */
  category?: CategoryId;
  title: string;
  summary: string;
  /** Path of the setting's section (or the incident) in its guide. */
  href: string;
  sources: { url: string; title: string }[];
}

/** Newest first; ties broken by platform then title so the order is stable. */
export function changeItems(guides: GuideRecord[]): ChangeItem[] {
  const items = guides.flatMap(({ id, data }): ChangeItem[] => [
    ...data.settings.flatMap((setting) =>
      setting.history.map((entry, index) => ({
        id: `${id}--${setting.id}--${entry.date}${index ? `-${index}` : ''}`,
        kind: 'change' as const,
        date: entry.date,
        guideId: id,
        platform: data.platform.name,
        category: setting.category,
        title: `${data.platform.name}: ${settingHeading(setting)}`,
        summary: entry.change,
        href: guidePath(id, setting.id),
        sources: entry.sources.map(({ url, title }) => ({ url, title })),
      })),
    ),
    ...data.incidents.map((incident) => ({
      id: `${id}--incident-${incident.id}`,
      kind: 'incident' as const,
      date: incident.date,
      guideId: id,
      platform: data.platform.name,
      title: `${data.platform.name}: ${incident.title}`,
      summary: incident.summary,
      href: guidePath(id, `incident-${incident.id}`),
      sources: incident.sources.map(({ url, title }) => ({ url, title })),
    })),
  ]);
  return items.sort(
    (a, b) => b.date.localeCompare(a.date) || a.platform.localeCompare(b.platform) || a.title.localeCompare(b.title),
  );
}

/** The date of the newest history entry of each setting, keyed `<guide>#<setting>`. */
export function lastChanged(guides: GuideRecord[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { id, data } of guides) {
    for (const setting of data.settings) {
      const newest = setting.history
        .map((h) => h.date)
        .sort()
        .at(-1);
      if (newest) result[`${id}#${setting.id}`] = newest;
    }
  }
  return result;
}
