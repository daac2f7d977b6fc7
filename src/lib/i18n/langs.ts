/** The site's language codes, in a module that imports nothing, for browser scripts and the embed loader. */
export const LANG_CODES = ['en', 'de', 'fr', 'es'] as const;
export type LangCode = (typeof LANG_CODES)[number];
