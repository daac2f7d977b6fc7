// Every link inside the site leads somewhere: each internal `href` of every page (links, the
// sidebar in every language, feeds and alternates in the head) names a file the build wrote, and
// each `#anchor` an element of the page it points to. External links cannot be checked here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { expect, it } from 'vitest';
import { DIST } from './dist.ts';

const SITE = 'http://localhost/';

/** Every HTML file of the site, as its path on the site (`/de/platforms/x/`). */
function pagePaths(dir = DIST, prefix = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagePaths(path, `${prefix}${name}/`);
    return name === 'index.html' ? [prefix] : name.endsWith('.html') ? [`${prefix}${name}`] : [];
  });
}

interface Page {
  links: string[];
  ids: Set<string>;
}
const pages = new Map<string, Page>();
for (const path of pagePaths()) {
  const page: Page = { links: [], ids: new Set() };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) page.ids.add(attrs.id);
        if ((name === 'a' || name === 'link') && attrs.href !== undefined) page.links.push(attrs.href);
      },
    },
    { decodeEntities: true },
  );
  parser.end(readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8'));
  pages.set(path, page);
}

/** The file a site path is served from, or undefined when the build wrote none. */
function served(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  return existsSync(file) && statSync(file).isFile() ? path : undefined;
}

it('writes a page or file for every internal link, and an element for every anchor', () => {
  const broken: string[] = [];
  for (const [path, page] of pages) {
    for (const href of page.links) {
      const url = new URL(href, new URL(path, SITE));
      if (url.origin !== new URL(SITE).origin) continue;
      const target = served(url.pathname);
      if (!target) broken.push(`${path} → ${href} (no such page)`);
      else if (url.hash && pages.has(target) && !pages.get(target)!.ids.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${path} → ${href} (no element with that id)`);
    }
  }
  expect(pages.size).toBeGreaterThan(100);
  expect(broken.slice(0, 20)).toEqual([]);
});

it('points the sidebar of every language at that language’s pages, and at English for the English-only ones', () => {
  const sidebar = (path: string) => pages.get(path)!.links;
  expect(sidebar('/de/platforms/x/')).toEqual(expect.arrayContaining(['/de/compare/', '/de/changes/', '/api/', '/embed/']));
  expect(sidebar('/fr/compare/')).toEqual(expect.arrayContaining(['/fr/checklist/', '/contribute/', '/review/']));
  expect(sidebar('/de/platforms/x/')).not.toContain('/de/api/');
});
