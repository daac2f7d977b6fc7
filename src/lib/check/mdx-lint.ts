/**
 * Content bodies are MDX from contributors, so they are untrusted: only Markdown and a few inline
 * HTML elements, no imports or exports, no JSX expressions, no scripts, frames, styles, event
 * handlers, javascript:/data: URLs, protocol-relative links or images from other sites. Parsed
 * with remark-mdx, so every problem has a line. The same lint runs on guides and on every other page.
 */
import GithubSlugger from 'github-slugger';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Diagnostic } from './diagnostics.ts';

/** Inline HTML a guide may use, and the attributes each may carry. */
export const ALLOWED_ELEMENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['abbr', ['title']],
  ['kbd', []],
  ['sub', []],
  ['sup', []],
  ['br', []],
  ['mark', []],
]);

const DANGEROUS_ELEMENTS = ['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base'];
/** Why a link or image address is refused, with the fix; undefined when it is fine. */
function urlProblem(url: string, image: boolean): [string, string] | undefined {
  const sitePath = url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
  if (image) {
    return sitePath
      ? undefined
      : [
          'is not an image of this site (images from other sites track readers)',
          'remove it, or add the image to the repository and use its /path',
        ];
  }
  if (sitePath || url.startsWith('#')) return undefined;
  if (/^http:\/\//i.test(url)) return ['uses http', 'use the https:// address of the same page'];
  if (!/^https:\/\/[^\s/@\\]+\.[^\s]+$/i.test(url)) {
    return [
      'is not an https:// link or a path of this site (javascript:, data:, protocol-relative // and other schemes are refused)',
      'link to an https:// page, or to /path on this site',
    ];
  }
  if (/^https:\/\/[^/]*@/i.test(url))
    return ['carries a user name or password before the host', 'remove the part before "@"'];
  return undefined;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  depth?: number;
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const parse = (body: string) => unified().use(remarkParse).use(remarkMdx).parse(body) as Node;

/** The text of a node and its children. */
const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');

/** The anchors Starlight gives the body's headings (github-slugger, as Astro uses). */
export function bodyHeadingSlugs(body: string): string[] {
  let tree: Node;
  try {
    tree = parse(body);
  } catch {
    return [];
  }
  const slugger = new GithubSlugger();
  const slugs: string[] = [];
  visit(tree as never, 'heading', (node: Node) => void slugs.push(slugger.slug(textOf(node))));
  return slugs;
}

/** Problems in a body; `body` is the whole file with its frontmatter blanked, so lines match the file. */
export function lintBody(body: string, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (node: Node | undefined, problem: string, fix: string) =>
    problems.push({
      file,
      line: node?.position?.start.line ?? 1,
      column: node?.position?.start.column ?? 1,
      field: 'body',
      problem,
      fix,
    });

  let tree: Node;
  try {
    tree = parse(body);
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
          `${kind} is not allowed in a content file`,
          'remove the line; content files use plain Markdown (guide settings are rendered from the frontmatter)',
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
            `<${name}> is not allowed in a content file`,
            'remove it: content files cannot embed scripts, frames, styles or forms',
          );
          return SKIP;
        }
        const allowed = ALLOWED_ELEMENTS.get(name);
        if (!allowed) {
          report(
            node,
            `<${name}> is not an allowed element or component`,
            `use Markdown, or one of: ${[...ALLOWED_ELEMENTS.keys()].map((e) => `<${e}>`).join(', ')}`,
          );
          return SKIP;
        }
        for (const attribute of node.attributes ?? []) {
          const attr = attribute.name ?? '{…}';
          if (attribute.type !== 'mdxJsxAttribute' || /^on/i.test(attr)) {
            report(
              node,
              `The attribute ${attr} on <${name}> is not allowed`,
              'remove it: event handlers and spread attributes cannot be used in content files',
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
      case 'definition': {
        const problem = urlProblem(node.url ?? '', node.type === 'image');
        if (problem)
          report(
            node,
            `The ${node.type === 'image' ? 'image' : 'link'} ${JSON.stringify((node.url ?? '').slice(0, 60))} ${problem[0]}`,
            problem[1],
          );
        break;
      }
      case 'html':
        report(node, 'Raw HTML is not allowed in a content file', 'use Markdown instead');
        break;
    }
    return undefined;
  });
  return problems;
}
