/** Facts about the project used by the config, the pages, the feeds and the scripts. */

/** The public repository; forks set REPO_URL so edit links point at their copy. */
export const REPO_URL = process.env.REPO_URL ?? 'https://github.com/opt-out-atlas/opt-out-atlas';

/** Where a contributor edits a guide on GitHub. */
export const guideEditUrl = (guideId: string) => `${REPO_URL}/edit/main/src/content/docs/platforms/${guideId}.mdx`;

/** Where the built site is served (origin only); feeds, the API, canonical links and the sitemap use it. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';

/**
 * The path the site is served under: `/` normally, `/<repo>/` for a fork on GitHub Pages
 * (set BASE_PATH=/<repo>/). Always starts and ends with a slash.
 */
export const BASE_PATH = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export const CONTENT_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
export const CODE_LICENSE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;

/** Languages planned beside English (not translated yet): their codes are kept free of guide IDs. */
export const LOCALES = { de: 'Deutsch', fr: 'Français', es: 'Español' } as const;
export type Locale = keyof typeof LOCALES;
