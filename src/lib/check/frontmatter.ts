/**
 * Reads a content file the way Astro does, and says where each field stands in it.
 *
 * The data is Astro's own reading (`parseFrontmatter` from `astro/markdown`), so the check and the
 * build cannot disagree about what a guide says. The `yaml` package is used only to locate fields
 * for messages and to refuse YAML that reads differently from what it looks like: anchors, aliases
 * and merge keys, explicit tags, duplicate keys, impossible dates, a byte-order mark, TOML.
 */
import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { fieldPath } from './diagnostics.ts';

export interface Place {
  line: number;
  column: number;
}

export interface FileProblem extends Place {
  field: string;
  problem: string;
  fix: string;
}

export interface ParsedFile {
  /** The frontmatter as Astro reads it; undefined when there is none or it could not be read. */
  data: unknown;
  /** The file with its frontmatter blanked out (as MDX compiles it), so body lines keep their numbers. */
  body: string;
  /** Finds the line and column of a field path, or of its nearest existing parent. */
  locate(path: readonly PropertyKey[]): Place;
  /** The source text of the scalar at a field path, as written (for messages about YAML's reading of it). */
  written(path: readonly PropertyKey[]): string | undefined;
  /** Problems that stop the file from being read safely. */
  problems: FileProblem[];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What may start an anchor (&), an alias (*), a tag (!) or a merge key (<<), a tab, or an unquoted
 * date (which YAML turns into a date, and an impossible one into another day): a file with none of
 * these cannot hold the constructs the full reading refuses. False alarms ("AT&T") only cost time.
 */
const MAYBE_UNSAFE_YAML = /[&*!]\S|<<|\t|(?:^|[:\-[,{]\s*)\d{4}-\d\d-\d\d/m;
const realDay = (text: string) => {
  const m = ISO_DAY.exec(text);
  if (!m) return true;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
};

/** The field path (`['settings', 0, 'id']`) of a node, from the ancestors `visit` passes. */
function pathOf(ancestors: readonly unknown[], node: unknown): (string | number)[] {
  const chain = [...ancestors, node];
  const path: (string | number)[] = [];
  chain.forEach((item, i) => {
    if (isPair(item)) path.push(isScalar(item.key) ? String(item.key.value) : '?');
    if (isSeq(item) && chain[i + 1] !== undefined) path.push(item.items.indexOf(chain[i + 1] as never));
  });
  return path;
}

export function readContentFile(source: string): ParsedFile {
  const none: ParsedFile = {
    data: undefined,
    body: source,
    locate: () => ({ line: 1, column: 1 }),
    written: () => undefined,
    problems: [],
  };
  const problems: FileProblem[] = [];
  const report = (problem: string, fix: string, at: Place = { line: 1, column: 1 }, field = '') =>
    problems.push({ ...at, field, problem, fix });

  if (source.startsWith('\uFEFF')) {
    report('The file starts with a byte-order mark (BOM)', 'save the file as UTF-8 without BOM');
    return { ...none, problems };
  }
  const raw = extractFrontmatter(source);
  if (raw === undefined) return none;
  if (/^\s*\+\+\+/.test(source)) {
    report('The frontmatter is TOML (between +++ lines)', 'write it as YAML between two "---" lines');
    return { ...none, problems };
  }
  // Lines before the YAML: any blank lines, then the opening `---`.
  const offsetLines = source.slice(0, source.indexOf(raw)).split('\n').length - 1;
  // The `yaml` reading, for places and for the constructs Astro's reader would accept silently. A
  // file with none of them and that Astro reads is not parsed again until a message needs a place,
  // so a check of many guides keeps no YAML document per guide in memory.
  let yamlReading: { doc: Document; lineCounter: LineCounter } | undefined;
  const reading = () => {
    if (yamlReading) return yamlReading;
    const lineCounter = new LineCounter();
    const doc = parseDocument(raw, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    return (yamlReading = { doc, lineCounter });
  };
  const at = (offset: number): Place => {
    const { line, col } = reading().lineCounter.linePos(offset);
    return { line: line + offsetLines, column: col };
  };
  const nodeAt = (path: readonly PropertyKey[]) => {
    let node: unknown = reading().doc.contents;
    let offset = 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        offset = (pair.key as YamlNode).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        offset = (node as YamlNode).range?.[0] ?? offset;
      } else return { node: undefined, offset };
    }
    return { node, offset };
  };
  const locate = (path: readonly PropertyKey[]) => at(nodeAt(path).offset);
  const written = (path: readonly PropertyKey[]) => {
    const { node } = nodeAt(path);
    return isScalar(node) && node.range ? raw.slice(node.range[0], node.range[1]).trim() : undefined;
  };
  const astroReading = () => {
    const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
    return { data: parsed.frontmatter as unknown, body: parsed.content };
  };

  if (!MAYBE_UNSAFE_YAML.test(raw)) {
    try {
      const { data, body } = astroReading();
      // Drop the document if a message needed it while reading; it is read again on demand.
      yamlReading = undefined;
      return { data, body, locate, written, problems };
    } catch {
      // Astro cannot read it: the full reading below says where and why.
    }
  }
  const { doc } = reading();

  // The first syntax error only: the ones after it are usually its consequences.
  const [error] = doc.errors;
  if (error) {
    const first = error.message.split('\n')[0];
    const tabs = /tab/i.test(first);
    const duplicate = error.code === 'DUPLICATE_KEY';
    report(
      duplicate ? `A key appears twice in the same block (${first})` : `YAML syntax error: ${first}`,
      tabs
        ? 'indent with spaces, not tabs'
        : duplicate
          ? 'keep one of the two and delete the other'
          : 'fix the frontmatter syntax (quote text that contains ": " or "#")',
      at(error.pos[0]),
    );
  }
  if (doc.errors.length) return { ...none, locate, problems };

  // YAML that reads differently from what it looks like, or differently in two parsers: one
  // message for the first construct of each kind (an alias bomb has thousands).
  const seen = new Set<string>();
  const once = (kind: string, problem: string, fix: string, place: Place, field: string) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    report(problem, fix, place, field);
  };
  visit(doc, {
    Alias(_key, node, ancestors) {
      once(
        'alias',
        `The YAML alias *${node.source} is not allowed (anchors and aliases repeat values out of sight)`,
        'write the value out in full where it is used',
        at(node.range?.[0] ?? 0),
        fieldPath(pathOf(ancestors, node)),
      );
    },
    Pair(_key, pair, ancestors) {
      if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
        once(
          'merge',
          'YAML merge keys (<<) are not allowed: Astro merges them, other readers do not',
          'write the keys out in full in this block',
          at((pair.key as YamlNode).range?.[0] ?? 0),
          fieldPath(pathOf(ancestors, pair)),
        );
      }
    },
    Node(_key, node, ancestors) {
      const place = at(node.range?.[0] ?? 0);
      const field = fieldPath(pathOf(ancestors, node));
      if (node.anchor)
        once(
          'alias',
          `The YAML anchor &${node.anchor} is not allowed (anchors and aliases repeat values out of sight)`,
          'remove the anchor and write values out in full',
          place,
          field,
        );
      if (node.tag)
        once(
          'tag',
          `The YAML tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed`,
          'remove the tag; write the value as plain text',
          place,
          field,
        );
      if (
        isScalar(node) &&
        node.type === 'PLAIN' &&
        typeof node.source === 'string' &&
        ISO_DAY.test(node.source) &&
        !realDay(node.source)
      ) {
        once(
          'date',
          `${node.source} is not a real calendar date`,
          'write a date that exists, in quotes, e.g. "2026-02-28"',
          place,
          field,
        );
      }
    },
  });
  if (problems.length) return { ...none, locate, written, problems };

  let data: unknown;
  let body: string;
  try {
    ({ data, body } = astroReading());
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    report(
      `Astro cannot read the frontmatter: ${String((error as Error).message).split('\n')[0]}`,
      'fix the YAML there (quote text that contains ": " or "#")',
      mark ? { line: mark.line + 1 + offsetLines, column: mark.column + 1 } : { line: 1, column: 1 },
    );
    return { ...none, locate, written, problems };
  }
  yamlReading = undefined;
  return { data, body, locate, written, problems };
}
