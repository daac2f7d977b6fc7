/** Facts about the project used by the config, the pages and the feeds. */

/** The public repository; forks set REPO_URL so edit links point at their copy. */
export const REPO_URL = process.env.REPO_URL ?? 'https://github.com/opt-out-atlas/opt-out-atlas';

/** Where the built site is served; used for the sitemap and absolute links. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';

export const CONTENT_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
export const CODE_LICENSE = { name: 'MIT', url: 'https://opensource.org/license/mit' } as const;
