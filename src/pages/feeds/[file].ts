// RSS and Atom feeds of every change and incident, for all platforms and per platform:
// /feeds/changes.rss, /feeds/changes.atom, /feeds/<platform>.rss, /feeds/<platform>.atom
import type { APIRoute, GetStaticPaths } from 'astro';
import { changeItems, type ChangeItem } from '../../lib/changes.ts';
import { buildFeed } from '../../lib/feeds.ts';
import { loadGuides } from '../../lib/guides-astro.ts';

interface Props {
  items: ChangeItem[];
  name: string;
  title: string;
  format: 'rss' | 'atom';
}

export const getStaticPaths = (async () => {
  const guides = await loadGuides();
  const all = changeItems(guides);
  const feeds = [
    { name: 'changes', title: 'Opt-Out Atlas: what changed', items: all },
    ...guides.map((g) => ({
      name: g.id,
      title: `Opt-Out Atlas: ${g.data.platform.name}`,
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
    path: `/feeds/${props.name}`,
    title: props.title,
    description: 'Dated changes to platforms’ data-sharing defaults and wording, and incidents, with sources.',
  });
  return props.format === 'rss'
    ? new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
    : new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
