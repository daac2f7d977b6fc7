import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { guideToc } from './lib/guide-view.ts';
import type { PlatformGuide } from './schemas/guide.ts';

/** Adds the sections rendered from guide data (settings, incidents) to the table of contents. */
export const onRequest = defineRouteMiddleware((context) => {
  const { entry, toc } = context.locals.starlightRoute;
  if (entry.data.kind !== 'platform' || !toc) return;
  toc.items.push(...guideToc(entry.data as unknown as PlatformGuide));
});
