// A fork on GitHub Pages is served at /<repo>/: the fixture site built with BASE_PATH=/atlas/.
// Every link, asset, feed, API URL, embed and search result must work there.
import { expect, inject, it } from 'vitest';
import { settle, useBrowser, watchedPage } from './browser.ts';

const root = inject('baseOrigin');
const browser = useBrowser();

it('serves pages whose links, assets and scripts all resolve under the base path', async () => {
  const { page, errors } = await watchedPage(browser(), root);
  const failed: string[] = [];
  page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
  for (const path of [
    '/',
    '/compare/',
    '/platforms/example/',
    '/checklist/',
    '/changes/',
    '/embed/',
    '/api/',
    '/search/?q=training',
  ]) {
    await page.goto(`${root}${path}`);
    await settle(page);
    const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(
      links.filter((href) => !href.startsWith('/atlas/')),
      path,
    ).toEqual([]);
  }
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

it('publishes feeds and data with URLs under the base path', async () => {
  const { page } = await watchedPage(browser(), root);
  const feed = await (await page.request.get(`${root}/feeds/changes.atom`)).text();
  expect(feed).toMatch(/<link href="http:\/\/localhost:4321\/atlas\/platforms\/example\/#ai-training"\/>/);
  const data = await (await page.request.get(`${root}/api/v1/platforms.json`)).json();
  expect(data.platforms[0].url).toMatch(/\/atlas\/platforms\//);
});

it('finds settings and opens them under the base path', async () => {
  const { page } = await watchedPage(browser(), root);
  await page.goto(`${root}/search/?q=${encodeURIComponent('train ai on posts')}`);
  const first = page.locator('.pagefind-ui__result-title a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toBe('/atlas/platforms/example/#ai-training');
});

it('embeds from the base path with the loader', async () => {
  const { page } = await watchedPage(browser(), root);
  const loader = await (await page.request.get(`${root}/embed.js`)).text();
  expect(loader).toContain('"/atlas/embed/matrix/"');
  await page.goto(`${root}/embed/`);
  expect(await page.locator('[data-embed-snippet]').inputValue()).toContain('/atlas/embed.js');
});
