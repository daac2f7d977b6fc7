/**
 * Maps guides to the published data, validating every file against the public schema before it
 * is written: a mapping bug fails the build instead of publishing malformed data.
 */
import {
  API_VERSION,
  publicMatrixFileSchema,
  publicPlatformFileSchema,
  publicPlatformsFileSchema,
  type PublicPlatform,
} from '../schemas/public.ts';
import { categories } from '../schemas/vocabulary.ts';
import { guidePath, parseSettingRef, type GuideRecord } from './guides.ts';
import type { Matrix } from './matrix.ts';

const envelope = { version: API_VERSION, license: 'CC-BY-4.0' } as const;

export function toPublicPlatform({ id, data }: GuideRecord, site: string): PublicPlatform {
  const link = (guideId: string, settingId?: string) => new URL(guidePath(guideId, settingId), site).href;
  return {
    id,
    url: link(id),
    name: data.platform.name,
    company: data.platform.company,
    website: data.platform.website,
    privacyPolicy: data.platform.privacyPolicy,
    aliases: data.platform.aliases,
    description: data.description,
    lastVerified: data.lastVerified,
    settings: data.settings.map((setting) => ({ ...setting, url: link(id, setting.id) })),
    sharedSettings: data.sharedSettings.map((ref) => {
      const { guideId, settingId } = parseSettingRef(ref);
      return { platform: guideId, setting: settingId, url: link(guideId, settingId) };
    }),
    incidents: data.incidents,
  };
}

export function platformsFile(guides: GuideRecord[], site: string) {
  return publicPlatformsFileSchema.parse({ ...envelope, platforms: guides.map((g) => toPublicPlatform(g, site)) });
}

export function platformFile(guide: GuideRecord, site: string) {
  return publicPlatformFileSchema.parse({ ...envelope, platform: toPublicPlatform(guide, site) });
}

export function matrixFile(matrix: Matrix, site: string) {
  return publicMatrixFileSchema.parse({
    ...envelope,
    asOf: matrix.asOf,
    categories: matrix.categories.map((id) => ({
      id,
      label: categories[id].label,
      description: categories[id].description,
    })),
    regions: [...matrix.regions],
    rows: matrix.rows.map((row) => ({
      platform: row.guideId,
      name: row.platform,
      url: new URL(row.href, site).href,
      cells: row.cells.map((cell) => ({
        category: cell.category,
        states: cell.states,
        settings: cell.settings.map((s) => ({
          platform: s.guideId,
          setting: s.settingId,
          url: new URL(s.href, site).href,
          shared: s.shared,
        })),
      })),
    })),
  });
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The matrix in long form: one line per platform, category and region view. */
export function matrixCsv(matrix: Matrix, site: string): string {
  const lines = [['platform', 'name', 'category', 'region', 'state', 'settings'].join(',')];
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      for (const region of matrix.regions) {
        const settings = cell.settings.map((s) => new URL(s.href, site).href).join(' ');
        lines.push(
          [row.guideId, row.platform, cell.category, region, cell.states[region], settings].map(csvField).join(','),
        );
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
