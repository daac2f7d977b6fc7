// What changed: newest first, grouped by month, 40 to a page, with before → after states.
import { expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

it('lists changes newest first, by month and in pages, and filters a page by platform and category', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/changes/`);
  const dates = await page
    .locator('.changes > li time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeLessThanOrEqual(40);
  expect(dates).toEqual([...dates].sort().reverse());
  const months = await page
    .locator('.change-month')
    .evaluateAll((ss) => ss.map((s) => (s as HTMLElement).dataset.month!));
  expect(months).toEqual([...new Set(dates.map((d) => d.slice(0, 7)))]);
  const next = await page.getByRole('link', { name: 'Older changes' }).getAttribute('href');
  expect(next).toBe('/changes/2/');
  await page.goto(`${origin}${next}`);
  const older = await page.locator('.changes > li time').first().getAttribute('datetime');
  expect(older! <= dates.at(-1)!).toBe(true);

  await page.goto(`${origin}/changes/`);
  const all = dates.length;
  // The platform filter offers the platforms on this page, and shows only the one chosen.
  const platform = page.getByRole('combobox', { name: 'Platform', exact: true });
  const onPage = await page
    .locator('.changes > li')
    .evaluateAll((lis) => [...new Set(lis.map((li) => (li as HTMLElement).dataset.platform!))]);
  const offered = await platform.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(offered.filter(Boolean).toSorted()).toEqual(onPage.toSorted());
  await platform.selectOption(onPage[0]);
  const shown = await page
    .locator('.changes > li:visible')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.platform));
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set([onPage[0]]));
  await platform.selectOption('');
  await page.getByRole('combobox', { name: 'Category', exact: true }).selectOption('incident');
  const kinds = await page
    .locator('.changes > li:visible')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.category));
  expect(new Set(kinds)).toEqual(new Set(['incident']));
  expect(await page.locator('output[name="count"]').textContent()).toBe(`${kinds.length} of ${all} entries`);
});

it('shows the state before and after a default changed', async () => {
  const { page } = await watchedPage(browser(), origin);
  for (let n = 1; n <= 10; n++) {
    await page.goto(`${origin}/changes/${n === 1 ? '' : `${n}/`}`);
    const transition = page.locator('.change-transition', { hasText: '→' });
    if (await transition.count()) {
      expect(await transition.first().textContent()).toMatch(
        /^(Shared|Not shared|No opt-out|Varies|Unknown|“.+”) → (Shared|Not shared|No opt-out|Varies|Unknown|“.+”)$/,
      );
      return;
    }
  }
  throw new Error('No page of /changes/ shows a before → after transition');
});

it('links each entry to its setting or incident in the guide', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/changes/`);
  const href = await page.locator('.changes > li a').first().getAttribute('href');
  await page.goto(`${origin}${href}`);
  const anchor = decodeURIComponent(new URL(href!, origin).hash.slice(1));
  expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
});

it('fits a phone in a few screens per page', async () => {
  const { page } = await watchedPage(browser(), origin, { viewport: { width: 390, height: 740 }, isMobile: true });
  await page.goto(`${origin}/changes/`);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(40 * 740);
});

it('hides the filters without JavaScript, and shows them from the first paint with it, moving nothing', async () => {
  const noScript = await watchedPage(browser(), origin, { javaScriptEnabled: false });
  await noScript.page.goto(`${origin}/changes/`);
  expect(await noScript.page.locator('[data-change-filters]').isVisible()).toBe(false);
  expect(await noScript.page.locator('.changes > li').first().isVisible()).toBe(true);

  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/changes/`);
  await expect.poll(() => page.locator('output[name="count"]').textContent()).toMatch(/ of \d+ entries$/);
  // The layout shifts the browser recorded while the page loaded and its script ran.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) =>
          resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0)),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 1000);
      }),
  );
  expect(shift).toBeLessThan(0.05);
});
