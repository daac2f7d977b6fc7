// RSS and Atom feeds of every change and incident, for all platforms and per platform:
// /feeds/changes.rss, /feeds/changes.atom, /feeds/<platform>.rss, /feeds/<platform>.atom
// (no guide may be called "changes": the check reserves the site-wide feed names).
import type { APIRoute, GetStaticPaths } from 'astro';
import { changeItems, type ChangeItem } from '../../lib/atlas/changes.ts';
import { loadAtlas } from '../../lib/atlas/load.ts';
import { buildFeed } from '../../lib/publish/feeds.ts';
import { SITE_FEEDS } from '../../lib/routes.ts';

interface Props {
  items: ChangeItem[];
  name: string;
  title: string;
  format: 'rss' | 'atom';
}

export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  const all = changeItems(atlas);
  const feeds = [
    { name: SITE_FEEDS[0], title: 'Opt-Out Atlas: what changed', items: all },
    ...atlas.guides.map((g) => ({
      name: g.id,
      title: `Opt-Out Atlas: ${g.platform.name}`,
      items: all.filter((i) => i.guideId === g.id),
    })),
  ];
  return feeds.flatMap((feed) =>
    (['rss', 'atom'] as const).map((format) => ({
      params: { file: `${feed.name}.${format}` },
      props: { ...feed, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const feed = buildFeed(props.items, {
    site: site!.href,
    name: props.name,
    title: props.title,
    description: 'Dated changes to platforms’ data-sharing defaults and wording, and incidents, with sources.',
  });
  return props.format === 'rss'
    ? new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
    : new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
