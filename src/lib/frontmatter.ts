/**
 * Reads a guide file: its YAML frontmatter as data, and where each field stands in the file,
 * so that errors can point at `file:line:column`.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

export interface ParsedGuide {
  /** The frontmatter as data (undefined when there is none). */
  data: unknown;
  /** The Markdown/MDX after the frontmatter. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Finds the 1-based line and column of a field path, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** YAML syntax errors, already located. */
  syntaxErrors: { message: string; line: number; column: number }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function parseGuide(source: string): ParsedGuide {
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      locate: () => ({ line: 1, column: 1 }),
      syntaxErrors: [],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  // The YAML starts on line 2 of the file, after the opening `---`.
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let offset = 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
        if (!pair) break;
        offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as { range?: [number] }).range?.[0] ?? offset;
      } else break;
    }
    return at(offset);
  };
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    locate,
    syntaxErrors: doc.errors.map((error) => ({ message: error.message.split('\n')[0], ...at(error.pos[0]) })),
  };
}
