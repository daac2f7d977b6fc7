import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAtlas } from '../../../../lib/atlas/load.ts';
import type { AtlasGuide } from '../../../../lib/atlas/resolve.ts';
import { platformFile } from '../../../../lib/publish/public-data.ts';

export const getStaticPaths = (async () =>
  (await loadAtlas()).guides.map((guide) => ({ params: { id: guide.id }, props: { guide } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: AtlasGuide }> = ({ props, site }) =>
  Response.json(platformFile(props.guide, site!.href));
