/**
 * The embed's options, messages and snippets, in one place: the embed page reads its query string
 * with them, the builder writes snippets with them, the loader (/embed.js) is generated from them,
 * and the embed page documents them. Imports nothing, so browser scripts stay small.
 */
import { DEFAULT_FILTER, type MatrixFilter } from './matrix-filter.ts';
import { LANG_CODES } from './i18n/langs.ts';
import { MATRIX_REGIONS, type MatrixRegion } from './matrix-regions.ts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof THEMES)[number];

/** Every option, as a `data-*` attribute of the loader or a query parameter of the iframe. */
export const EMBED_OPTIONS = {
  platforms: {
    example: 'x,reddit,linkedin',
    doc: 'Platform IDs to show, comma-separated (see the data API); all when left out.',
  },
  categories: {
    example: 'ai-training,ai-training-third-party',
    doc: 'Category IDs to show, comma-separated; all when left out.',
  },
  region: {
    example: 'EU',
    doc: `The region view: ${MATRIX_REGIONS.filter((r) => r !== 'default').join(', ')}; the general default when left out.`,
  },
  theme: { example: 'dark', doc: `${THEMES.join(', ')}: light when left out (auto follows the reader’s system).` },
  only: {
    example: 'shared',
    doc: '"shared" shows only rows and cells where sharing is on by default or has no opt-out.',
  },
  lang: {
    example: 'de',
    doc: `The table's language: ${LANG_CODES.join(', ')}; English when left out. The facts are the same in every language.`,
  },
} as const;
export type EmbedOption = keyof typeof EMBED_OPTIONS;
export const EMBED_OPTION_NAMES = Object.keys(EMBED_OPTIONS) as EmbedOption[];

/** The height message the embed page sends its parent, and the most the host will accept. */
export const HEIGHT_MESSAGE = { type: 'optout-atlas:height', max: 20_000 } as const;

/** Accepts a height message only from the given frame, at the site's origin, within bounds. */
export function acceptedHeight(
  event: { origin: string; source: unknown; data: unknown },
  origin: string,
  frame: unknown,
): number | undefined {
  if (event.origin !== origin || event.source !== frame) return undefined;
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT_MESSAGE.type) return undefined;
  const height = Number(data.height);
  return height > 0 && height <= HEIGHT_MESSAGE.max ? Math.ceil(height) : undefined;
}

/** A sensible height for a plain iframe without the loader (which sizes it exactly). */
export const IFRAME_HEIGHT = 640;

export interface EmbedChoices {
  platforms: string[];
  categories: string[];
  region: string;
  theme: string;
  only: string;
  /** The table's language; it is part of the page's path (`embed/matrix/de/`), not of the query. */
  lang: string;
}

export const DEFAULT_CHOICES: EmbedChoices = {
  platforms: [],
  categories: [],
  region: 'default',
  theme: 'light',
  only: '',
  lang: 'en',
};

/** The embed page of a language: `embed/matrix/` or `embed/matrix/de/`; an unknown language is English. */
export const embedPagePath = (lang: string) =>
  `embed/matrix/${(LANG_CODES as readonly string[]).includes(lang) && lang !== 'en' ? `${lang}/` : ''}`;

/** The choices that differ from the defaults, as name/value pairs (the same names everywhere). */
function embedParams(choices: EmbedChoices): [EmbedOption, string][] {
  const params: [EmbedOption, string | undefined][] = [
    ['platforms', choices.platforms.join(',') || undefined],
    ['categories', choices.categories.join(',') || undefined],
    ['region', choices.region && choices.region !== 'default' ? choices.region : undefined],
    ['theme', choices.theme && choices.theme !== 'light' ? choices.theme : undefined],
    ['only', choices.only === 'shared' ? 'shared' : undefined],
    ['lang', choices.lang && choices.lang !== 'en' ? choices.lang : undefined],
  ];
  return params.filter((param): param is [EmbedOption, string] => param[1] !== undefined);
}

const attr = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The loader snippet: a placeholder and the script, which adds a sized, sandboxed iframe. */
export function embedSnippet(siteRoot: string, choices: EmbedChoices): string {
  const attrs = embedParams(choices)
    .map(([name, value]) => ` data-${name}="${attr(value)}"`)
    .join('');
  return `<div data-optout-atlas-matrix${attrs}></div>\n<script src="${attr(new URL('embed.js', siteRoot).href)}" async></script>`;
}

/** The embed page URL for the same choices. */
export function embedUrl(siteRoot: string, choices: EmbedChoices): string {
  const url = new URL(embedPagePath(choices.lang), siteRoot);
  for (const [name, value] of embedParams(choices)) if (name !== 'lang') url.searchParams.set(name, value);
  return url.href;
}

/** The embed page's path and query alone: the builder's preview loads it from the page's own origin. */
export function embedPreviewPath(siteRoot: string, choices: EmbedChoices): string {
  const { pathname, search } = new URL(embedUrl(siteRoot, choices));
  return pathname + search;
}

/** A plain iframe for sites that allow no scripts: lazy, sandboxed, with a height that fits most views. */
export function iframeSnippet(siteRoot: string, choices: EmbedChoices): string {
  return `<iframe src="${attr(embedUrl(siteRoot, choices))}" title="Opt-Out Atlas: who shares what by default" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" style="width:100%;height:${IFRAME_HEIGHT}px;border:0"></iframe>`;
}

const MAX_PARAM = 2000;

/**
 * Reads the embed's query string. Anything unknown, malformed or too long is dropped: values are
 * only ever matched against known IDs, never inserted into the page.
 */
export function parseEmbedParams(
  search: string,
  known: { platforms: readonly string[]; categories: readonly string[] },
): { filter: MatrixFilter; theme: EmbedTheme } {
  const params = new URLSearchParams(search.length > MAX_PARAM * 4 ? '' : search);
  const list = (name: string, allowed: readonly string[]) =>
    (params.get(name) ?? '')
      .slice(0, MAX_PARAM)
      .split(',')
      .map((v) => v.trim())
      .filter((v) => allowed.includes(v));
  const region = params.get('region') ?? '';
  const theme = params.get('theme') ?? '';
  return {
    filter: {
      ...DEFAULT_FILTER,
      platforms: list('platforms', known.platforms),
      categories: list('categories', known.categories),
      region: ((MATRIX_REGIONS as readonly string[]).includes(region) ? region : 'default') as MatrixRegion,
      onlyShared: params.get('only') === 'shared',
    },
    theme: (THEMES as readonly string[]).includes(theme) ? (theme as EmbedTheme) : 'light',
  };
}

/**
 * The source of /embed.js, a dependency-free loader for other sites: it turns each placeholder into
 * an iframe of the embed page and sizes it from the height messages of that frame only.
 */
export function loaderSource(embedPath: string): string {
  return `// Opt-Out Atlas embed loader. On your page:
//   <div data-optout-atlas-matrix data-platforms="x,reddit" data-categories="ai-training"></div>
//   <script src="…/embed.js" async></script>
// Options (data-*): ${EMBED_OPTION_NAMES.join(', ')}; data-title names the iframe. No cookies, no dependencies.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var page = new URL(${JSON.stringify(embedPath)}, script.src);
  var OPTIONS = ${JSON.stringify(EMBED_OPTION_NAMES.filter((name) => name !== 'lang'))};
  var LANGS = ${JSON.stringify(LANG_CODES.filter((lang) => lang !== 'en'))};
  var TYPE = ${JSON.stringify(HEIGHT_MESSAGE.type)}, MAX = ${HEIGHT_MESSAGE.max};
  var frames = [];
  function mount() {
    var hosts = document.querySelectorAll('[data-optout-atlas-matrix]');
    for (var i = 0; i < hosts.length; i++) {
      var host = hosts[i];
      if (host.getAttribute('data-optout-atlas-mounted')) continue;
      host.setAttribute('data-optout-atlas-mounted', '');
      var lang = host.getAttribute('data-lang');
      // The language is a page of its own (embed/matrix/de/); an unknown one stays English.
      var url = new URL(LANGS.indexOf(lang) >= 0 ? lang + '/' : '', page.href);
      for (var j = 0; j < OPTIONS.length; j++) {
        var value = host.getAttribute('data-' + OPTIONS[j]);
        if (value) url.searchParams.set(OPTIONS[j], value);
      }
      var frame = document.createElement('iframe');
      frame.src = url.href;
      frame.title = host.getAttribute('data-title') || 'Opt-Out Atlas: who shares what by default';
      frame.loading = 'lazy';
      frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
      frame.style.cssText = 'display:block;width:100%;height:${IFRAME_HEIGHT}px;border:0';
      host.appendChild(frame);
      frames.push(frame);
    }
  }
  // Only height messages from one of our frames, sent from the site's origin, are obeyed.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== TYPE) return;
    var height = Number(event.data.height);
    if (!(height > 0 && height <= MAX)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
`;
}
