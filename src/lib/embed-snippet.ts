/** The HTML a host page pastes to embed the matrix, built from the reader's choices. */
import { escapeMarkup as attr } from './escape.ts';

export interface EmbedChoices {
  platforms: string[];
  categories: string[];
  region: string;
  theme: string;
}

/** The choices that differ from the embed's defaults, as name/value pairs (same names everywhere). */
function embedParams(choices: EmbedChoices): [string, string][] {
  const params: [string, string | undefined][] = [
    ['platforms', choices.platforms.join(',') || undefined],
    ['categories', choices.categories.join(',') || undefined],
    ['region', choices.region && choices.region !== 'default' ? choices.region : undefined],
    ['theme', choices.theme && choices.theme !== 'auto' ? choices.theme : undefined],
  ];
  return params.filter((param): param is [string, string] => param[1] !== undefined);
}

export function embedSnippet(origin: string, choices: EmbedChoices): string {
  const attrs = embedParams(choices)
    .map(([name, value]) => ` data-${name}="${attr(value)}"`)
    .join('');
  return `<div data-optout-atlas-matrix${attrs}></div>\n<script src="${attr(origin)}/embed.js" async></script>`;
}

/** The embed page URL for the same choices, for an iframe without the loader. */
export function embedUrl(origin: string, choices: EmbedChoices): string {
  const url = new URL('/embed/matrix/', origin);
  for (const [name, value] of embedParams(choices)) url.searchParams.set(name, value);
  return url.href;
}
