// The reader's checklist: asks which platforms first, keeps ticks, asks before clearing or
// replacing, never overwrites what it cannot read, and sends nothing anywhere.
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/checklist.ts';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

it('asks which platforms the reader uses on the first visit, then lists only theirs', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/checklist/`);
  await expect.poll(() => page.locator('[data-platform-step]').isVisible()).toBe(true);
  expect(await page.locator('[data-list]').isVisible()).toBe(false);
  await page.locator('[data-platform-choice] input[value="x"]').check();
  await page.getByRole('button', { name: 'Show my checklist' }).click();
  expect(await page.locator('[data-platform-list] section').count()).toBe(1);
  expect(await page.locator('section[data-platform="x"] li').first().innerText()).toMatch(/Switch/);
});

it('keeps ticks across reloads, exports, asks before clearing, and imports, without any request to another origin', async () => {
  const { page, foreignRequests, errors } = await watchedPage(browser(), origin, { acceptDownloads: true });
  const tick = async (guide: string, setting: string) => {
    const box = page.locator(`input[data-checklist-key="${guide}#${setting}"]`);
    await box.check();
    expect(await box.isChecked()).toBe(true);
  };
  await page.goto(`${origin}/platforms/x/`);
  await tick('x', 'grok-training');
  await tick('x', 'protect-posts');
  await page.goto(`${origin}/platforms/linkedin/`);
  await tick('linkedin', 'data-for-generative-ai-improvement');
  await page.reload();
  expect(
    await page.locator('input[data-checklist-key="linkedin#data-for-generative-ai-improvement"]').isChecked(),
  ).toBe(true);

  await page.goto(`${origin}/checklist/`);
  await expect.poll(() => page.locator('[data-overall-text]').textContent()).toMatch(/^3 of \d+ settings done$/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as a file' }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(Object.keys(JSON.parse(exported).done).sort()).toEqual([
    'linkedin#data-for-generative-ai-improvement',
    'x#grok-training',
    'x#protect-posts',
  ]);

  // Clear asks first; cancelling keeps everything.
  await page.getByRole('button', { name: 'Clear everything…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  expect(await page.locator('[data-overall-text]').textContent()).toMatch(/^3 of/);
  await page.getByRole('button', { name: 'Clear everything…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear everything' }).click();
  await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Checklist cleared.');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(
    JSON.stringify({ version: 1, platforms: [], done: {} }),
  );

  await page
    .locator('[data-import]')
    .setInputFiles({ name: 'checklist.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect.poll(() => page.locator('[data-overall-text]').textContent()).toMatch(/^3 of/);
  // A second import would replace what is there: it asks first.
  await page.locator('[data-import]').setInputFiles({
    name: 'checklist.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, platforms: [], done: {} })),
  });
  await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  expect(await page.locator('[data-overall-text]').textContent()).toMatch(/^3 of/);

  expect(foreignRequests).toEqual([]);
  expect(errors).toEqual([]);
});

it('never overwrites a stored checklist it cannot read (a newer version, or damaged)', async () => {
  const { page } = await watchedPage(browser(), origin);
  const newer = JSON.stringify({
    version: 2,
    platforms: ['x'],
    done: { 'x#grok-training': '2026-01-01' },
    notes: { x: 'mine' },
  });
  await page.goto(`${origin}/checklist/`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, newer]);
  await page.goto(`${origin}/platforms/x/`);
  const box = page.locator('input[data-checklist-key="x#grok-training"]');
  await expect.poll(() => box.isDisabled()).toBe(true);
  await page.goto(`${origin}/checklist/`);
  await expect
    .poll(() => page.locator('[data-unreadable]').textContent())
    .toMatch(/newer version of the site \(format 2\)\. It is kept/);
  await page
    .locator('[data-platform-choice] input[value="x"]')
    .check({ force: true })
    .catch(() => undefined);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(newer);
});

it('says so when the browser’s storage is full, and keeps the page’s state as it was', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto(`${origin}/checklist/`);
  const file = JSON.stringify({ version: 1, platforms: [], done: { 'x#grok-training': '2026-01-01' } });
  await page
    .locator('[data-import]')
    .setInputFiles({ name: 'checklist.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/storage for the site is full/);
});

it('flags settings changed since they were ticked', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/checklist/`);
  // Ticked long ago: X's Grok setting has history entries after this date.
  await page.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        JSON.stringify({ version: 1, platforms: ['x'], done: { 'x#grok-training': '2020-01-01' } }),
      ),
    STORAGE_KEY,
  );
  await page.reload();
  expect(await page.locator('section[data-platform="x"] .changed').textContent()).toContain(
    'changed since you checked',
  );
});

it('rejects a file that is not a checklist export', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/checklist/`);
  await page
    .locator('[data-import]')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"done": "<img src=x>"}') });
  await expect
    .poll(() => page.locator('[data-status]').textContent())
    .toBe('Not imported: The file is not an Opt-Out Atlas checklist export.');
});

it('explains that the checklist needs JavaScript when it is off', async () => {
  const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
  await page.goto(`${origin}/checklist/`);
  expect(await page.locator('[data-no-js]').textContent()).toMatch(/needs JavaScript/);
});
