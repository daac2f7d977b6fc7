import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { docsCollectionSchema } from './schemas/docs.ts';
import { i18nStringsSchema } from './schemas/i18n.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsCollectionSchema }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: i18nStringsSchema }) }),
};
