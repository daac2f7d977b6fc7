/** The catalogue of settings the /checklist/ page embeds, built from the guides at build time. */
import type { CatalogueEntry } from './checklist.ts';
import { lastChanged } from './changes.ts';
import { guidePath, settingHeading, type GuideRecord } from './guides.ts';

export function buildCatalogue(guides: GuideRecord[]): CatalogueEntry[] {
  const changed = lastChanged(guides);
  return guides.map(({ id, data }) => ({
    guideId: id,
    platform: data.platform.name,
    settings: data.settings.map((s) => ({
      key: `${id}#${s.id}`,
      title: settingHeading(s),
      href: guidePath(id, s.id),
      lastChanged: changed[`${id}#${s.id}`],
    })),
  }));
}
