import type { APIRoute } from 'astro';
import { loadGuides } from '../../../lib/guides-astro.ts';
import { buildMatrix } from '../../../lib/matrix.ts';
import { matrixCsv } from '../../../lib/public-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(matrixCsv(buildMatrix(await loadGuides()), site!.href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
