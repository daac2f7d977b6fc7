// Every page in the sitemap, plus the embed page: accessible, private, error-free, phone-sized.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage, type WatchedPage } from './browser.ts';

const origin = inject('origin');
const paths = [
  ...[...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => new URL(loc).pathname,
  ),
  '/embed/matrix/',
  '/embed/matrix/?theme=dark&region=EU',
];

const browser = useBrowser();

/** Loads a page and reports everything the gate forbids; a clean page reports only its status. */
async function audit({ page, foreignRequests, errors }: WatchedPage, url: string) {
  const response = await page.goto(url);
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).analyze();
  return {
    status: response?.status(),
    violations: violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    foreignRequests,
    errors,
    cookies: (await page.context().cookies()).map((cookie) => cookie.name),
  };
}

const clean = { status: 200, violations: [], foreignRequests: [], errors: [], cookies: [] };

describe.each(paths)('%s', (path) => {
  it('has no axe violations, requests nothing from other origins, logs no errors and sets no cookies', async () => {
    expect(await audit(await watchedPage(browser(), origin), `${origin}${path}`)).toEqual(clean);
  });

  it('fits a phone screen without sideways scrolling of the page', async () => {
    const { page } = await watchedPage(browser(), origin, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${origin}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

describe('the gate itself', () => {
  it('reports a page that breaks each rule', async () => {
    const watched = await watchedPage(browser(), origin);
    // A page served from the site's own origin that a careless change could produce.
    const url = `${origin}/gate-regression/`;
    await watched.page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Regression</title></head><body><main>
<img src="https://tracker.example/pixel.png">
<script>document.cookie = 'visitor=1; path=/'; console.error('broken script');</script>
</main></body></html>`,
      }),
    );
    // Never let the foreign request leave the machine: it only has to be seen.
    await watched.page.route('https://tracker.example/**', (route) => route.abort());
    const report = await audit(watched, url);
    expect(report.violations.map((v) => v.split(':')[0])).toContain('image-alt');
    expect(report.foreignRequests).toEqual(['https://tracker.example/pixel.png']);
    expect(report.errors).toContain('broken script');
    expect(report.cookies).toEqual(['visitor']);
  });
});
