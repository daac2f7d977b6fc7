/** The catalogue of settings the /checklist/ page embeds, built from the atlas at build time. */
import type { CatalogueEntry } from '../checklist.ts';
import { strings, type Lang } from '../i18n/strings.ts';
import type { Atlas } from './resolve.ts';
import { actionShort, plain } from './wording.ts';

/** In the page's language: headings of translated guides, links to the same language's pages. The keys are the same in every language, so one stored checklist serves them all. */
export function buildCatalogue(atlas: Atlas, lang: Lang = 'en'): CatalogueEntry[] {
  const s = strings(lang);
  return atlas.guides.map((english) => ({
    guideId: english.id,
    platform: english.platform.name,
    settings: atlas.localized(english.id, lang)!.settings.map((setting) => {
      const action = actionShort(setting, s);
      return {
        key: setting.key,
        title: setting.heading,
        href: setting.href,
        state: setting.default,
        action: action ? plain(action, s) : s.t('atlas.checklist.noSwitch'),
        lastChanged: setting.lastChanged,
        needsReview: setting.needsReview || undefined,
      };
    }),
  }));
}
