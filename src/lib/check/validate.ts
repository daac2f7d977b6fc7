/**
 * The one gate every content file passes before anything is built: where it may live, its
 * frontmatter (read as Astro reads it, then the schema), its body (MDX lint), and the rules that
 * span files. Pure: takes file contents, returns diagnostics and the guides that passed.
 */
import { docsFrontmatterSchema } from '../../schemas/docs.ts';
import type { Translation } from '../../schemas/translation.ts';
import { LOCALES, type Locale } from '../../site.ts';
import { drift } from '../i18n/drift.ts';
import type { PlatformGuide } from '../../schemas/guide.ts';
import { SETTING_REF_PATTERN } from '../../schemas/guide.ts';
import { ID_PATTERN } from '../../schemas/primitives.ts';
import { fromIssue, type Diagnostic } from './diagnostics.ts';
import { readContentFile, type ParsedFile } from './frontmatter.ts';
import { bodyHeadingSlugs, lintBody } from './mdx-lint.ts';
import { GUIDE_ANCHOR_PREFIXES, GUIDE_ANCHORS } from './reserved.ts';

export interface ContentFile {
  /** Path inside `src/content/docs/`, with forward slashes, e.g. `platforms/x.mdx`. */
  path: string;
  /** Path shown in messages, relative to the repository root. */
  file: string;
  source: string;
  /** True when the file is a symbolic link (never followed). */
  symlink?: boolean;
}

export interface ValidGuide {
  id: string;
  file: string;
  data: PlatformGuide;
  parsed: ParsedFile;
}

export interface ValidTranslation {
  locale: Locale;
  /** The English guide it translates. */
  guideId: string;
  file: string;
  data: Translation;
  parsed: ParsedFile;
}

export interface ValidationResult {
  guides: ValidGuide[];
  /** Translations whose every field names something the English guide has (some may be outdated). */
  translations: ValidTranslation[];
  /** Content files that are not guides and passed. */
  pages: number;
  diagnostics: Diagnostic[];
}

export interface CheckOptions {
  /** Guide IDs that would collide with a route, a generated file or a feed. */
  reservedIds: ReadonlySet<string>;
}

/** The extensions a content file may have; Starlight loads more, so the others are refused. */
const CONTENT_EXTENSION = /\.mdx?$/;
const GUIDE_PATH = /^platforms\/([^/]+)\.mdx?$/;
/** A guide's translation: `de/platforms/x.mdx`. */
const TRANSLATION_PATH = new RegExp(`^(${Object.keys(LOCALES).join('|')})/platforms/([^/]+)\\.mdx?$`);
const LOCALE_FOLDER = new RegExp(`^(${Object.keys(LOCALES).join('|')})/`);

/** Latin mixed with Cyrillic or Greek letters: how a look-alike "Facebook" is spelled. */
const MIXED_SCRIPT = (text: string) =>
  /\p{Script=Latin}/u.test(text) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text);

function checkFile(
  entry: ContentFile,
  options: CheckOptions,
  out: Diagnostic[],
): ValidGuide | ValidTranslation | 'page' | undefined {
  const { file, path } = entry;
  const report = (field: string, problem: string, fix: string, at = { line: 1, column: 1 }) =>
    out.push({ file, ...at, field, problem, fix });
  const name = path.split('/').pop()!;

  if (entry.symlink) return void report('', 'The file is a symbolic link', 'replace it with the file itself');
  if (name.startsWith('_') || name.startsWith('.')) {
    return void report(
      '',
      `"${name}" starts with "${name[0]}", so the site would skip it silently`,
      'rename it without the leading character, or delete it',
    );
  }
  if (!CONTENT_EXTENSION.test(name)) {
    return void report(
      '',
      `"${name}" is not a .md or .mdx file`,
      'only guide and page files (.mdx or .md) belong in src/content/docs; move anything else out',
    );
  }
  const inPlatforms = path.startsWith('platforms/');
  const guideMatch = GUIDE_PATH.exec(path);
  const translationMatch = TRANSLATION_PATH.exec(path);
  if (LOCALE_FOLDER.test(path) && !translationMatch) {
    const locale = path.split('/')[0];
    return void report(
      '',
      `Only translations of guides belong in ${locale}/ (files named ${locale}/platforms/<guide>.mdx)`,
      `move it to ${locale}/platforms/${name}, named after the English guide it translates`,
    );
  }
  if (inPlatforms && !guideMatch) {
    return void report(
      '',
      'Folders inside platforms/ are not allowed (the file would become a second guide)',
      `move it to platforms/${name}, directly in platforms/`,
    );
  }

  const parsed = readContentFile(entry.source);
  for (const p of parsed.problems)
    out.push({ file, line: p.line, column: p.column, field: p.field, problem: p.problem, fix: p.fix });
  if (parsed.problems.length) return undefined;
  const data = parsed.data;
  const kind = typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;

  if (guideMatch) {
    const id = guideMatch[1];
    if (data === undefined)
      return void report(
        '',
        'The file has no frontmatter',
        'start the file with the frontmatter between two "---" lines (run `npm run new`)',
      );
    if (kind !== 'platform') {
      const said = kind === undefined ? '' : ` (it says kind: ${JSON.stringify(kind)})`;
      return void report(
        'kind',
        `A file in platforms/ must be a platform guide${said}`,
        'set `kind: platform` in the frontmatter',
        parsed.locate(['kind']),
      );
    }
    if (!ID_PATTERN.test(id)) {
      report(
        '',
        `File name "${id}" is not a valid guide ID`,
        'rename the file in lowercase kebab-case, e.g. "wordpress-com.mdx"',
      );
    } else if (options.reservedIds.has(id)) {
      report(
        '',
        `The guide ID "${id}" is taken by a page or a generated file of the site (/${id}/, /feeds/${id}.rss…)`,
        `rename the file, e.g. "${id}-app.mdx"`,
      );
    }
  } else if (translationMatch) {
    if (kind !== 'translation') {
      const said = kind === undefined ? '' : ` (it says kind: ${JSON.stringify(kind)})`;
      return void report(
        'kind',
        `A file in ${translationMatch[1]}/platforms/ must be a guide's translation${said}`,
        'set `kind: translation` in the frontmatter (see "Translating a guide" in CONTRIBUTING.md)',
        data === undefined ? undefined : parsed.locate(['kind']),
      );
    }
  } else if (kind === 'translation') {
    return void report(
      'kind',
      `A translation must be in <locale>/platforms/, named after the guide it translates (this one is at ${path})`,
      `move it to ${Object.keys(LOCALES)[0]}/platforms/${name} (or fr/, es/), or remove \`kind: translation\``,
      parsed.locate(['kind']),
    );
  } else if (kind === 'platform') {
    return void report(
      'kind',
      `A platform guide must be directly in platforms/ (this one is at ${path})`,
      `move it to platforms/${name}, or remove \`kind: platform\``,
      parsed.locate(['kind']),
    );
  }

  // reportInput: messages quote what YAML read (a date, a number), not only the field's name.
  const result = docsFrontmatterSchema.safeParse(data ?? {}, { reportInput: true });
  const unsafe = lintBody(parsed.body, file);
  out.push(...unsafe);
  if (!result.success) {
    for (const issue of result.error.issues) out.push(fromIssue(issue, file, parsed.locate, parsed.written));
    return undefined;
  }
  if (unsafe.length) return undefined;
  if (translationMatch) {
    return {
      locale: translationMatch[1] as Locale,
      guideId: translationMatch[2],
      file,
      data: result.data as unknown as Translation,
      parsed,
    };
  }
  if (!guideMatch) return 'page';

  const guide = result.data as unknown as PlatformGuide;
  const before = out.length;
  checkGuide(guide, parsed, file, out);
  return out.length === before ? { id: guideMatch[1], file, data: guide, parsed } : undefined;
}

/** Rules inside one guide that the schema cannot see: anchors of the page, look-alike names. */
function checkGuide(guide: PlatformGuide, parsed: ParsedFile, file: string, out: Diagnostic[]) {
  const headings = new Set(bodyHeadingSlugs(parsed.body));
  guide.settings.forEach((setting, i) => {
    const clash = GUIDE_ANCHORS.includes(setting.id)
      ? 'a section of every guide page'
      : GUIDE_ANCHOR_PREFIXES.some((prefix) => setting.id.startsWith(prefix))
        ? 'an incident (incident anchors start with "incident-")'
        : headings.has(setting.id)
          ? 'a heading in this guide’s text'
          : undefined;
    if (clash) {
      out.push({
        file,
        ...parsed.locate(['settings', i, 'id']),
        field: `settings[${i}].id`,
        problem: `The setting ID "${setting.id}" is also the anchor of ${clash}, so links to #${setting.id} would be ambiguous`,
        fix: `give the setting another ID, e.g. "${setting.id}-setting"`,
      });
    }
  });
  if (MIXED_SCRIPT(guide.platform.name)) {
    out.push({
      file,
      ...parsed.locate(['platform', 'name']),
      field: 'platform.name',
      problem: `The platform name mixes Latin with Cyrillic or Greek letters, so it can pass for another name`,
      fix: 'type the name in one script, as the platform writes it',
    });
  }
}

/** Rules that need more than one file: references between guides resolve, names are distinct. */
function checkAcrossFiles(guides: ValidGuide[], diagnostics: Diagnostic[]) {
  const byId = new Map(guides.map((guide) => [guide.id, guide]));
  const names = new Map<string, ValidGuide>();
  for (const guide of guides) {
    const key = guide.data.platform.name
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    const earlier = names.get(key);
    if (earlier) {
      diagnostics.push({
        file: guide.file,
        ...guide.parsed.locate(['platform', 'name']),
        field: 'platform.name',
        problem: `The platform name "${guide.data.platform.name}" is the same as the one in ${earlier.file}`,
        fix: 'describe each platform in one guide; if they differ, name them apart (e.g. "Meta AI" and "Meta")',
      });
    } else names.set(key, guide);
    guide.data.sharedSettings.forEach((ref, index) => {
      const [, guideId, settingId] = SETTING_REF_PATTERN.exec(ref)!;
      const target = byId.get(guideId);
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
          ...guide.parsed.locate(['sharedSettings', index]),
          field: `sharedSettings[${index}]`,
          problem,
          fix: `use "<guide-id>#<setting-id>" with one of: ${known}`,
        });
      }
    });
  }
}

/**
 * A translation against its English guide: a guide or a setting that does not exist is an error
 * (it would publish nothing, silently); English that changed since is a warning, and the page shows
 * the English for those fields until they are translated again.
 */
function checkTranslations(
  translations: ValidTranslation[],
  guides: ValidGuide[],
  guideFiles: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): ValidTranslation[] {
  const byId = new Map(guides.map((guide) => [guide.id, guide]));
  return translations.filter((t) => {
    const guide = byId.get(t.guideId);
    // A guide with errors of its own is reported there; its translations wait for it, unreported.
    if (!guide && guideFiles.has(t.guideId)) return false;
    if (!guide) {
      diagnostics.push({
        file: t.file,
        line: 1,
        column: 1,
        field: '',
        problem: `The translation is of guide "${t.guideId}", which does not exist`,
        fix: `name the file after an English guide in platforms/, e.g. ${t.locale}/platforms/${guides[0]?.id ?? 'x'}.mdx`,
      });
      return false;
    }
    const english = { ...guide.data, body: guide.parsed.body };
    const report = drift(english, t.data, t.parsed.body);
    const at = (field: string) => t.parsed.locate(field.split('.'));
    for (const p of report.stale) diagnostics.push({ file: t.file, ...at(p.field), ...p });
    for (const p of report.outdated) diagnostics.push({ file: t.file, ...at(p.field), ...p, severity: 'warning' });
    return report.stale.length === 0;
  });
}

export function validateContent(files: ContentFile[], options: CheckOptions): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  let pages = 0;
  const guides: ValidGuide[] = [];
  const translations: ValidTranslation[] = [];
  for (const file of files) {
    const result = checkFile(file, options, diagnostics);
    if (result === 'page') pages += 1;
    else if (result && 'locale' in result) translations.push(result);
    else if (result) guides.push(result);
  }
  checkAcrossFiles(guides, diagnostics);
  const guideFiles = new Set(files.flatMap((f) => GUIDE_PATH.exec(f.path)?.[1] ?? []));
  const valid = checkTranslations(translations, guides, guideFiles, diagnostics);
  return { guides, translations: valid, pages, diagnostics };
}
