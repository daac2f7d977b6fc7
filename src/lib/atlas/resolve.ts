/**
 * The resolved atlas: the validated guides turned, once per build, into the model every page,
 * endpoint, feed, badge, search record and the checklist read. Shared settings are resolved to
 * their owner, every setting gets its `<guide>#<setting>` key and link, and derived facts
 * (defaultSince from the history, the sources without repeats) are computed here and nowhere else.
 */
import type { Incident, PlatformGuide } from '../../schemas/guide.ts';
import type { Source } from '../../schemas/primitives.ts';
import type { Setting } from '../../schemas/setting.ts';
import { needsReview, type QuoteCheck, type SourceStatusFile } from '../../schemas/source-status.ts';
import { guidePath, incidentPath } from '../routes.ts';
import type { Lang } from '../i18n/strings.ts';
import { drift, type DriftReport } from '../i18n/drift.ts';
import { localizeGuide, type LocalizedGuide, type TranslationRecord } from './localize.ts';

/** A validated guide as read from disk or from Astro's collection. */
export interface GuideRecord {
  /** Guide ID: the file name, the URL slug and the JSON key. */
  id: string;
  data: PlatformGuide;
  /** The guide's own text (its introduction), for the translations' drift. */
  body?: string;
}

export interface AtlasSetting extends Setting {
  /** `<guide>#<setting>`: the key of the checklist, the status file and the search records. */
  key: string;
  /** The guide that describes the setting. */
  guideId: string;
  /** Its section in that guide. */
  href: string;
  /** The heading: the short title if given, else the platform's label. */
  heading: string;
  /** When the current default took effect: as written, or the newest default-changed entry. */
  defaultSince?: string;
  /** Every source once: the quote's page first, then the setting's sources. */
  allSources: Source[];
  /** Whether the reader can do anything: there are steps for at least one surface. */
  switchable: boolean;
  /** The date of the newest history entry, for "changed since you checked". */
  lastChanged?: string;
  /** What `npm run check:sources` last found for the quote, if it has run. */
  quoteCheck?: QuoteCheck;
  /** The quote's words are no longer on its page (changed or gone): a person should look. */
  needsReview: boolean;
}

export interface AtlasIncident extends Incident {
  href: string;
}

export interface AtlasGuide extends Omit<PlatformGuide, 'settings' | 'sharedSettings' | 'incidents'> {
  id: string;
  href: string;
  /** The settings this guide describes. */
  settings: AtlasSetting[];
  /** Settings described in another guide that also govern this platform. */
  shared: AtlasSetting[];
  /** Both, own first: what the matrix and the checklist show for this platform. */
  all: AtlasSetting[];
  incidents: AtlasIncident[];
}

export interface Atlas {
  /** Sorted by platform name, so every view lists platforms in the same order. */
  guides: AtlasGuide[];
  guide(id: string): AtlasGuide | undefined;
  setting(key: string): AtlasSetting | undefined;
  /** The guides that list a setting among their shared settings, by setting key. */
  governedBy(key: string): AtlasGuide[];
  /** When the source check last ran (its status file), if it has. */
  sourcesChecked?: string;
  /** Every guide's translations that passed the check. */
  translations: readonly TranslationRecord[];
  /** A guide for a page in `lang`: translated where a translation exists, else the English. */
  localized(id: string, lang: Lang): LocalizedGuide | undefined;
  /** How a guide's translation into `lang` stands against the English; undefined if there is none. */
  drift(id: string, lang: Lang): DriftReport | undefined;
}

export const settingKey = (guideId: string, settingId: string) => `${guideId}#${settingId}`;

/** A shared-setting reference, `<guide>#<setting>` (already checked by the schema), in its parts. */
export function parseSettingRef(ref: string): { guideId: string; settingId: string } {
  const at = ref.indexOf('#');
  return { guideId: ref.slice(0, at), settingId: ref.slice(at + 1) };
}

function resolveSetting(guideId: string, setting: Setting, status?: SourceStatusFile): AtlasSetting {
  const changes = setting.history.filter((h) => h.kind === 'default-changed').map((h) => h.date);
  const seen = new Set<string>();
  const allSources = [setting.quote?.source, setting.quote?.via, ...setting.sources]
    .filter((s): s is Source => s !== undefined)
    .filter((s) => !seen.has(s.url) && Boolean(seen.add(s.url)));
  const key = settingKey(guideId, setting.id);
  // A check of another quote (the text or its page changed since) says nothing about this one.
  const check = status?.settings[key]?.quote;
  const quoteCheck =
    setting.quote && check?.url === (setting.quote.source ?? setting.quote.via)?.url ? check : undefined;
  return {
    ...setting,
    key,
    guideId,
    href: guidePath(guideId, setting.id),
    heading: setting.title ?? setting.label,
    defaultSince: setting.defaultSince ?? changes.sort().at(-1),
    allSources,
    switchable: setting.optOut.length > 0,
    lastChanged: setting.history
      .map((h) => h.date)
      .sort()
      .at(-1),
    quoteCheck,
    needsReview: needsReview(quoteCheck),
  };
}

/** The guides as one model; `status` is the source check's file, when there is one. */
export function resolveAtlas(
  records: readonly GuideRecord[],
  status?: SourceStatusFile,
  translations: readonly TranslationRecord[] = [],
): Atlas {
  const sorted = records.toSorted((a, b) => a.data.platform.name.localeCompare(b.data.platform.name, 'en'));
  const settings = new Map<string, AtlasSetting>();
  for (const { id, data } of sorted) {
    for (const setting of data.settings) settings.set(settingKey(id, setting.id), resolveSetting(id, setting, status));
  }
  const governs = new Map<string, AtlasGuide[]>();
  const guides = sorted.map(({ id, data }): AtlasGuide => {
    const { settings: own, sharedSettings, incidents, ...rest } = data;
    const ownSettings = own.map((s) => settings.get(settingKey(id, s.id))!);
    // References were checked by the validation; one that does not resolve is skipped, not guessed.
    const shared = sharedSettings.flatMap((ref) => settings.get(ref) ?? []);
    return {
      ...rest,
      id,
      href: guidePath(id),
      settings: ownSettings,
      shared,
      all: [...ownSettings, ...shared],
      incidents: incidents.map((incident) => ({ ...incident, href: incidentPath(id, incident.id) })),
    };
  });
  const byId = new Map(guides.map((g) => [g.id, g]));
  for (const guide of guides) {
    for (const setting of guide.shared) governs.set(setting.key, [...(governs.get(setting.key) ?? []), guide]);
  }
  const bodies = new Map(records.map((r) => [r.id, r.body ?? '']));
  const translated = new Map(translations.map((t) => [`${t.lang}/${t.guideId}`, t]));
  const localized = new Map<string, LocalizedGuide>();
  return {
    guides,
    guide: (id) => byId.get(id),
    setting: (key) => settings.get(key),
    governedBy: (key) => governs.get(key) ?? [],
    sourcesChecked: status?.checked,
    translations,
    localized(id, lang) {
      const key = `${lang}/${id}`;
      const guide = byId.get(id);
      if (!guide) return undefined;
      if (!localized.has(key)) localized.set(key, localizeGuide(guide, lang, translated.get(key), bodies.get(id)));
      return localized.get(key);
    },
    drift(id, lang) {
      const translation = translated.get(`${lang}/${id}`);
      const record = records.find((r) => r.id === id);
      if (!translation || !record) return undefined;
      return drift({ ...record.data, body: record.body ?? '' }, translation.data, translation.body);
    },
  };
}
