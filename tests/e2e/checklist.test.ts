// The reader's checklist: tick, reload, progress, export, clear, import — and nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/checklist.ts';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

it('keeps ticks across reloads, exports, clears and imports them, without any request to another origin', async () => {
  const { page, foreignRequests, errors } = await watchedPage(browser(), origin, { acceptDownloads: true });
  const tick = async (guide: string, setting: string) => {
    const box = page.locator(`input[data-checklist-key="${guide}#${setting}"]`);
    await box.check();
    expect(await box.isChecked()).toBe(true);
  };
  await page.goto(`${origin}/platforms/x/`);
  await tick('x', 'grok-training');
  await tick('x', 'business-partners');
  await page.goto(`${origin}/platforms/linkedin/`);
  await tick('linkedin', 'data-for-generative-ai-improvement');

  await page.reload();
  expect(
    await page.locator('input[data-checklist-key="linkedin#data-for-generative-ai-improvement"]').isChecked(),
  ).toBe(true);

  await page.goto(`${origin}/checklist/`);
  await expect.poll(() => page.locator('[data-overall-text]').textContent()).toMatch(/^3 of \d+ settings done$/);
  expect(await page.locator('section[data-platform="x"] h3').textContent()).toMatch(/^X: 2 of \d+ done$/);
  expect(await page.locator('section[data-platform="x"] a[href="/platforms/x/#grok-training"]').count()).toBe(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as a file' }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(Object.keys(JSON.parse(exported).done).sort()).toEqual([
    'linkedin#data-for-generative-ai-improvement',
    'x#business-partners',
    'x#grok-training',
  ]);

  await page.getByRole('button', { name: 'Clear everything' }).click();
  expect(await page.locator('[data-overall-text]').textContent()).toMatch(/^0 of/);
  await page.reload();
  expect(await page.locator('[data-overall-text]').textContent()).toMatch(/^0 of/);

  await page
    .locator('[data-import]')
    .setInputFiles({ name: 'checklist.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect.poll(() => page.locator('[data-overall-text]').textContent()).toMatch(/^3 of/);
  await page.goto(`${origin}/platforms/x/`);
  expect(await page.locator('input[data-checklist-key="x#grok-training"]').isChecked()).toBe(true);

  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
});

it('filters by the platforms the reader uses and flags settings changed since they were ticked', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/checklist/`);
  // Ticked long ago: X's Grok setting has history entries after this date.
  await page.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        JSON.stringify({ version: 1, platforms: [], done: { 'x#grok-training': '2020-01-01' } }),
      ),
    STORAGE_KEY,
  );
  await page.reload();
  await page.locator('summary', { hasText: 'Platforms you use' }).click();
  await page.locator('[data-platform-choice] input[value="x"]').check();
  expect(await page.locator('[data-platform-list] section').count()).toBe(1);
  expect(await page.locator('section[data-platform="x"] .changed').textContent()).toContain(
    'changed since you checked',
  );
});

it('rejects a file that is not a checklist export', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/checklist/`);
  await page.locator('[data-import]').setInputFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":1,"platforms":["<img src=x>"],"done":{}}'),
  });
  await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^Not imported/);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

it('reads fine without JavaScript: no dead checkboxes on guides, and the checklist says why it needs scripts', async () => {
  const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
  await page.goto(`${origin}/platforms/x/`);
  expect(await page.locator('[data-done-toggle]:visible').count()).toBe(0);
  await page.goto(`${origin}/checklist/`);
  expect(await page.getByText('The checklist needs JavaScript').isVisible()).toBe(true);
});
