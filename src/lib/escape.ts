/** Escapes text for HTML or SVG content and double- or single-quoted attribute values. */
export const escapeMarkup = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
