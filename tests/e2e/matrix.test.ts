import AxeBuilder from '@axe-core/playwright';
import { expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

const visibleRows = (page: import('playwright-core').Page) =>
  page
    .locator('[data-matrix] tbody tr:visible')
    .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.platform));

it('shows the full table without JavaScript, with scoped headers and a caption', async () => {
  const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
  await page.goto(`${origin}/compare/`);
  expect(await page.locator('[data-matrix] caption').textContent()).toMatch(/as of/);
  expect(await page.locator('[data-matrix] thead th[scope="col"]').count()).toBe(10);
  expect(await page.locator('[data-matrix] tbody th[scope="row"]').count()).toBeGreaterThanOrEqual(3);
  // The controls are hidden by a <noscript> style, which Playwright's script switch does not render.
  expect(await page.locator('head noscript').evaluateAll((els) => els.map((e) => e.textContent).join())).toContain(
    '[data-matrix-controls] { display: none !important; }',
  );
  const xAi = page.locator('tr[data-platform="x"] td[data-category="ai-training"]');
  expect(await xAi.locator('[data-cell-text]').textContent()).toBe('On');
  expect(await xAi.locator('a').first().getAttribute('href')).toBe('/platforms/x/#grok-training');
});

it('filters by category, platform and default, sorts, and switches region', async () => {
  const { page, foreignRequests, errors } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/compare/`);
  await page.getByLabel('AI training', { exact: true }).check();
  expect(await page.locator('[data-matrix] thead th[data-category]:visible').count()).toBe(1);

  await page.getByRole('searchbox', { name: 'Platform' }).fill('reddit');
  expect(await visibleRows(page)).toEqual(['reddit']);
  await page.getByRole('searchbox', { name: 'Platform' }).fill('');

  await page.getByLabel('Only sharing that is on by default or has no opt-out').check();
  const shown = await visibleRows(page);
  for (const id of shown) {
    const state = await page
      .locator(`tr[data-platform="${id}"] td[data-category="ai-training"]`)
      .getAttribute('data-state');
    expect(['on', 'no-opt-out']).toContain(state);
  }
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(await page.locator('[data-matrix] tbody tr').count());

  // A cell whose EU default differs from the general one must change when the region does.
  const differing = await page.evaluate(() => {
    const td = [...document.querySelectorAll<HTMLElement>('[data-matrix] tbody td[data-category]')].find(
      (cell) => cell.dataset.stateEu !== cell.dataset.stateDefault,
    );
    return (
      td && { platform: td.closest('tr')!.dataset.platform!, category: td.dataset.category!, eu: td.dataset.stateEu! }
    );
  });
  expect(differing).toBeDefined();
  await page.getByLabel('Region').selectOption('EU');
  const cell = page.locator(`tr[data-platform="${differing!.platform}"] td[data-category="${differing!.category}"]`);
  expect(await cell.getAttribute('data-state')).toBe(differing!.eu);
  expect(await page.locator('[data-region-label]').textContent()).toBe('European Union / EEA');

  await page.getByLabel('Only sharing that is on by default or has no opt-out').uncheck();
  await page.getByLabel('Sort').selectOption('most-shared');
  const order = await visibleRows(page);
  expect(order).not.toEqual([...order].sort());
  // Rows that share in the shown category (AI training, EU) come before rows that do not.
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

it('is accessible and scrolls sideways on a phone', async () => {
  const { page } = await watchedPage(browser(), origin, { viewport: { width: 390, height: 844 } });
  await page.goto(`${origin}/compare/`);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  const scroller = page.locator('.matrix-scroll');
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const firstColumn = page.locator('[data-matrix] tbody th').first();
  const before = await firstColumn.boundingBox();
  await scroller.evaluate((el) => el.scrollBy(300, 0));
  expect(Math.abs((await firstColumn.boundingBox())!.x - before!.x)).toBeLessThanOrEqual(1);
});
