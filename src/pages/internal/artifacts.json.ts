// What `scripts/after-build.ts` writes once Astro has exited, made here from the resolved atlas:
// the search records and the badges. The file itself is removed from the site after that step.
import type { APIRoute } from 'astro';
import { loadAtlas, loadMatrix } from '../../lib/atlas/load.ts';
import { badgeFiles } from '../../lib/publish/badge.ts';
import { searchRecords } from '../../lib/search/records.ts';

export const GET: APIRoute = async () => {
  const [atlas, matrix] = await Promise.all([loadAtlas(), loadMatrix()]);
  return Response.json({ searchRecords: searchRecords(atlas), badges: badgeFiles(matrix) });
};
