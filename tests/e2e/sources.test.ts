// What the source check found, as the built site shows it. The fixture site is built with
// tests/fixtures/site/source-status.json: example#ai-training's quote found, hostile#hostile-setting's
// changed (with hostile text in the closest passage), and other#location's checked on another page
// than the one it now cites, which says nothing about it.
import { expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('fixtureOrigin');
const browser = useBrowser();

const section = (id: string) => `section.setting:has(#${id})`;

it('says when the quote’s wording was last found on its page', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/platforms/example/`);
  const note = page.locator(`${section('ai-training')} .quote-check`);
  expect(await note.getAttribute('data-quote-status')).toBe('found');
  expect((await note.textContent())!.replace(/\s+/g, ' ').trim()).toBe(
    'Wording last found on this page on 1 Jul 2024.',
  );
  expect(await page.locator(`${section('ai-training')} .review-flag`).count()).toBe(0);
});

it('flags a changed quote for review at the top of its setting, with the closest passage as text', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/platforms/hostile/`);
  const setting = page.locator(section('hostile-setting'));
  expect(await setting.locator('.review-flag').textContent()).toMatch(/Needs review/);
  const flagBox = await setting.locator('.review-flag').boundingBox();
  const answerBox = await setting.locator('.setting-answer').boundingBox();
  expect(flagBox!.y).toBeLessThan(answerBox!.y + 200);
  const note = (await setting.locator('.quote-check').textContent())!.replace(/\s+/g, ' ');
  expect(note).toContain('Not found on the page since 20 Jun 2024');
  expect(await setting.locator('.quote-closest').first().textContent()).toContain(
    "<img src=x onerror=alert('closest')>",
  );
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await setting.locator('.quote-closest a[href^="https://web.archive.org/"]').count()).toBe(1);
});

it('says “Not checked yet” when no check covers the quote’s current page', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/platforms/other/`);
  const note = page.locator(`${section('location')} .quote-check`);
  expect(await note.getAttribute('data-quote-status')).toBe('unchecked');
  expect((await note.textContent())!.trim()).toBe('Not checked yet.');
});

it('lists what needs review on /review/, with the guide’s edit link', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/review/`);
  const items = page.locator('.review-list > li');
  expect(await items.count()).toBe(1);
  expect(await items.first().locator('a').first().getAttribute('href')).toBe('/platforms/hostile/#hostile-setting');
  expect(await items.first().locator('a', { hasText: 'Edit the guide' }).getAttribute('href')).toMatch(
    /\/edit\/main\/src\/content\/docs\/platforms\/hostile\.mdx$/,
  );
  expect((await page.locator('main').textContent())!.replace(/\s+/g, ' ')).toContain(
    'The last run, on 1 Jul 2024, checked 2 quotes',
  );
});

it('marks the setting in the matrix details and in the reader’s checklist', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/compare/`);
  const cell = page.locator('tr[data-platform="hostile"] td:has(.cell)').first();
  await cell.locator('summary').click();
  expect(await cell.locator('.cell-review').textContent()).toMatch(/Needs review/);
  expect(await page.locator('tr[data-platform="example"] .cell-review').count()).toBe(0);

  await page.goto(`${origin}/checklist/`);
  await page.locator('[data-platform-choice] input[value="hostile"]').check();
  await page.locator('[data-platform-choice] input[value="example"]').check();
  await page.getByRole('button', { name: 'Show my checklist' }).click();
  expect(await page.locator('section[data-platform="hostile"] .checklist-review').count()).toBe(1);
  expect(await page.locator('section[data-platform="example"] .checklist-review').count()).toBe(0);
});

it('publishes the status in the data', async () => {
  const response = await fetch(`${origin}/api/v1/platforms/hostile.json`);
  const { platform } = await response.json();
  const setting = platform.settings.find((s: { id: string }) => s.id === 'hostile-setting');
  expect(setting.needsReview).toBe(true);
  expect(setting.quote.check).toEqual({ status: 'changed', checked: '2024-07-01', lastFound: '2024-06-20' });
  const example = await (await fetch(`${origin}/api/v1/platforms/example.json`)).json();
  expect(example.platform.settings.find((s: { id: string }) => s.id === 'ai-training').needsReview).toBe(false);
});
