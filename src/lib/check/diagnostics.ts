/**
 * Problems found in a guide, reported the way a compiler does: where, which field, what is wrong,
 * how to fix it.
 */
import type { z } from 'astro/zod';
import { INVISIBLE } from '../../schemas/primitives.ts';

export interface Diagnostic {
  /** File path relative to the repository root. */
  file: string;
  line?: number;
  column?: number;
  /** The field path inside the frontmatter, e.g. `settings[1].category`; empty for the whole file. */
  field: string;
  problem: string;
  fix: string;
  /** A warning is reported but does not fail the check (an outdated translation). */
  severity?: 'warning';
}

/** `['settings', 1, 'category']` → `settings[1].category`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Splits a schema message written as "Problem. Fix: what to do" into its two parts. */
function split(message: string): { problem: string; fix?: string } {
  const at = message.indexOf(' Fix: ');
  if (at === -1) return { problem: message };
  return { problem: message.slice(0, at), fix: message.slice(at + 6).replace(/\.$/, '') };
}

/** A fix for zod's own messages, which say what is wrong but not what to do. */
function genericFix(issue: z.core.$ZodIssue, text?: string): { problem?: string; fix: string } {
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        problem: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: 'remove it or correct its spelling (see the field reference in CONTRIBUTING.md)',
      };
    case 'invalid_union':
      return {
        problem: 'Unknown page kind',
        fix: 'write `kind: platform` for a platform guide, or leave `kind` out for other pages',
      };
    case 'invalid_type': {
      if (issue.input === undefined)
        return { problem: 'Missing required field', fix: `add it (expected ${issue.expected})` };
      // YAML reads some unquoted values as something else: dates, numbers, true/false, null.
      const read =
        issue.input instanceof Date ? 'a date' : issue.input === null ? 'empty (null)' : `a ${typeof issue.input}`;
      const shown = text ? ` ${text}` : '';
      return issue.expected === 'string'
        ? {
            problem: `YAML read the value${shown} as ${read}, not text`,
            fix: `put it in quotes, e.g. "${text ?? '…'}"`,
          }
        : {
            problem: `Expected ${issue.expected}, but YAML read the value${shown} as ${read}`,
            fix: `write a value of type ${issue.expected}`,
          };
    }
    case 'too_small':
      return { fix: 'add the missing content (empty values are not allowed)' };
    default:
      return { fix: 'compare the field with the template in CONTRIBUTING.md' };
  }
}

type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };
type Written = (path: readonly PropertyKey[]) => string | undefined;

/** Turns one zod issue into a diagnostic for `file`, located with `locate`. */
export function fromIssue(
  issue: z.core.$ZodIssue,
  file: string,
  locate: Locate,
  written: Written = () => undefined,
): Diagnostic {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
  const own = split(issue.message);
  const generic = own.fix ? undefined : genericFix(issue, written(path));
  return {
    file,
    ...locate(path),
    field: fieldPath(path),
    problem: (generic?.problem ?? own.problem).replace(/\.$/, ''),
    fix: own.fix ?? generic!.fix,
  };
}

/**
 * Shows invisible and control characters as `\u001B`, so a value cannot colour the terminal, fake
 * a passing line or start a new line (a forged annotation) in what the check prints.
 */
export const printable = (text: string) =>
  text
    .replace(
      new RegExp(INVISIBLE.source, 'gu'),
      (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
    )
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t');

const clean = (d: Diagnostic): Diagnostic => ({
  ...d,
  file: printable(d.file),
  field: printable(d.field),
  problem: printable(d.problem),
  fix: printable(d.fix),
});

/** `file:line:column  field` then the problem and the fix, indented. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const d = clean(diagnostic);
  const where = [d.file, d.line, d.column].filter((part) => part !== undefined).join(':');
  const label = d.severity === 'warning' ? 'warning' : 'error';
  return `${where}${d.field ? `  ${d.field}` : ''}\n  ${label}: ${d.problem}.\n  fix:   ${d.fix}.`;
}

/** The same, as a GitHub Actions annotation that shows on the pull request's diff. */
export function githubAnnotation(diagnostic: Diagnostic): string {
  const d = clean(diagnostic);
  // The escapes GitHub's workflow commands define for messages, plus ":" and "," inside properties.
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [
    `file=${property(d.file)}`,
    d.line && `line=${d.line}`,
    d.column && `col=${d.column}`,
    `title=${property(d.field || 'guide')}`,
  ]
    .filter(Boolean)
    .join(',');
  return `::${d.severity ?? 'error'} ${props}::${escape(`${d.problem}. Fix: ${d.fix}.`)}`;
}
