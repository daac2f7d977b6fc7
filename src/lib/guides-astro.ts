/** Reads the platform guides from Astro's content collection (pages and endpoints only). */
import { getCollection } from 'astro:content';
import type { PlatformGuide } from '../schemas/guide.ts';
import { sortGuides, type GuideRecord } from './guides.ts';
import { buildMatrix, type Matrix } from './matrix.ts';

export async function loadGuides(): Promise<GuideRecord[]> {
  const entries = await getCollection('docs', (entry) => entry.data.kind === 'platform');
  return sortGuides(
    entries.map((entry) => ({ id: entry.id.split('/').pop()!, data: entry.data as unknown as PlatformGuide })),
  );
}

let built: Promise<Matrix> | undefined;

/**
 * The comparison matrix. Four routes show or publish it; a build computes it once, while the dev
 * server, where guides change under it, computes it on every request.
 */
export function loadMatrix(): Promise<Matrix> {
  if (!import.meta.env.PROD) return loadGuides().then(buildMatrix);
  return (built ??= loadGuides().then(buildMatrix));
}
