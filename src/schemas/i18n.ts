/**
 * The project's own keys in Starlight's i18n collection (src/content/i18n/<lang>.json): every key of
 * the English file, and the vocabulary's translations (`vocab.<list>.<id>[.<field>]`). A language
 * may leave a key out (English is shown); an unknown key is refused, so a typo cannot hide a string.
 */
import { z } from 'astro/zod';
import en from '../content/i18n/en.json' with { type: 'json' };
import * as vocabulary from './vocabulary.ts';

/** The lists of the vocabulary a language translates (`vocab.<list>.…`), by the name its keys use. */
export const TRANSLATED_VOCABULARY = {
  category: vocabulary.categories,
  state: vocabulary.defaultStates,
  region: vocabulary.regions,
  surface: vocabulary.surfaces,
  sourceKind: vocabulary.sourceKinds,
  historyKind: vocabulary.historyKinds,
  confidence: vocabulary.confidenceLevels,
  factor: vocabulary.variesFactors,
} as const;

/** `vocab.category.ai-training.short` names an entry of the vocabulary (and one of its fields). */
function isVocabularyKey(key: string): boolean {
  const [, list, id, field, ...rest] = key.split('.');
  const entries = (TRANSLATED_VOCABULARY as Record<string, object>)[list] as Record<string, unknown> | undefined;
  if (!entries || !(id in entries) || rest.length) return false;
  return field === undefined || field === 'label' || field === 'short' || field === 'description';
}

export const i18nStringsSchema = z
  .object(Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1).optional()])))
  .catchall(z.string().min(1))
  .superRefine((strings, ctx) => {
    for (const key of Object.keys(strings)) {
      if (key.startsWith('vocab.') ? !isVocabularyKey(key) : key.startsWith('atlas.') && !(key in en))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `Unknown key "${key}": it is not in en.json or the vocabulary. Fix: correct its spelling, or remove it.`,
        });
    }
  });
