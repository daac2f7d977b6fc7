/**
 * RSS 2.0 and Atom 1.0 feeds of the changes, built with the `feed` library. Feed readers render
 * item text as HTML, so every value from a guide is escaped here and goes in as text: markup in a
 * guide shows as characters, and no value can close the library's CDATA sections (it escapes only
 * the first `]]>`; escaped text has none). Sources are real links.
 */
import { Feed } from 'feed';
import type { ChangeItem } from '../atlas/changes.ts';
import { escapeMarkup } from '../escape.ts';
import { localePath, strings, type Lang, type Strings } from '../i18n/strings.ts';
import { feedPath, sitePath } from '../routes.ts';
import { changeKindWord, transition } from '../atlas/wording.ts';

/**
 * Entries in each site-wide feed: the newest ones. Feed readers fetch a feed again and again and
 * only show what is new; the whole history is on the changes pages and in each guide's own feed,
 * which keeps all of its entries (a thousand guides would otherwise make every site feed 8 MB).
 */
export const SITE_FEED_ITEMS = 100;

export interface FeedOptions {
  site: string;
  /** Feed name: `changes` for all platforms, or a guide ID. */
  name: string;
  title: string;
  description: string;
  /**
   * How many entries there are in all, when the feed carries only the latest of them (the site-wide
   * feeds): the description then says how many it carries.
   */
  total?: number;
  /** The feed's language: its own words, and links to the pages in that language (default English). */
  lang?: Lang;
}

/** The item's body as HTML made only of escaped text and links. */
export function itemHtml(item: ChangeItem, site: string, s: Strings = strings('en')): string {
  const change = transition(item, s);
  const kind = changeKindWord(item.kind === 'incident' ? 'incident' : item.changeKind!, s);
  const sources = item.sources
    .map(
      (s) =>
        `<a href="${escapeMarkup(new URL(s.url, site).href)}">${escapeMarkup(s.title)}</a>${s.publisher ? ` (${escapeMarkup(s.publisher)})` : ''}`,
    )
    .join('; ');
  return [
    `<p>${escapeMarkup(kind)}${change ? `: ${escapeMarkup(change)}` : ''}</p>`,
    `<p>${escapeMarkup(item.summary)}</p>`,
    sources && `<p>${escapeMarkup(s.t('atlas.feed.sources'))} ${sources}</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function buildFeed(
  items: ChangeItem[],
  { site, name, title, description, total = items.length, lang = 'en' }: FeedOptions,
): Feed {
  const s = strings(lang);
  const cut = total > items.length ? ` ${s.t('atlas.feed.latest', { count: items.length })}` : '';
  const absolute = (p: string) => new URL(p, site).href;
  const changesPage = localePath(sitePath('/changes/'), lang);
  const feed = new Feed({
    id: absolute(feedPath(name, 'atom', lang)),
    title: escapeMarkup(title),
    description: escapeMarkup(`${description}${cut}`),
    link: absolute(changesPage),
    language: lang,
    copyright: 'CC BY 4.0, Opt-Out Atlas contributors',
    updated: new Date(`${items[0]?.date ?? '2024-01-01'}T00:00:00Z`),
    feedLinks: { rss: absolute(feedPath(name, 'rss', lang)), atom: absolute(feedPath(name, 'atom', lang)) },
    author: { name: 'Opt-Out Atlas contributors', link: absolute(sitePath('/')) },
  });
  for (const item of items) {
    const change = transition(item, s);
    feed.addItem({
      id: absolute(`${changesPage}#${encodeURIComponent(item.id)}`),
      title: escapeMarkup(
        `${item.kind === 'incident' ? `${changeKindWord('incident', s)} — ` : ''}${item.platform}: ${item.subject}${change ? ` (${change})` : ''}`,
      ),
      link: absolute(item.href),
      date: new Date(`${item.date}T00:00:00Z`),
      description: escapeMarkup(item.summary),
      content: itemHtml(item, site, s),
    });
  }
  return feed;
}
