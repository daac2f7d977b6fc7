import type { APIRoute } from 'astro';
import { loadMatrix } from '../../../lib/atlas/load.ts';
import { matrixCsv } from '../../../lib/publish/csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(matrixCsv(await loadMatrix(), site!.href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
