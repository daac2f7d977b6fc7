// Every page in the sitemap, plus the embed page: accessible, private, error-free, phone-sized.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const paths = [
  ...[...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname),
  '/embed/matrix/',
  '/embed/matrix/?theme=dark&region=EU',
];

const browser = useBrowser();

describe.each(paths)('%s', (path) => {
  it('has no axe violations, requests nothing from other origins and logs no errors', async () => {
    const { page, foreignRequests, errors } = await watchedPage(browser(), origin);
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });

  it('fits a phone screen without sideways scrolling of the page', async () => {
    const { page } = await watchedPage(browser(), origin, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${origin}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
