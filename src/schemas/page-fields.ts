/**
 * Which of Starlight's own frontmatter fields a content file may use. Starlight renders several of
 * them as raw HTML or as links (`head`, `banner.content`, `hero`, `sidebar.attrs`, `editUrl`,
 * `prev`/`next`), and every content file can arrive in a pull request from a stranger, so:
 * - a platform guide may use only the fields a guide needs;
 * - any other page keeps Starlight's fields, minus the ones that inject markup, scripts or links.
 */
import { platformGuideFields } from './guide.ts';
import { translationFields } from './translation.ts';

export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Starlight fields a guide may set, beside its own fields. */
export const GUIDE_STARLIGHT_FIELDS = ['title', 'description', 'sidebar'] as const;
/** Inside `sidebar`, a guide may set only these. */
export const GUIDE_SIDEBAR_FIELDS = ['order', 'label'] as const;

/** Why each Starlight field is refused in a guide; the default reason covers the rest. */
const WHY: Record<string, string> = {
  head: 'it adds raw tags (scripts, styles, redirects) to the page',
  banner: 'its content is rendered as HTML',
  hero: 'its image and actions are rendered as HTML and links',
  editUrl: 'the edit link must point at this repository',
  prev: 'navigation links are generated from the sidebar',
  next: 'navigation links are generated from the sidebar',
  template: 'guides use the standard layout',
  tableOfContents: 'the table of contents is built from the settings',
  pagefind: 'every guide must be searchable',
  draft: 'a guide is published or not there at all',
  lastUpdated: 'guides record `lastVerified` instead',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A link that stays on this site (`/path`) or goes to an https page. */
const safeLink = (value: unknown) =>
  typeof value === 'string' &&
  ((value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) ||
    /^https:\/\/[^\s/@]+\.[^\s@]+$/i.test(value));

const hasMarkup = (value: unknown) => typeof value === 'string' && /[<>&]/.test(value);

function guideProblems(data: Record<string, unknown>): FieldProblem[] {
  if (data.kind === 'translation') {
    // A translation carries prose only: its own fields, and none of Starlight's beyond the title and description.
    const own = new Set(Object.keys(translationFields.shape));
    return Object.keys(data)
      .filter((key) => !own.has(key))
      .map((key) => ({
        path: [key],
        message: `The field "${key}" is not allowed in a translation: ${key in platformGuideFields.shape ? 'facts stay in the English guide, and are shown from there' : (WHY[key] ?? 'it is not a translation field')}. Fix: remove it (a translation may set ${Object.keys(translationFields.shape).join(', ')}).`,
      }));
  }
  const own = new Set([...Object.keys(platformGuideFields.shape), ...GUIDE_STARLIGHT_FIELDS]);
  const problems: FieldProblem[] = Object.keys(data)
    .filter((key) => !own.has(key))
    .map((key) => ({
      path: [key],
      message: `The field "${key}" is not allowed in a platform guide: ${WHY[key] ?? 'it is not a guide field'}. Fix: remove it (a guide may use ${[...GUIDE_STARLIGHT_FIELDS].join(', ')} and the guide fields in the field reference).`,
    }));
  if (isObject(data.sidebar)) {
    for (const key of Object.keys(data.sidebar)) {
      if (!(GUIDE_SIDEBAR_FIELDS as readonly string[]).includes(key)) {
        problems.push({
          path: ['sidebar', key],
          message: `The field "sidebar.${key}" is not allowed in a platform guide${key === 'attrs' ? ': it adds HTML attributes (event handlers, styles) to every page’s menu' : ''}. Fix: remove it (a guide may set only sidebar.order and sidebar.label).`,
        });
      }
    }
  }
  return problems;
}

function pageProblems(data: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const refuse = (path: (string | number)[], why: string, fix: string) =>
    problems.push({ path, message: `The field "${path.join('.')}" ${why}. Fix: ${fix}.` });

  if (data.head !== undefined) {
    refuse(
      ['head'],
      'is not allowed in content pages: it adds raw tags (scripts, styles, redirects)',
      'remove it; site-wide tags belong in astro.config.mjs',
    );
  }
  if (isObject(data.banner) && hasMarkup(data.banner.content)) {
    refuse(
      ['banner', 'content'],
      'contains markup, and Starlight renders it as HTML',
      'write plain text without <, > or &',
    );
  }
  if (isObject(data.hero)) {
    for (const key of ['title', 'tagline'] as const) {
      if (hasMarkup(data.hero[key]))
        refuse(
          ['hero', key],
          'contains markup, and Starlight renders it as HTML',
          'write plain text without <, > or &',
        );
    }
    if (isObject(data.hero.image) && 'html' in data.hero.image) {
      refuse(
        ['hero', 'image', 'html'],
        'is raw HTML',
        'use hero.image.file with an image in the repository, or remove it',
      );
    }
    if (Array.isArray(data.hero.actions)) {
      data.hero.actions.forEach((action, i) => {
        if (!isObject(action)) return;
        if (!safeLink(action.link))
          refuse(
            ['hero', 'actions', i, 'link'],
            'is not a site path or an https link',
            'link to a page of this site ("/compare/") or an https:// page',
          );
        if (action.attrs !== undefined)
          refuse(['hero', 'actions', i, 'attrs'], 'adds HTML attributes to the button', 'remove it');
      });
    }
  }
  if (
    data.editUrl !== undefined &&
    typeof data.editUrl !== 'boolean' &&
    !/^https:\/\/[^\s/@]+\.[^\s@]+$/i.test(String(data.editUrl))
  ) {
    refuse(['editUrl'], 'is not an https link', 'remove it, or set it to false');
  }
  for (const key of ['prev', 'next'] as const) {
    const value = data[key];
    const link = isObject(value) ? value.link : undefined;
    if (link !== undefined && !safeLink(link))
      refuse([key, 'link'], 'is not a site path or an https link', 'link to a page of this site, or remove it');
  }
  if (isObject(data.sidebar)) {
    if (data.sidebar.attrs !== undefined) {
      refuse(['sidebar', 'attrs'], 'adds HTML attributes (event handlers, styles) to the menu link', 'remove it');
    }
    if (isObject(data.sidebar.badge) && hasMarkup(data.sidebar.badge.text)) {
      refuse(['sidebar', 'badge', 'text'], 'contains markup', 'write plain text');
    }
  }
  return problems;
}

/**
 * Problems with the Starlight fields of a content file's raw frontmatter (before defaults are
 * filled in, so only what the author wrote counts).
 */
export function pageFieldProblems(raw: unknown): FieldProblem[] {
  if (!isObject(raw)) return [];
  return raw.kind === 'platform' || raw.kind === 'translation' ? guideProblems(raw) : pageProblems(raw);
}
