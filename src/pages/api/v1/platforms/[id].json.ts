import type { APIRoute, GetStaticPaths } from 'astro';
import type { GuideRecord } from '../../../../lib/guides.ts';
import { loadGuides } from '../../../../lib/guides-astro.ts';
import { platformFile } from '../../../../lib/public-data.ts';

export const getStaticPaths = (async () =>
  (await loadGuides()).map((guide) => ({ params: { id: guide.id }, props: { guide } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: GuideRecord }> = ({ props, site }) =>
  Response.json(platformFile(props.guide, site!.href));
