/** Reads the platform guides from Astro's content collection (pages and endpoints only). */
import { getCollection } from 'astro:content';
import type { PlatformGuide } from '../schemas/guide.ts';
import { sortGuides, type GuideRecord } from './guides.ts';

export async function loadGuides(): Promise<GuideRecord[]> {
  const entries = await getCollection('docs', (entry) => entry.data.kind === 'platform');
  return sortGuides(entries.map((entry) => ({ id: entry.id.split('/').pop()!, data: entry.data as unknown as PlatformGuide })));
}
