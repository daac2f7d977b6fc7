/**
 * The sidebar's "Platforms" group. Starlight writes the whole sidebar into every page, so a list of
 * every guide costs each page a link per guide: at 10,000 guides, 1.5 MB of HTML and about 1.35 s
 * of rendering a page (docs/performance.md). Up to `SIDEBAR_GUIDE_LIMIT` guides the group lists
 * them all; beyond that it links to the A–Z index of platforms (`/platforms/`), which every size of
 * the atlas has.
 */
import { readdirSync } from 'node:fs';

export const SIDEBAR_GUIDE_LIMIT = 300;

/** Guide files in a platforms folder (the check refuses anything else there). */
export const countGuideFiles = (platformsDir: string) =>
  readdirSync(platformsDir).filter((name) => /^[^._].*\.mdx?$/.test(name)).length;

export function platformsSidebarGroup(guideCount: number) {
  return guideCount <= SIDEBAR_GUIDE_LIMIT
    ? { label: 'Platforms', items: [{ autogenerate: { directory: 'platforms' } }] }
    : {
        label: 'Platforms',
        items: [{ label: `All ${guideCount.toLocaleString('en')} platforms, A–Z`, link: '/platforms/' }],
      };
}
