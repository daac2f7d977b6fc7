/** The HTML a host page pastes to embed the matrix, built from the reader's choices. */

export interface EmbedChoices {
  platforms: string[];
  categories: string[];
  region: string;
  theme: string;
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(origin: string, choices: EmbedChoices): string {
  const attrs = [
    choices.platforms.length ? ` data-platforms="${attr(choices.platforms.join(','))}"` : '',
    choices.categories.length ? ` data-categories="${attr(choices.categories.join(','))}"` : '',
    choices.region && choices.region !== 'default' ? ` data-region="${attr(choices.region)}"` : '',
    choices.theme && choices.theme !== 'auto' ? ` data-theme="${attr(choices.theme)}"` : '',
  ].join('');
  return `<div data-optout-atlas-matrix${attrs}></div>\n<script src="${attr(origin)}/embed.js" async></script>`;
}

/** The embed page URL for the same choices, for an iframe without the loader. */
export function embedUrl(origin: string, choices: EmbedChoices): string {
  const url = new URL('/embed/matrix/', origin);
  if (choices.platforms.length) url.searchParams.set('platforms', choices.platforms.join(','));
  if (choices.categories.length) url.searchParams.set('categories', choices.categories.join(','));
  if (choices.region && choices.region !== 'default') url.searchParams.set('region', choices.region);
  if (choices.theme && choices.theme !== 'auto') url.searchParams.set('theme', choices.theme);
  return url.href;
}
