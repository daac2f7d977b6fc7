/**
 * A page's readable text, and the normal form quotes are matched in. Normalising changes only what
 * does not change meaning: whitespace and non-breaking spaces, curly and straight quotes and
 * apostrophes, dashes, soft hyphens and zero-width characters, HTML entities, and markup that
 * splits a sentence (`<b>your</b> posts`).
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Elements whose text is not the page's text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
/** Elements that end a line of text (so words on either side do not run together). */
const BLOCK =
  /^(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)$/;

/** The text of an HTML page (entities decoded), with line breaks between blocks. */
export function pageText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  const parts: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const element = node as Element;
        if (SKIP.has(element.name)) continue;
        const block = BLOCK.test(element.name);
        if (block) parts.push('\n');
        walk(element.children);
        if (block) parts.push('\n');
      }
    }
  };
  walk(document.children);
  return parts
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** The title of an HTML page, if it has one. */
export function pageTitle(html: string): string {
  return /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? '';
}

/** The form text is compared in: lowercase, one kind of quote, dash and space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
