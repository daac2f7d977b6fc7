/** Escapes text for HTML or SVG content and double- or single-quoted attribute values. */
export const escapeMarkup = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Text for Pagefind filter values. Pagefind's indexer decodes character references in filter text
 * twice (measured with pagefind 1.x: `&amp;lt;i&amp;gt;` is stored as `<i>`) and its UI renders
 * filter values as HTML, so a value is escaped twice here, before the markup around it escapes it
 * once more.
 */
export const pagefindText = (text: string) => escapeMarkup(escapeMarkup(text));
