/**
 * RSS 2.0 and Atom 1.0 feeds of the changes, built with the `feed` library. Feed readers render
 * item text as HTML, so every value from a guide is escaped here and goes in as text: markup in a
 * guide shows as characters, and no value can close the library's CDATA sections (it escapes only
 * the first `]]>`; escaped text has none). Sources are real links.
 */
import { Feed } from 'feed';
import type { ChangeItem } from '../atlas/changes.ts';
import { escapeMarkup } from '../escape.ts';
import { feedPath, sitePath } from '../routes.ts';
import { historyKinds } from '../../schemas/vocabulary.ts';
import { transition } from '../atlas/wording.ts';

export interface FeedOptions {
  site: string;
  /** Feed name: `changes` for all platforms, or a guide ID. */
  name: string;
  title: string;
  description: string;
}

/** The item's body as HTML made only of escaped text and links. */
export function itemHtml(item: ChangeItem, site: string): string {
  const change = transition(item);
  const kind = item.kind === 'incident' ? 'Incident' : historyKinds[item.changeKind!].split(' (')[0];
  const sources = item.sources
    .map(
      (s) =>
        `<a href="${escapeMarkup(new URL(s.url, site).href)}">${escapeMarkup(s.title)}</a>${s.publisher ? ` (${escapeMarkup(s.publisher)})` : ''}`,
    )
    .join('; ');
  return [
    `<p>${escapeMarkup(kind)}${change ? `: ${escapeMarkup(change)}` : ''}</p>`,
    `<p>${escapeMarkup(item.summary)}</p>`,
    sources && `<p>Sources: ${sources}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function buildFeed(items: ChangeItem[], { site, name, title, description }: FeedOptions): Feed {
  const absolute = (p: string) => new URL(p, site).href;
  const feed = new Feed({
    id: absolute(feedPath(name, 'atom')),
    title: escapeMarkup(title),
    description: escapeMarkup(description),
    link: absolute(sitePath('/changes/')),
    language: 'en',
    copyright: 'CC BY 4.0, Opt-Out Atlas contributors',
    updated: new Date(`${items[0]?.date ?? '2024-01-01'}T00:00:00Z`),
    feedLinks: { rss: absolute(feedPath(name, 'rss')), atom: absolute(feedPath(name, 'atom')) },
    author: { name: 'Opt-Out Atlas contributors', link: absolute(sitePath('/')) },
  });
  for (const item of items) {
    const change = transition(item);
    feed.addItem({
      id: absolute(`${sitePath('/changes/')}#${encodeURIComponent(item.id)}`),
      title: escapeMarkup(
        `${item.kind === 'incident' ? 'Incident — ' : ''}${item.platform}: ${item.subject}${change ? ` (${change})` : ''}`,
      ),
      link: absolute(item.href),
      date: new Date(`${item.date}T00:00:00Z`),
      description: escapeMarkup(item.summary),
      content: itemHtml(item, site),
    });
  }
  return feed;
}
