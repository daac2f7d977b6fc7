// Real queries typed into the built site's search; expectations live in search-queries.json.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import fixture from './search-queries.json' with { type: 'json' };
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

/** Top-level results only (not the sections listed under a page result), as path + anchor. */
const resultLinks = (page: Page) =>
  page.locator('.pagefind-ui__result').evaluateAll((results) =>
    results.map((li) => {
      const url = new URL(
        li.querySelector<HTMLAnchorElement>(':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title a')!.href,
      );
      return url.pathname + url.hash;
    }),
  );

async function searchFromHeader(page: Page, query: string) {
  await page.goto(`${origin}/`);
  // The button is enabled once the search script has loaded.
  await page.locator('button[data-open-modal]:not([disabled])').click();
  const input = page.locator('#starlight__search input');
  await input.waitFor();
  await input.fill(query);
  await page.locator('#starlight__search .pagefind-ui__result').first().waitFor();
  return page.locator('#starlight__search');
}

describe.each(fixture.queries)('searching "$query"', ({ query, expect: expected }) => {
  it(`lists ${expected} in the first three results`, async () => {
    const { page, foreignRequests } = await watchedPage(browser(), origin);
    await searchFromHeader(page, query);
    await expect.poll(async () => (await resultLinks(page)).slice(0, 3)).toContain(expected);
    expect(foreignRequests).toEqual([]);
  });
});

it('opens the setting’s section from a result, with the keyboard alone', async () => {
  const { page } = await watchedPage(browser(), origin);
  const dialog = await searchFromHeader(page, 'grok training');
  // Results render in steps: tab only once the setting's result is there.
  await dialog.locator('a[href$="#grok-training"]').first().waitFor();
  const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
  for (let i = 0; i < 10 && !(await focused())?.endsWith('#grok-training'); i++) await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/#grok-training$/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/platforms\/x\/#grok-training$/);
  expect(await page.locator('#grok-training').isVisible()).toBe(true);
});

describe('the /search/ page', () => {
  it('reads ?q= and shows results on a phone', async () => {
    const { page } = await watchedPage(browser(), origin, { viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/search/?q=${encodeURIComponent('grok training')}`);
    await page.locator('.pagefind-ui__result').first().waitFor();
    expect((await resultLinks(page)).slice(0, 3)).toContain('/platforms/x/#grok-training');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('writes the query into the URL so searches can be shared', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/search/`);
    // The label is added once the search UI is ready.
    await page.getByLabel('Search settings').fill('chatgpt training');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('chatgpt training');
  });

  it.each(fixture.filters)('narrows "$query" with the $filter.0 filter', async ({ query, filter, ...expectation }) => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('.pagefind-ui__result').first().waitFor();
    // "12 results for …", once searching has finished.
    const count = async () =>
      Number(/^(\d+) results? for/.exec((await page.locator('.pagefind-ui__message').textContent()) ?? '')?.[1] ?? NaN);
    await expect.poll(count).toBeGreaterThan(0);
    const unfiltered = await count();
    const group = page.locator('.pagefind-ui__filter-block', { hasText: new RegExp(`^\\s*${filter[0]}`, 'i') });
    await group.locator('summary').click();
    await group.getByLabel(filter[1]).check();
    // Results re-render in steps after a filter: wait until what is shown satisfies the filter,
    // rather than for any change, which an unfinished first render could also cause.
    const matches = async () => {
      const links = await resultLinks(page);
      const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
      return (
        links.length > 0 &&
        titles.length > 0 &&
        (!('everyUrlStartsWith' in expectation) ||
          links.every((link) => link.startsWith(expectation.everyUrlStartsWith as string))) &&
        (!('everyTitleContains' in expectation) ||
          titles.every((title) => title.includes(expectation.everyTitleContains as string)))
      );
    };
    await expect.poll(matches, { timeout: 10_000 }).toBe(true);
    // And it narrowed them.
    await expect.poll(count).toBeLessThan(unfiltered);
  });

  it('explains that search needs JavaScript when it is off', async () => {
    const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/search/`);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
  });
});
