/** The catalogue of settings the /checklist/ page embeds, built from the atlas at build time. */
import type { CatalogueEntry } from '../checklist.ts';
import type { Atlas } from './resolve.ts';
import { actionShort, plain } from './wording.ts';

export function buildCatalogue(atlas: Atlas): CatalogueEntry[] {
  return atlas.guides.map((guide) => ({
    guideId: guide.id,
    platform: guide.platform.name,
    settings: guide.settings.map((s) => {
      const action = actionShort(s);
      return {
        key: s.key,
        title: s.heading,
        href: s.href,
        state: s.default,
        action: action ? plain(action) : 'No setting to switch: read the guide',
        lastChanged: s.lastChanged,
        needsReview: s.needsReview || undefined,
      };
    }),
  }));
}
