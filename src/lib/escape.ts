/** Escapes text for HTML or SVG content and double- or single-quoted attribute values. */
export const escapeMarkup = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Text for Pagefind filter values: Pagefind's UI renders filter names and values as HTML, so they
 * are escaped once more than the markup around them (the markup's escaping is undone by the index).
 */
export const pagefindText = escapeMarkup;
