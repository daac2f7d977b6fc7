/** The guide collection as plain data, the input of every generated view (matrix, API, badges). */
import type { PlatformGuide } from '../schemas/guide.ts';
import type { Setting } from '../schemas/setting.ts';

export interface GuideRecord {
  /** Guide ID: the file name, the URL slug and the JSON key. */
  id: string;
  data: PlatformGuide;
}

/** Sorted by platform name, so every generated view lists platforms in the same order. */
export function sortGuides(guides: GuideRecord[]): GuideRecord[] {
  return guides.toSorted((a, b) => a.data.platform.name.localeCompare(b.data.platform.name, 'en'));
}

/** A shared-setting reference, `<guide>#<setting>` (already checked by the schema), in its parts. */
export function parseSettingRef(ref: string): { guideId: string; settingId: string } {
  const [guideId, settingId] = ref.split('#');
  return { guideId, settingId };
}

/** The guide page of a platform, or a setting's section in it. */
export function guidePath(guideId: string, settingId?: string): string {
  return `/platforms/${guideId}/${settingId ? `#${settingId}` : ''}`;
}

/** The heading of a setting's section: the short title if given, else the platform's label. */
export function settingHeading(setting: Pick<Setting, 'title' | 'label'>): string {
  return setting.title ?? setting.label;
}
