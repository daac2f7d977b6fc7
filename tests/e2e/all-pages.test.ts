// Every page in the sitemap, plus the embed page: accessible in both themes, private, error-free
// (a Content-Security-Policy violation is an error), phone-sized, with a menu on phones.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LOCALIZED_PAGES } from '../../src/lib/i18n/strings.ts';
import { gluedText, settle, useBrowser, watchedPage, type WatchedPage } from './browser.ts';

const origin = inject('origin');
const dist = process.env.ATLAS_OUT_DIR ?? 'dist';
const sitemap = [...readFileSync(`${dist}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  ([, loc]) => new URL(loc).pathname,
);
/**
 * In German, French and Spanish: the pages served in every language, every translated guide, and one
 * guide served from English (its layout is the English page's, with the language's interface).
 * Every other fallback page is the English page again, in a language whose words these cover.
 */
const LOCALIZED = LOCALIZED_PAGES.map((page) => page.slice(1));
const translated = (lang: string) =>
  existsSync(`src/content/docs/${lang}/platforms`)
    ? readdirSync(`src/content/docs/${lang}/platforms`).map((f) => `platforms/${f.replace(/\.mdx?$/, '')}/`)
    : [];
const inLanguage = (path: string) => /^\/(de|fr|es)\//.exec(path)?.[1];
const sampled = sitemap.filter((path) => {
  const lang = inLanguage(path);
  if (!lang) return true;
  const rest = path.slice(lang.length + 2);
  return LOCALIZED.includes(rest) || translated(lang).includes(rest) || rest === 'platforms/adobe/';
});
const paths = [...sampled, '/embed/matrix/', '/embed/matrix/?theme=dark&region=EU'];
/**
 * A page of each kind: axe checks the whole page (header, sidebar, footer) in both themes. On the
 * other pages, whose chrome is the same, it checks what differs: their main content.
 */
const darkPaths = [
  '/',
  '/compare/',
  '/platforms/x/',
  '/platforms/meta/',
  '/checklist/',
  '/changes/',
  '/embed/',
  '/api/',
  '/contribute/fields/',
  '/embed/matrix/?theme=dark',
  '/de/',
  '/de/platforms/x/',
  '/fr/platforms/adobe/',
];
const wholePage = new Set([...darkPaths, '/search/', '/review/', '/embed/matrix/']);
/**
 * The pages with the whole matrix (about 1,000 cells), or that load it in a preview (the embed
 * builder): axe and the page's settling take several times longer there.
 */
const heavy = (path: string) => path === '/' || path.startsWith('/compare/') || path.startsWith('/embed/');

const browser = useBrowser();

/** Loads a page and reports everything the gate forbids; a clean page reports only its status. */
async function audit({ page, foreignRequests, errors }: WatchedPage, url: string, scope?: 'main') {
  const response = await page.goto(url);
  // Pages that load more after the load event settle first; the pages with the whole matrix take
  // longer on a busy machine, within their longer test timeout.
  await settle(page, heavy(new URL(url).pathname) ? 90_000 : 30_000);
  const axe = new AxeBuilder({ page });
  const { violations } = await (scope ? axe.include(scope) : axe).analyze();
  return {
    status: response?.status(),
    violations: violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    foreignRequests,
    errors,
    cookies: (await page.context().cookies()).map((cookie) => cookie.name),
  };
}

const clean = { status: 200, violations: [], foreignRequests: [], errors: [], cookies: [] };

/** The text of `main` with every folded part open, without quotes (the platforms' own words, typos included). */
const ownText = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('details').forEach((d) => (d.open = true));
    copy.querySelectorAll('blockquote, .reported-text, .quote-closest').forEach((q) => q.remove());
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });

// Pages are independent: a few at a time, each test with its own browser context.
describe.concurrent.each(paths)('%s', (path) => {
  it(
    'has no axe violations, requests nothing from other origins, logs no errors (CSP included), sets no cookies, and runs no words together',
    { timeout: heavy(path) ? 120_000 : 30_000 },
    async ({ expect, onTestFinished }) => {
      const watched = await watchedPage(browser(), origin, {}, onTestFinished);
      expect(await audit(watched, `${origin}${path}`, wholePage.has(path) ? undefined : 'main')).toEqual(clean);
      if (path.startsWith('/platforms/')) expect(gluedText(await ownText(watched.page))).toEqual([]);
    },
  );

  it('fits a phone screen without sideways scrolling, and has a menu there', async ({ expect, onTestFinished }) => {
    const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
    const { page } = await watchedPage(browser(), origin, phone, onTestFinished);
    await page.goto(`${origin}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (!path.startsWith('/embed/matrix/')) expect(await page.locator('button.sl-menu-button').isVisible()).toBe(true);
  });
});

describe.concurrent.each(darkPaths)('%s in the dark theme', (path) => {
  it('has no axe violations', { timeout: heavy(path) ? 120_000 : 30_000 }, async ({ expect, onTestFinished }) => {
    const watched = await watchedPage(browser(), origin, { colorScheme: 'dark' }, onTestFinished);
    await watched.page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
    expect((await audit(watched, `${origin}${path}`)).violations).toEqual([]);
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

  it('finds words run together', () => {
    expect(gluedText('X Corp..Also known as Twitter.Privacy policy')).toHaveLength(2);
    expect(gluedText('Verified 2024(read 23 Nov 2026) · Confidence:medium')).toHaveLength(2);
    expect(gluedText('Read x.com, e.g. help.x.com, in the U.S. or the EU. Version 1.2.3 (2024).')).toEqual([]);
    expect(
      gluedText('Settings: ms-settings:privacy-speech. The Windows.System.UserProfile.AdvertisingManager class'),
    ).toEqual([]);
    expect(gluedText('Settings:privacy-speech')).toHaveLength(1);
  });
});
