/**
 * Every URL the site makes from an ID, in one place: guide pages and their anchors, feeds, badges
 * and the API. Paths are built under the site's base path (src/site.ts), so a fork served at
 * `/<repo>/` links correctly everywhere.
 */
import { BASE_PATH } from '../site.ts';

/** A site path under the base path: `sitePath('/compare/')` → `/compare/` or `/<repo>/compare/`. */
export const sitePath = (path: string) => `${BASE_PATH}${path.replace(/^\//, '')}`;

/** The sections every guide page has, by anchor. Setting IDs may not take these. */
export const GUIDE_SECTIONS = {
  atAGlance: 'at-a-glance',
  settings: 'settings',
  shared: 'shared-settings',
  incidents: 'incidents',
} as const;
/** Anchors of incidents are `incident-<id>`. */
export const INCIDENT_ANCHOR_PREFIX = 'incident-';

/** The guide page of a platform, or a setting's section in it. */
export const guidePath = (guideId: string, settingId?: string) =>
  sitePath(`/platforms/${guideId}/${settingId ? `#${settingId}` : ''}`);
export const incidentPath = (guideId: string, incidentId: string) =>
  guidePath(guideId, `${INCIDENT_ANCHOR_PREFIX}${incidentId}`);

/**
 * Site-wide feeds, written beside the per-platform feeds `/feeds/<guide>.{rss,atom}`; each language
 * has its own site-wide feed (`/de/feeds/changes.rss`), the per-platform feeds are in English.
 */
export const SITE_FEEDS = ['changes'] as const;
export const feedPath = (name: string, format: 'rss' | 'atom', lang = 'en') =>
  sitePath(`/${lang === 'en' || name !== SITE_FEEDS[0] ? '' : `${lang}/`}feeds/${name}.${format}`);

/** Folders written by the build beside the routes (badges, search index, assets). */
export const GENERATED_DIRS = ['badges', 'pagefind', '_astro'] as const;
export const badgePath = (guideId: string, category: string) => sitePath(`/badges/${guideId}/${category}.svg`);

export const API_ROOT = '/api/v1/';
export const apiPath = (file: string) => sitePath(`${API_ROOT}${file}`);

/**
 * Guide IDs that would collide with a page, a generated folder or a site-wide feed, given the
 * top-level route names (the entries of src/pages) and the locales.
 */
export function reservedGuideIds(routeNames: readonly string[], locales: readonly string[] = []): Set<string> {
  return new Set([...routeNames, ...SITE_FEEDS, ...GENERATED_DIRS, ...locales, 'platforms', 'index', '404']);
}

/** The guide ID is the file name: `platforms/wordpress-com.mdx` (or entry ID `platforms/wordpress-com`) → `wordpress-com`. */
export const guideIdFromPath = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');
