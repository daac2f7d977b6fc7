/**
 * The atlas inside Astro: read from the content collection and resolved once per build (pages,
 * endpoints, feeds and components share it). The dev server, where guides change under it,
 * resolves it on every request.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import status from '../../data/source-status.json' with { type: 'json' };
import type { PlatformGuide } from '../../schemas/guide.ts';
import type { Translation } from '../../schemas/translation.ts';
import type { Locale } from '../../site.ts';
import { sourceStatusFileSchema } from '../../schemas/source-status.ts';
import { guideIdFromPath } from '../routes.ts';
import { buildMatrix, type Matrix } from './matrix.ts';
import { resolveAtlas, type Atlas } from './resolve.ts';

export type DocsEntry = CollectionEntry<'docs'>;
export type PlatformEntry = DocsEntry & { data: DocsEntry['data'] & PlatformGuide };

/** A platform guide (`kind: platform`), narrowed to its guide fields. The schema guarantees the shape. */
export const isPlatformEntry = (entry: DocsEntry): entry is PlatformEntry => entry.data.kind === 'platform';

export type TranslationEntry = DocsEntry & { data: DocsEntry['data'] & Translation };
/** A guide's translation (`kind: translation`, in `<locale>/platforms/`). */
export const isTranslationEntry = (entry: DocsEntry): entry is TranslationEntry => entry.data.kind === 'translation';

/** The guide ID of an entry: its file name (`platforms/x` → `x`). */
export const entryGuideId = (entry: DocsEntry) => guideIdFromPath(entry.id);

let built: Promise<{ atlas: Atlas; matrix: Matrix }> | undefined;

async function build() {
  const all = await getCollection('docs');
  const entries = all.filter(isPlatformEntry);
  const translations = all.filter(isTranslationEntry).map((entry) => ({
    lang: entry.id.split('/')[0] as Locale,
    guideId: entryGuideId(entry),
    data: entry.data,
    body: entry.body ?? '',
  }));
  const atlas = resolveAtlas(
    entries.map((entry) => ({ id: entryGuideId(entry), data: entry.data, body: entry.body ?? '' })),
    sourceStatusFileSchema.parse(status),
    translations,
  );
  return { atlas, matrix: buildMatrix(atlas) };
}

const resolved = () => (import.meta.env.PROD ? (built ??= build()) : build());

export const loadAtlas = async () => (await resolved()).atlas;
export const loadMatrix = async () => (await resolved()).matrix;
