/** Every dated change (history entries) and incident across guides: the changes page and feeds. */
import type { CategoryId, HistoryKind } from '../../schemas/vocabulary.ts';
import { localePath, type Lang } from '../i18n/strings.ts';
import type { Atlas } from './resolve.ts';

export interface ChangeItem {
  /** Stable ID, also the HTML id on the changes page: `<guide>--<setting>--<date>` or `<guide>--incident-<id>`. */
  id: string;
  kind: 'change' | 'incident';
  /** For changes: what kind of change (default-changed, label-changed…). */
  changeKind?: HistoryKind;
  /** For default and label changes: before and after. */
  from?: string;
  to?: string;
  date: string;
  guideId: string;
  /** For changes: the setting's ID. */
  settingId?: string;
  platform: string;
  /** The setting's category; incidents have none. */
  category?: CategoryId;
  /** The setting's heading, or the incident's title. */
  subject: string;
  /** Whether the subject is in English on a page in another language (no current translation of it). */
  subjectInEnglish?: boolean;
  /** What changed, in English: history entries and incidents are not translated. */
  summary: string;
  /** Path of the setting's section (or the incident) in its guide. */
  href: string;
  sources: { url: string; title: string; publisher?: string }[];
}

/** Newest first; ties broken by platform then subject so the order is stable. */
export function changeItems(atlas: Atlas): ChangeItem[] {
  const items = atlas.guides.flatMap((guide): ChangeItem[] => [
    ...guide.settings.flatMap((setting) =>
      setting.history.map((entry, index) => ({
        id: `${guide.id}--${setting.id}--${entry.date}${index ? `-${index}` : ''}`,
        kind: 'change' as const,
        changeKind: entry.kind,
        from: entry.from,
        to: entry.to,
        date: entry.date,
        guideId: guide.id,
        settingId: setting.id,
        platform: guide.platform.name,
        category: setting.category,
        subject: setting.heading,
        summary: entry.change,
        href: setting.href,
        sources: entry.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
      })),
    ),
    ...guide.incidents.map((incident) => ({
      id: `${guide.id}--incident-${incident.id}`,
      kind: 'incident' as const,
      date: incident.date,
      guideId: guide.id,
      platform: guide.platform.name,
      subject: incident.title,
      summary: incident.summary,
      href: incident.href,
      sources: incident.sources.map(({ url, title, publisher }) => ({ url, title, publisher })),
    })),
  ]);
  return items.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || a.platform.localeCompare(b.platform) || a.subject.localeCompare(b.subject),
  );
}

/**
 * The items for pages and feeds in `lang`: each setting's heading in that language where the guide
 * has a current translation of it (otherwise English, flagged), and links to the pages in that
 * language. Incidents' titles and every summary stay in English.
 */
export function localizeChangeItems(items: ChangeItem[], atlas: Atlas, lang: Lang): ChangeItem[] {
  if (lang === 'en') return items;
  return items.map((item) => {
    const href = localePath(item.href, lang);
    if (item.kind === 'incident') return { ...item, href, subjectInEnglish: true };
    const setting = atlas.localized(item.guideId, lang)?.all.find((s) => s.id === item.settingId);
    return {
      ...item,
      href,
      subject: setting?.heading ?? item.subject,
      subjectInEnglish: !setting?.translated || setting.english.has('title'),
    };
  });
}

/** Items grouped by month (`YYYY-MM`), newest month first, for the changes page. */
export function byMonth(items: ChangeItem[]): { month: string; items: ChangeItem[] }[] {
  const groups = new Map<string, ChangeItem[]>();
  for (const item of items) groups.set(item.date.slice(0, 7), [...(groups.get(item.date.slice(0, 7)) ?? []), item]);
  return [...groups].map(([month, list]) => ({ month, items: list }));
}
