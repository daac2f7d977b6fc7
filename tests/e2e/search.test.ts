// Questions typed into the built site's search page; expectations live in search-queries.json.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, expect as globalExpect, inject, it, type ExpectStatic } from 'vitest';
import fixture from './search-queries.json' with { type: 'json' };
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

/** Top-level results (not the sections listed under a page result), as path + anchor. */
const resultLinks = (page: Page) =>
  page.locator('.pagefind-ui__result').evaluateAll((results) =>
    results.map((li) => {
      const a = li.querySelector<HTMLAnchorElement>('.pagefind-ui__result-title a');
      if (!a) return null; // still loading
      const url = new URL(a.href);
      return url.pathname + url.hash;
    }),
  );

/** "12 results for …", once searching has finished; NaN before. */
const resultCount = async (page: Page) =>
  Number(/^(\d+) results? for/.exec((await page.locator('.pagefind-ui__message').textContent()) ?? '')?.[1] ?? NaN);

async function ask(page: Page, question: string, expect: ExpectStatic = globalExpect) {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(question)}`);
  await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
  // Results load one by one after the count: wait for the first few to have their links.
  const wanted = Math.min(3, await resultCount(page));
  const loaded = async () => (await resultLinks(page)).slice(0, wanted).filter(Boolean).length;
  await expect.poll(loaded, { timeout: 10_000 }).toBe(wanted);
  return (await resultLinks(page)).map((link) => link ?? '(still loading)');
}

describe('natural questions land on the right setting', () => {
  const outcomes: { query: string; top: string[]; hit: boolean }[] = [];

  // Independent questions, a few at a time; the total is judged after them.
  it.concurrent.for(fixture.queries)('"$query"', async ({ query, expect: wanted }, { expect, onTestFinished }) => {
    const { page, foreignRequests } = await watchedPage(browser(), origin, {}, onTestFinished);
    const top = (await ask(page, query, expect)).slice(0, 3);
    outcomes.push({ query, top, hit: top.some((link) => wanted.includes(link)) });
    expect(foreignRequests).toEqual([]);
  });

  it('finds the right setting in the first three results for at least 90% of them', () => {
    const misses = outcomes.filter((o) => !o.hit);
    expect(outcomes).toHaveLength(fixture.queries.length);
    expect(misses.length / outcomes.length, JSON.stringify(misses, null, 1)).toBeLessThanOrEqual(0.1);
  });
});

it('ranks settings you can switch off first when you ask to opt out', async () => {
  const { page } = await watchedPage(browser(), origin);
  await ask(page, 'opt out ai training');
  const answers = await page.locator('.pagefind-ui__result [data-pagefind-ui-meta="answer"]').allTextContents();
  expect(answers.length).toBeGreaterThanOrEqual(3);
  for (const answer of answers.slice(0, 3)) expect(answer).toMatch(/switch/);
});

it('shows platform, state and what to do in each result, without repeating the title', async () => {
  const { page } = await watchedPage(browser(), origin);
  await ask(page, 'grok training');
  const first = page.locator('.pagefind-ui__result').first();
  expect((await first.locator('[data-pagefind-ui-meta="platform"]').textContent())?.trim()).toMatch(/X$/);
  expect(await first.locator('[data-pagefind-ui-meta="default"]').textContent()).toMatch(/Shared/);
  expect(await first.locator('[data-pagefind-ui-meta="answer"]').textContent()).toMatch(/switch/i);
});

describe('the /search/ page', () => {
  it('works on a phone', async () => {
    const { page } = await watchedPage(browser(), origin, { viewport: { width: 390, height: 844 } });
    expect((await ask(page, 'grok training')).slice(0, 3)).toContain('/platforms/x/#grok-training');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('writes the question into the URL so searches can be shared', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/search/`);
    // The label is added once the search UI is ready.
    await page.getByLabel('Search settings').fill('chatgpt training');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('chatgpt training');
  });

  it.each(fixture.filters)('narrows "$query" with the $filter.0 filter', async ({ query, filter, ...expectation }) => {
    const { page } = await watchedPage(browser(), origin);
    await ask(page, query);
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const unfiltered = await resultCount(page);
    const group = page.locator('.pagefind-ui__filter-block', { hasText: new RegExp(`^\\s*${filter[0]}`, 'i') });
    await group.locator('summary').click();
    // Labels read "X (12)": the value, then how many results have it.
    await group.getByLabel(new RegExp(`^${filter[1]} \\(\\d+\\)$`)).check();
    // Results re-render in steps after a filter: wait until what is shown satisfies the filter.
    const matches = async () => {
      const links = await resultLinks(page);
      const metas = await page.locator('.pagefind-ui__result [data-pagefind-ui-meta="default"]').allTextContents();
      return (
        links.length > 0 &&
        (!('everyUrlStartsWith' in expectation) ||
          links.every((link) => link?.startsWith(expectation.everyUrlStartsWith as string))) &&
        (!('everyMetaContains' in expectation) ||
          (metas.length === links.length && metas.every((m) => m.includes(expectation.everyMetaContains as string))))
      );
    };
    await expect.poll(matches, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => resultCount(page)).toBeLessThan(unfiltered);
  });

  it.each(['light', 'dark'])(
    'passes axe, colour contrast included, in the %s theme with a question typed',
    async (theme) => {
      const { page } = await watchedPage(browser(), origin, { colorScheme: theme as 'light' | 'dark' });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await ask(page, 'stop X training AI on my posts');
      await page.locator('.pagefind-ui__filter-block summary').first().click();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    },
  );

  it('explains that search needs JavaScript when it is off', async () => {
    const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/search/`);
    expect(await page.locator('[data-no-js]').textContent()).toMatch(/needs JavaScript/);
  });
});

it('opens a setting from the header search with the keyboard alone', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/`);
  await page.locator('button[data-open-modal]:not([disabled])').click();
  const dialog = page.locator('#starlight__search');
  await dialog.locator('input').fill('grok training');
  // Results render in steps: tab only once the setting's result is there.
  await dialog.locator('a[href$="#grok-training"]').first().waitFor();
  const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
  for (let i = 0; i < 12 && !(await focused())?.endsWith('#grok-training'); i++) await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/#grok-training$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/platforms\/x\/#grok-training$/);
});
