// One badge per platform and category, at a stable URL: /badges/<platform>/<category>.svg
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderBadge } from '../../../lib/badge.ts';
import { loadGuides } from '../../../lib/guides-astro.ts';
import { buildMatrix, type MatrixCell } from '../../../lib/matrix.ts';
import { categories } from '../../../schemas/vocabulary.ts';

export const getStaticPaths = (async () =>
  buildMatrix(await loadGuides()).rows.flatMap((row) =>
    row.cells.map((cell) => ({ params: { platform: row.guideId, category: cell.category }, props: { name: row.platform, cell } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string; cell: MatrixCell }> = ({ props }) =>
  new Response(renderBadge(`${props.name} · ${categories[props.cell.category].short}`, props.cell.states.default), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
