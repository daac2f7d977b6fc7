/**
 * Guide bodies are MDX from contributors, so they are untrusted: only Markdown and a few inline
 * HTML elements, no imports or exports, no JSX expressions, no scripts, frames, styles, event
 * handlers or javascript:/data: URLs. Parsed with remark-mdx, so every problem has a line.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Diagnostic } from './diagnostics.ts';

/** Inline HTML a guide may use, and the attributes each may carry. */
export const ALLOWED_ELEMENTS: Record<string, string[]> = {
  abbr: ['title'],
  kbd: [],
  sub: [],
  sup: [],
  br: [],
  mark: [],
};

const DANGEROUS_ELEMENTS = ['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base'];
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

export function lintBody(body: string, file: string, firstLine: number): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (node: Node | undefined, problem: string, fix: string) =>
    problems.push({
      file,
      line: (node?.position?.start.line ?? 1) + firstLine - 1,
      column: node?.position?.start.column ?? 1,
      field: 'body',
      problem,
      fix,
    });

  let tree: Node;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Node;
  } catch (error) {
    const e = error as { message: string; line?: number; column?: number; place?: { line: number; column: number } };
    const place = e.place ?? { line: e.line ?? 1, column: e.column ?? 1 };
    report(
      { type: 'error', position: { start: place } },
      `The text is not valid MDX: ${e.message.split('\n')[0]}`,
      'write plain Markdown; escape "<" and "{" as \\< and \\{',
    );
    return problems;
  }

  visit(tree as never, (node: Node): typeof SKIP | undefined => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = /^\s*import\b/.test(node.value ?? '') ? 'An import' : 'An export';
        report(
          node,
          `${kind} is not allowed in a guide`,
          'remove the line; guides use plain Markdown, and the settings are rendered from the frontmatter',
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          `JSX expressions ({${(node.value ?? '').slice(0, 30)}}) are not allowed`,
          'remove the braces, or write \\{ for a literal brace',
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? 'fragment';
        if (DANGEROUS_ELEMENTS.includes(name.toLowerCase())) {
          report(
            node,
            `<${name}> is not allowed in a guide`,
            'remove it: guides cannot embed scripts, frames, styles or forms',
          );
          return SKIP;
        }
        const allowed = ALLOWED_ELEMENTS[name];
        if (!allowed) {
          report(
            node,
            `<${name}> is not an allowed element or component`,
            `use Markdown, or one of: ${Object.keys(ALLOWED_ELEMENTS)
              .map((e) => `<${e}>`)
              .join(', ')}`,
          );
          return SKIP;
        }
        for (const attribute of node.attributes ?? []) {
          const attr = attribute.name ?? '{…}';
          if (attribute.type !== 'mdxJsxAttribute' || /^on/i.test(attr)) {
            report(
              node,
              `The attribute ${attr} on <${name}> is not allowed`,
              'remove it: event handlers and spread attributes cannot be used in guides',
            );
          } else if (!allowed.includes(attr)) {
            report(
              node,
              `The attribute ${attr} on <${name}> is not allowed`,
              allowed.length ? `use only: ${allowed.join(', ')}` : 'remove it',
            );
          } else if (typeof attribute.value !== 'string') {
            report(
              node,
              `The attribute ${attr} on <${name}> must be plain text`,
              'write it as attr="text", without braces',
            );
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && UNSAFE_URL.test(node.url)) {
          report(node, `The link ${node.url.slice(0, 40)} uses an unsafe scheme`, 'link to an https:// page instead');
        } else if (node.url && /^http:\/\//i.test(node.url)) {
          report(node, `The link ${node.url} uses http`, 'use the https:// address of the same page');
        }
        break;
      case 'html':
        report(node, 'Raw HTML is not allowed in a guide', 'use Markdown instead');
        break;
    }
    return undefined;
  });
  return problems;
}
