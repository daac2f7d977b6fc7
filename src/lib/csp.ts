/**
 * Hashes for the Content-Security-Policy of the few inline scripts and styles the site does not
 * bundle: Starlight's own `<script is:inline>` blocks (theme, search shortcut, sidebar state, tabs),
 * read from Starlight's installed components so an upgrade updates them, and the site's own
 * no-script style. Only these are allowed; any other inline script (an injected one) is refused.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Starlight's components that write inline scripts. */
const STARLIGHT_INLINE = [
  'components/ThemeProvider.astro',
  'components/ThemeSelect.astro',
  'components/Search.astro',
  'components/SidebarPersister.astro',
  'user-components/Tabs.astro',
];

export const sha256 = (text: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** The contents of every `<script is:inline>` in an Astro component's source. */
export const inlineScripts = (source: string) =>
  [...source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);

export function starlightScriptHashes(): `sha256-${string}`[] {
  // The package's exports hide its files; its main entry sits in dist/.
  const dist = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  return STARLIGHT_INLINE.flatMap((file) => inlineScripts(readFileSync(join(dist, file), 'utf8')).map(sha256));
}
