/** Dates as the guides write them (ISO `YYYY-MM-DD`, UTC) and as pages show them. */

/** Today as an ISO date (UTC), the form every date in the guides takes. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Whole days from one ISO date to another. */
export const ageInDays = (from: string, to: string) =>
  Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (lang: string) => {
  if (!dateFormats.has(lang))
    dateFormats.set(
      lang,
      new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
  return dateFormats.get(lang)!;
};
const monthFormats = new Map<string, Intl.DateTimeFormat>();
const monthFormat = (lang: string) => {
  if (!monthFormats.has(lang))
    monthFormats.set(
      lang,
      new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    );
  return monthFormats.get(lang)!;
};

/** `2024-11-15` → `15 Nov 2024` (or `15. Nov. 2024` in German…). */
export const formatDate = (iso: string, lang = 'en') => dateFormat(lang).format(new Date(`${iso}T00:00:00Z`));
/** `2024-11-15` → `November 2024` (or `novembre 2024` in French…). */
export const formatMonth = (iso: string, lang = 'en') =>
  monthFormat(lang).format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
