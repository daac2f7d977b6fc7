// The matrix read at a glance: compact cells, sticky header and first column, no overflow at
// 1280 px, filters in one bar, details on demand, a phone layout, and complete without JavaScript.
import { expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();
const DESKTOP = { viewport: { width: 1280, height: 900 } };

const visibleRows = (page: import('playwright-core').Page) =>
  page
    .locator('[data-matrix] tbody tr:visible')
    .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.platform));

it('fits 1280 px without sideways scrolling, with its first row in the first screen', async () => {
  const { page } = await watchedPage(browser(), origin, DESKTOP);
  await page.goto(`${origin}/compare/`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  const table = await page.locator('[data-matrix]').boundingBox();
  expect(table!.x + table!.width).toBeLessThanOrEqual(1280);
  const firstRow = await page.locator('[data-matrix] tbody tr').first().boundingBox();
  expect(firstRow!.y + firstRow!.height).toBeLessThanOrEqual(900);
});

it('keeps the header row in view while the table scrolls', async () => {
  const { page } = await watchedPage(browser(), origin, DESKTOP);
  await page.goto(`${origin}/compare/`);
  await page.locator('[data-matrix] tbody tr').nth(40).scrollIntoViewIfNeeded();
  const header = await page.locator('[data-matrix] thead th').first().boundingBox();
  expect(header!.y).toBeGreaterThanOrEqual(0);
  expect(header!.y).toBeLessThan(100);
});

it('opens the settings behind a cell, each with its state and what to do', async () => {
  const { page } = await watchedPage(browser(), origin, DESKTOP);
  await page.goto(`${origin}/compare/`);
  const cell = page.locator('tr[data-platform="linkedin"] td[data-category="ai-training"]');
  expect(await cell.locator('summary').innerText()).toMatch(/Shared/);
  await cell.locator('summary').click();
  const details = cell.locator('.cell-details');
  await expect.poll(() => details.isVisible()).toBe(true);
  expect(await details.innerText()).toMatch(/Data for Generative AI Improvement[\s\S]*switch/i);
});

it('filters by category, platform and sharing, sorts, and switches region', async () => {
  const { page, foreignRequests, errors } = await watchedPage(browser(), origin, DESKTOP);
  await page.goto(`${origin}/compare/`);
  await page.locator('.category-choice summary').click();
  await page.getByLabel('AI training', { exact: true }).check();
  await expect.poll(() => page.locator('[data-matrix] thead th[data-category]:visible').count()).toBe(1);

  await page.getByRole('searchbox', { name: 'Platform' }).fill('reddit');
  await expect.poll(() => visibleRows(page)).toEqual(['reddit']);
  await page.getByRole('searchbox', { name: 'Platform' }).fill('');

  await page.getByLabel('Only what is shared by default').check();
  await expect
    .poll(async () => (await visibleRows(page)).length)
    .toBeLessThan(await page.locator('[data-matrix] tbody tr').count());
  for (const id of await visibleRows(page)) {
    const state = await page
      .locator(`tr[data-platform="${id}"] td[data-category="ai-training"]`)
      .getAttribute('data-state');
    expect(['on', 'no-opt-out']).toContain(state);
  }
  await page.getByLabel('Only what is shared by default').uncheck();

  // A cell whose EU default differs from the general one must change when the region does.
  const differing = await page.evaluate(() => {
    const td = [...document.querySelectorAll<HTMLElement>('[data-matrix] tbody td[data-category]')].find(
      // Regions are written only where they differ from the default.
      (cell) => cell.dataset.stateEu !== undefined && cell.dataset.stateEu !== cell.dataset.stateDefault,
    );
    return (
      td && { platform: td.closest('tr')!.dataset.platform!, category: td.dataset.category!, eu: td.dataset.stateEu! }
    );
  });
  expect(differing).toBeDefined();
  await page.getByLabel('Region').selectOption('EU');
  const cell = page.locator(`tr[data-platform="${differing!.platform}"] td[data-category="${differing!.category}"]`);
  await expect.poll(() => cell.getAttribute('data-state')).toBe(differing!.eu);
  expect(await page.locator('[data-region-label]').textContent()).toBe('European Union / EEA');

  await page.getByLabel('Sort').selectOption('most-shared');
  const order = await visibleRows(page);
  const sharing = await page.evaluate(
    (ids) =>
      ids.map((id) =>
        ['on', 'no-opt-out'].includes(
          document.querySelector<HTMLElement>(`tr[data-platform="${id}"] td[data-category="ai-training"]`)!.dataset
            .state!,
        )
          ? 1
          : 0,
      ),
    order,
  );
  expect(sharing).toEqual([...sharing].sort((a, b) => b - a));
  expect(sharing).toContain(1);
  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
});

it('starts from the reader’s region, worked out in the browser', async () => {
  const { page } = await watchedPage(browser(), origin, { ...DESKTOP, locale: 'de-DE' });
  await page.goto(`${origin}/compare/`);
  await expect.poll(() => page.getByLabel('Region').inputValue()).toBe('EU');
  expect(new URL(page.url()).search).toBe('');
});

it('becomes one card per platform on a phone', async () => {
  const { page } = await watchedPage(browser(), origin, { viewport: { width: 390, height: 844 }, isMobile: true });
  await page.goto(`${origin}/compare/`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const row = await page.locator('[data-matrix] tbody tr').first().boundingBox();
  expect(row!.width).toBeLessThanOrEqual(390);
  expect(await page.locator('[data-matrix] thead').isVisible()).toBe(false);
});

it('shows the full table without JavaScript, with scoped headers, a caption and honest dates', async () => {
  const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
  await page.goto(`${origin}/compare/`);
  expect(await page.locator('[data-matrix] caption').textContent()).toMatch(
    /\. Showing: General default\. Verified between \d+ \w+ \d{4} and \d+ \w+ \d{4}\.$/,
  );
  expect(await page.locator('[data-matrix] tbody th[scope="row"]').count()).toBeGreaterThanOrEqual(60);
  expect(await page.locator('[data-matrix-controls]').isVisible()).toBe(false);
  const xAi = page.locator('tr[data-platform="x"] td[data-category="ai-training"]');
  expect(await xAi.locator('[data-cell-word]').textContent()).toBe('Shared');
  await xAi.locator('summary').click();
  expect(await xAi.locator('.cell-details a').first().getAttribute('href')).toBe('/platforms/x/#grok-training');
});

it('shows unknown apart from not shared', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/compare/`);
  const unknown = page.locator('[data-matrix] td[data-state="unknown"]').first();
  expect(await unknown.locator('[data-cell-word]').textContent()).toBe('Unknown');
  expect(await page.locator('.matrix-legend [data-state="unknown"]').innerText()).toMatch(/Unknown/);
});
