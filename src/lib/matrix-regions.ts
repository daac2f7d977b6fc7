/**
 * The region views of the matrix, and the reader's likely one from their browser's language:
 * computed in the browser and never sent anywhere. Tiny on purpose: browser scripts import it.
 */

/** `default` is "everywhere not listed". */
export const MATRIX_REGIONS = ['default', 'US', 'EU', 'UK'] as const;
export type MatrixRegion = (typeof MATRIX_REGIONS)[number];

export const REGION_NAMES: Record<MatrixRegion, string> = {
  default: 'General default',
  US: 'United States',
  EU: 'European Union / EEA',
  UK: 'United Kingdom',
};

/** EU and EEA countries (ISO 3166-1), for a language tag's region subtag such as `de-AT`. */
const EEA = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ');
/** Languages spoken mainly inside the EU/EEA, for tags without a region (`de`, `fr`, `pl`…). */
const EEA_LANGUAGES = 'bg cs da de el et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv is nb nn no'.split(' ');

/** The region view for a list of language tags (navigator.languages), or `default`. */
export function regionForLanguages(tags: readonly string[]): MatrixRegion {
  for (const tag of tags) {
    const [language, ...rest] = tag.split('-');
    const country = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    if (country === 'US') return 'US';
    if (country === 'GB' || country === 'UK') return 'UK';
    if (country && EEA.includes(country)) return 'EU';
    if (!country && EEA_LANGUAGES.includes(language.toLowerCase())) return 'EU';
  }
  return 'default';
}
