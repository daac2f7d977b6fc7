import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { entryGuideId, isPlatformEntry, isTranslationEntry, loadAtlas } from './lib/atlas/load.ts';
import { localePath, pageLang, strings } from './lib/i18n/strings.ts';
import { escapeMarkup } from './lib/escape.ts';
import { feedPath, GUIDE_SECTIONS, SITE_FEEDS, sitePath } from './lib/routes.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  // Starlight writes head tags' content as raw HTML; a page title from a guide must stay text
  // (a title of `</title><script>…` would otherwise end the element).
  for (const tag of route.head) {
    if (tag.tag === 'title' && typeof tag.content === 'string') tag.content = escapeMarkup(tag.content);
  }
  const lang = pageLang(context.url);
  const { t } = strings(lang);
  // Feeds are announced in the head of the pages they follow (pages may not set `head` themselves).
  const feedLinks = (name: string, title: string) =>
    (['rss', 'atom'] as const).map((format) => ({
      tag: 'link' as const,
      attrs: {
        rel: 'alternate',
        type: `application/${format}+xml`,
        title: `${title} (${format === 'rss' ? 'RSS' : 'Atom'})`,
        href: feedPath(name, format, lang),
      },
    }));
  if (context.url.pathname.startsWith(localePath(sitePath('/changes/'), lang)))
    route.head.push(...feedLinks(SITE_FEEDS[0], t('atlas.changes.title')));
  // Splash pages (the overview, the matrix) have no sidebar on wide screens, but phones still need
  // the menu: keep the sidebar (and its menu button), and hide it on wide screens (guide.css).
  if (route.entry.data.template === 'splash') route.hasSidebar = true;
  // Starlight writes every sidebar link in the page's language. The pages for developers and
  // contributors exist only in English: their links (marked `hreflang="en"` in the config) go there.
  if (lang !== 'en') {
    const prefix = localePath('/', lang);
    const point = (entries: typeof route.sidebar) => {
      for (const item of entries) {
        if (item.type === 'group') point(item.entries);
        else if (item.attrs.hreflang === 'en' && item.href.startsWith(prefix))
          item.href = localePath(`/${item.href.slice(prefix.length)}`, 'en');
      }
    };
    point(route.sidebar);
    // The previous and next links at the foot of the page are copies of sidebar links.
    point([route.pagination.prev, route.pagination.next].filter((link) => link !== undefined));
  }
  const { entry, toc } = route;
  if (!(isPlatformEntry(entry) || isTranslationEntry(entry)) || !toc) return;
  const guide = (await loadAtlas()).localized(entryGuideId(entry), lang);
  if (!guide) return;
  route.head.push(...feedLinks(guide.id, `${guide.platform.name}: what changed`));
  const item = (slug: string, text: string, depth = 2) => ({ depth, slug, text, children: [] });
  // The sections rendered from the guide's data, around the guide's own headings.
  toc.items.splice(1, 0, item(GUIDE_SECTIONS.atAGlance, t('atlas.glance.heading')));
  toc.items.push({
    ...item(GUIDE_SECTIONS.settings, t('atlas.sections.settings')),
    children: guide.settings.map((s) => item(s.id, s.heading, 3)),
  });
  if (guide.shared.length) toc.items.push(item(GUIDE_SECTIONS.shared, t('atlas.sections.shared')));
  if (guide.incidents.length) toc.items.push(item(GUIDE_SECTIONS.incidents, t('atlas.sections.incidents')));
});
