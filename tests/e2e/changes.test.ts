import { expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

it('lists changes newest first and filters them by platform and category', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/changes/`);
  const dates = await page
    .locator('.changes > li time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort().reverse());
  const all = dates.length;

  await page.getByRole('combobox', { name: 'Platform', exact: true }).selectOption('x');
  const platforms = await page
    .locator('.changes > li:visible')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.platform));
  expect(platforms.length).toBeGreaterThan(0);
  expect(platforms.length).toBeLessThan(all);
  expect(new Set(platforms)).toEqual(new Set(['x']));

  await page.getByRole('combobox', { name: 'Category', exact: true }).selectOption('incident');
  const kinds = await page
    .locator('.changes > li:visible')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.category));
  expect(new Set(kinds)).toEqual(new Set(['incident']));
  expect(await page.locator('output[name="count"]').textContent()).toBe(`${kinds.length} of ${all} entries`);
});

it('links each entry to its setting or incident in the guide', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/changes/`);
  const href = await page.locator('.changes > li a').first().getAttribute('href');
  await page.goto(`${origin}${href}`);
  const anchor = decodeURIComponent(new URL(href!, origin).hash.slice(1));
  expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
});
