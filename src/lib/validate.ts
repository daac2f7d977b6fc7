/**
 * Validates guide files without Astro: the schema for each file, then the rules that span files.
 * Pure: takes file contents, returns diagnostics and the guides that passed.
 */
import { docsFrontmatterSchema } from '../schemas/docs.ts';
import type { PlatformGuide } from '../schemas/guide.ts';
import { SETTING_REF_PATTERN } from '../schemas/guide.ts';
import { ID_PATTERN } from '../schemas/primitives.ts';
import { fromIssue, type Diagnostic } from './diagnostics.ts';
import { parseGuide, type ParsedGuide } from './frontmatter.ts';
import { lintBody } from './mdx-lint.ts';

export interface GuideFile {
  /** Path relative to the repository root, used in messages. */
  file: string;
  source: string;
}

export interface ValidGuide {
  id: string;
  file: string;
  data: PlatformGuide;
  parsed: ParsedGuide;
}

export interface ValidationResult {
  guides: ValidGuide[];
  diagnostics: Diagnostic[];
}

/** The guide ID is the file name: `platforms/wordpress-com.mdx` → `wordpress-com`. */
export function guideIdFromPath(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');
}

function validateFile({ file, source }: GuideFile, diagnostics: Diagnostic[]): ValidGuide | undefined {
  const id = guideIdFromPath(file);
  const parsed = parseGuide(source);
  const report = (field: string, problem: string, fix: string, at = { line: 1, column: 1 }) =>
    diagnostics.push({ file, ...at, field, problem, fix });

  if (!ID_PATTERN.test(id)) {
    report(
      '',
      `File name "${id}" is not a valid guide ID`,
      'rename the file in lowercase kebab-case, e.g. "wordpress-com.mdx"',
    );
  }
  for (const error of parsed.syntaxErrors) {
    report(
      '',
      `YAML syntax error: ${error.message}`,
      'fix the frontmatter syntax (quote text that contains ": " or "#")',
      error,
    );
  }
  if (parsed.syntaxErrors.length) return undefined;
  if (parsed.data === undefined) {
    report(
      '',
      'The file has no frontmatter',
      'start the file with the frontmatter between two "---" lines (run `npm run new`)',
    );
    return undefined;
  }
  // Every file in platforms/ is a platform guide; Starlight's schema alone would also accept a page.
  const kind =
    typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as { kind?: unknown }).kind : 'platform';
  if (kind !== 'platform') {
    const said = kind === undefined ? '' : ` (it says kind: ${JSON.stringify(kind)})`;
    report(
      'kind',
      `A file in platforms/ must be a platform guide${said}`,
      'set `kind: platform` in the frontmatter',
      parsed.locate(['kind']),
    );
    return undefined;
  }
  const result = docsFrontmatterSchema.safeParse(parsed.data);
  const unsafe = lintBody(parsed.body, file, parsed.bodyLine);
  diagnostics.push(...unsafe);
  if (!result.success) {
    for (const issue of result.error.issues) diagnostics.push(fromIssue(issue, file, parsed.locate));
    return undefined;
  }
  if (unsafe.length) return undefined;
  return { id, file, data: result.data as unknown as PlatformGuide, parsed };
}

/** Rules that need more than one file: references between guides resolve. */
function checkAcrossFiles(guides: ValidGuide[], diagnostics: Diagnostic[]) {
  const byId = new Map(guides.map((guide) => [guide.id, guide]));
  for (const guide of guides) {
    guide.data.sharedSettings.forEach((ref, index) => {
      const [, guideId, settingId] = SETTING_REF_PATTERN.exec(ref)!;
      const target = byId.get(guideId);
      const path = ['sharedSettings', index];
      const problem = !target
        ? `Shared setting "${ref}" points to guide "${guideId}", which does not exist`
        : !target.data.settings.some((s) => s.id === settingId)
          ? `Shared setting "${ref}" points to setting "${settingId}", which guide "${guideId}" does not have`
          : guideId === guide.id
            ? `Shared setting "${ref}" points to this same guide`
            : undefined;
      if (problem) {
        const known = target ? target.data.settings.map((s) => s.id).join(', ') : [...byId.keys()].join(', ');
        diagnostics.push({
          file: guide.file,
          ...guide.parsed.locate(path),
          field: `sharedSettings[${index}]`,
          problem,
          fix: `use "<guide-id>#<setting-id>" with one of: ${known}`,
        });
      }
    });
  }
}

export function validateGuides(files: GuideFile[]): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const guides = files.flatMap((file) => validateFile(file, diagnostics) ?? []);
  checkAcrossFiles(guides, diagnostics);
  return { guides, diagnostics };
}
