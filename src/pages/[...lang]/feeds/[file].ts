// RSS and Atom feeds of the changes and incidents: /feeds/changes.{rss,atom} for all platforms (the
// latest SITE_FEED_ITEMS), the same in each language (/de/feeds/changes.rss: its words and links in German, the summaries in
// English), and /feeds/<platform>.{rss,atom} per platform, in English
// (no guide may be called "changes": the check reserves the site-wide feed names).
import type { APIRoute, GetStaticPaths } from 'astro';
import { changeItems, localizeChangeItems, type ChangeItem } from '../../../lib/atlas/changes.ts';
import { loadAtlas } from '../../../lib/atlas/load.ts';
import { LANGS, strings, type Lang } from '../../../lib/i18n/strings.ts';
import { buildFeed, SITE_FEED_ITEMS } from '../../../lib/publish/feeds.ts';
import { SITE_FEEDS } from '../../../lib/routes.ts';

interface Props {
  items: ChangeItem[];
  name: string;
  title: string;
  /** How many entries there are in all (the site-wide feeds carry only the latest). */
  total?: number;
  lang: Lang;
  format: 'rss' | 'atom';
}

export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  const all = changeItems(atlas);
  const feeds = [
    ...LANGS.map((lang) => ({
      lang,
      name: SITE_FEEDS[0],
      title: strings(lang).t('atlas.feed.title'),
      items: localizeChangeItems(all.slice(0, SITE_FEED_ITEMS), atlas, lang),
      total: all.length,
    })),
    ...atlas.guides.map((g) => ({
      lang: 'en' as const,
      name: g.id,
      title: `Opt-Out Atlas: ${g.platform.name}`,
      items: all.filter((i) => i.guideId === g.id),
    })),
  ];
  return feeds.flatMap((feed) =>
    (['rss', 'atom'] as const).map((format) => ({
      params: { lang: feed.lang === 'en' ? undefined : feed.lang, file: `${feed.name}.${format}` },
      props: { ...feed, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const feed = buildFeed(props.items, {
    site: site!.href,
    name: props.name,
    title: props.title,
    description: strings(props.lang).t('atlas.feed.description'),
    total: props.total,
    lang: props.lang,
  });
  return props.format === 'rss'
    ? new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
    : new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
