/** RSS 2.0 and Atom 1.0 feeds of the changes, built with the `feed` library. */
import { Feed } from 'feed';
import type { ChangeItem } from './changes.ts';

export interface FeedOptions {
  site: string;
  /** Feed path without extension, e.g. `/feeds/changes` or `/feeds/x`. */
  path: string;
  title: string;
  description: string;
}

export function buildFeed(items: ChangeItem[], { site, path, title, description }: FeedOptions): Feed {
  const absolute = (p: string) => new URL(p, site).href;
  const feed = new Feed({
    id: absolute(path),
    title,
    description,
    link: absolute('/changes/'),
    language: 'en',
    copyright: 'CC BY 4.0, Opt-Out Atlas contributors',
    updated: new Date(`${items[0]?.date ?? '2024-01-01'}T00:00:00Z`),
    feedLinks: { rss: absolute(`${path}.rss`), atom: absolute(`${path}.atom`) },
    author: { name: 'Opt-Out Atlas contributors', link: absolute('/') },
  });
  for (const item of items) {
    feed.addItem({
      id: absolute(`/changes/#${encodeURIComponent(item.id)}`),
      title: `${item.kind === 'incident' ? 'Incident — ' : ''}${item.title}`,
      link: absolute(item.href),
      date: new Date(`${item.date}T00:00:00Z`),
      description: item.summary,
      content: `${item.summary}\n\nSources: ${item.sources.map((s) => `${s.title} <${s.url}>`).join('; ')}`,
    });
  }
  return feed;
}
