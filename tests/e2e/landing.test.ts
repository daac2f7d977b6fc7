// The landing page is the overview: the answer for every platform starts in the first screen.
import { expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

it('shows the promise, search, a region picker and the overview in the first screen at 1280 × 900', async () => {
  const { page } = await watchedPage(browser(), origin, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/`);
  for (const selector of [
    '.promise',
    'form.landing-search input[name="q"]',
    '[data-matrix-controls] select[name="region"]',
    '[data-matrix] tbody tr',
  ]) {
    const box = await page.locator(selector).first().boundingBox();
    expect(box, selector).not.toBeNull();
    expect(box!.y, selector).toBeLessThan(900);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

it('lists every platform with a state cell per category, and the ways in', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/`);
  const rows = await page.locator('[data-matrix] tbody tr').count();
  const api = await (await page.request.get(`${origin}/api/v1/platforms.json`)).json();
  expect(rows).toBe(api.platforms.length);
  for (const path of ['/compare/', '/checklist/', '/changes/', '/embed/', '/api/']) {
    expect(await page.locator(`.landing-ways a[href="${path}"]`).count(), path).toBe(1);
  }
});

it('searches from the landing page, without JavaScript too', async () => {
  const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
  await page.goto(`${origin}/`);
  await page.locator('form.landing-search input[name="q"]').fill('grok training');
  await page.locator('form.landing-search button').click();
  await page.waitForURL(/\/search\/\?q=grok\+training$/);
});
