/**
 * Maps the resolved atlas to the published data, field by field (never by spreading an authoring
 * object, so a new authoring field is published only when someone maps it), and validates every
 * file against the public schema before it is written: a mapping bug fails the build.
 */
import type { Source } from '../../schemas/primitives.ts';
import {
  API_VERSION,
  publicMatrixFileSchema,
  publicPlatformFileSchema,
  publicTranslationsFileSchema,
  publicPlatformsFileSchema,
  type PublicPlatform,
  type PublicSetting,
  type PublicSource,
} from '../../schemas/public.ts';
import type { HistoryEntry, OptOut, RegionDefault, VariesBy } from '../../schemas/setting.ts';
import { categories } from '../../schemas/vocabulary.ts';
import type { Matrix } from '../atlas/matrix.ts';
import type { Atlas, AtlasGuide, AtlasSetting } from '../atlas/resolve.ts';
import { actionLine, plain, stateSentence } from '../atlas/wording.ts';
import { TRANSLATED_PROSE } from '../../schemas/translation.ts';
import { LANGS, strings, type Strings } from '../i18n/strings.ts';

const envelope = { version: API_VERSION, license: 'CC-BY-4.0' } as const;

/** Absolute URL of a site path. */
const absolute = (path: string, site: string) => new URL(path, site).href;

export const publicSource = (s: Source): PublicSource => ({
  url: s.url,
  title: s.title,
  publisher: s.publisher,
  kind: s.kind,
  published: s.published,
  read: s.read,
  archive: s.archived,
});

const publicVariesBy = (v: VariesBy | undefined) => (v ? { factors: [...v.factors], note: v.note } : undefined);

const publicRegion = (r: RegionDefault) => ({
  regions: [...r.regions],
  default: r.default,
  variesBy: publicVariesBy(r.variesBy),
  since: r.since,
  note: r.note,
});

const publicOptOut = (o: OptOut) => ({
  surface: o.surface,
  steps: [...o.steps],
  link: o.link,
  address: o.address,
  note: o.note,
});

const publicHistory = (h: HistoryEntry) => ({
  date: h.date,
  kind: h.kind,
  from: h.from,
  to: h.to,
  regions: h.regions ? [...h.regions] : undefined,
  change: h.change,
  sources: h.sources.map(publicSource),
});

/** The default and what to do, as one plain sentence. */
export function answerText(s: AtlasSetting, words: Strings = strings('en')): string {
  const action = actionLine(s, s.default, words);
  const state = stateSentence(s, s.default, s.variesBy, words);
  return action ? `${state} ${plain(action, words)}` : state;
}

export function publicSetting(s: AtlasSetting, site: string): PublicSetting {
  return {
    id: s.id,
    url: absolute(s.href, site),
    label: s.label,
    labelMeans: s.labelMeans,
    labelIs: s.labelIs,
    title: s.title,
    category: s.category,
    aliases: [...s.aliases],
    summary: s.summary,
    data: s.data,
    recipients: s.recipients,
    default: s.default,
    variesBy: publicVariesBy(s.variesBy),
    defaultSince: s.defaultSince,
    regions: s.regions.map(publicRegion),
    answer: answerText(s),
    quote: s.quote
      ? {
          text: s.quote.text,
          source: publicSource((s.quote.source ?? s.quote.via)!),
          via: s.quote.via ? publicSource(s.quote.via) : undefined,
          check: s.quoteCheck
            ? { status: s.quoteCheck.status, checked: s.quoteCheck.checked, lastFound: s.quoteCheck.lastFound }
            : undefined,
        }
      : undefined,
    optOut: s.optOut.map(publicOptOut),
    effect: s.effect,
    sources: s.sources.map(publicSource),
    verified: s.verified,
    confidence: s.confidence,
    confidenceNote: s.confidenceNote,
    history: s.history.map(publicHistory),
    needsReview: s.needsReview,
  };
}

export function publicPlatform(guide: AtlasGuide, site: string): PublicPlatform {
  return {
    id: guide.id,
    url: absolute(guide.href, site),
    name: guide.platform.name,
    company: guide.platform.company,
    website: guide.platform.website,
    privacyPolicy: guide.platform.privacyPolicy,
    aliases: [...guide.platform.aliases],
    description: guide.description,
    lastVerified: guide.lastVerified,
    settings: guide.settings.map((s) => publicSetting(s, site)),
    sharedSettings: guide.shared.map((s) => ({ platform: s.guideId, setting: s.id, url: absolute(s.href, site) })),
    incidents: guide.incidents.map((i) => ({
      id: i.id,
      date: i.date,
      title: i.title,
      summary: i.summary,
      sources: i.sources.map(publicSource),
    })),
  };
}

export function platformsFile(atlas: Atlas, site: string) {
  return publicPlatformsFileSchema.parse({ ...envelope, platforms: atlas.guides.map((g) => publicPlatform(g, site)) });
}

export function platformFile(guide: AtlasGuide, site: string) {
  return publicPlatformFileSchema.parse({ ...envelope, platform: publicPlatform(guide, site) });
}

export function matrixFile(matrix: Matrix, site: string) {
  return publicMatrixFileSchema.parse({
    ...envelope,
    asOf: matrix.verified.newest,
    oldestVerified: matrix.verified.oldest,
    categories: matrix.categories.map((id) => ({
      id,
      label: categories[id].label,
      description: categories[id].description,
      dpv: [...categories[id].dpv],
      tcf: [...categories[id].tcf],
    })),
    regions: [...matrix.regions],
    rows: matrix.rows.map((row) => ({
      platform: row.guideId,
      name: row.platform,
      url: absolute(row.href, site),
      cells: row.cells.map((cell) => ({
        category: cell.category,
        states: { ...cell.states },
        worst: { ...cell.worst },
        main: cell.main?.key,
        settings: [...(cell.main ? [cell.main] : []), ...cell.settings.filter((s) => s !== cell.main)].map((s) => ({
          platform: s.guideId,
          setting: s.id,
          url: absolute(s.href, site),
          shared: s.guideId !== row.guideId,
        })),
      })),
    })),
  });
}

/** Every guide's translations: the prose translated from the English as it stands (the facts are in the other files). */
export function translationsFile(atlas: Atlas, site: string) {
  return publicTranslationsFileSchema.parse({
    ...envelope,
    languages: LANGS.filter((lang) => lang !== 'en'),
    translations: atlas.translations.flatMap((t) => {
      const guide = atlas.localized(t.guideId, t.lang);
      if (!guide) return [];
      const outdated = atlas.drift(t.guideId, t.lang)!.outdated.map((p) => p.field);
      return [
        {
          platform: t.guideId,
          lang: t.lang,
          url: absolute(guide.href, site),
          title: guide.title,
          description: guide.description,
          settings: guide.settings.map((s) => {
            const prefix = `settings.${s.id}.`;
            const english = (field: string) => s.english.has(field);
            return {
              id: s.id,
              title: english('title') ? undefined : s.heading,
              ...Object.fromEntries(TRANSLATED_PROSE.filter((f) => !english(f) && s[f]).map((f) => [f, s[f]])),
              quoteTranslation: s.quoteTranslation,
              outdated: outdated.filter((field) => field.startsWith(prefix)).map((field) => field.slice(prefix.length)),
            };
          }),
        },
      ];
    }),
  });
}
