// The fixture site's hostile guide (tests/site/platforms/hostile.mdx) holds markup, formulas and
// CDATA terminators in every field the check lets through. Everywhere it is shown, it stays text:
// no script runs, no element is injected, files stay well-formed. And the Content-Security-Policy
// refuses an inline script that reaches a page anyway.
import { SyntaxValidator } from 'fast-xml-validator';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { settle, useBrowser, watchedPage } from './browser.ts';

const origin = inject('fixtureOrigin');
const browser = useBrowser();

/** Opens a page, counting dialogs (alert) and anything the hostile values could have injected. */
async function visit(page: Page, path: string) {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(`${origin}${path}`);
  await settle(page);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    svg: document.querySelectorAll('svg[onload]').length,
    frames: document.querySelectorAll('iframe[src^="javascript"]').length,
    // Data blocks (type application/json) are inert, but must not hold a raw "<" that could end them.
    scripts: [...document.scripts].filter((s) =>
      s.type === 'application/json' ? s.textContent!.includes('<') : s.textContent!.includes('alert('),
    ).length,
    bold: document.querySelectorAll('main b').length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript"]').length,
  }));
  return { dialogs, injected };
}

const nothing = { dialogs: 0, injected: { images: 0, svg: 0, frames: 0, scripts: 0, bold: 0, javascriptLinks: 0 } };

describe.each([
  '/platforms/hostile/',
  '/',
  '/compare/',
  '/checklist/',
  '/changes/',
  '/review/',
  '/embed/',
  '/embed/matrix/',
  '/search/?q=hostile',
  // Its German translation carries hostile prose of its own.
  '/de/platforms/hostile/',
  '/de/',
  '/de/translations/',
  '/embed/matrix/de/',
])('%s', (path) => {
  it('shows the hostile values as text', async () => {
    const { page, errors } = await watchedPage(browser(), origin);
    expect(await visit(page, path)).toEqual(nothing);
    expect(errors).toEqual([]);
  });
});

it('keeps the page title a title', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/platforms/hostile/`);
  expect(await page.title()).toBe("</title><script>alert('title')</script> | Opt-Out Atlas");
  expect(await page.locator('h1').textContent()).toBe("</title><script>alert('title')</script>");
});

it('shows Pagefind’s filter labels as text', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/search/?q=hostile`);
  const block = page.locator('.pagefind-ui__filter-block', { hasText: /^\s*platform/i });
  await block.locator('summary').click();
  await expect.poll(() => block.innerText()).toContain("<img src=x onerror=alert('name')>");
  expect(await block.locator('img').count()).toBe(0);
});

it('writes feeds that stay valid XML and carry the values as text, with real source links', async () => {
  const { page } = await watchedPage(browser(), origin);
  for (const format of ['rss', 'atom']) {
    const xml = await (await page.request.get(`${origin}/feeds/hostile.${format}`)).text();
    expect(SyntaxValidator.validate(xml), format).toBe(true);
    expect(xml).not.toMatch(/<script>|<img src=x|<iframe/);
    expect(xml).toContain('<a href="https://news.example.org/hostile">&lt;https://news.example.org/hostile&gt;</a>');
  }
});

it('neutralises formulas in the CSV and escapes the badges', async () => {
  const { page } = await watchedPage(browser(), origin);
  const csv = await (await page.request.get(`${origin}/api/v1/matrix.csv`)).text();
  const line = csv.split('\r\n').find((l) => l.startsWith('formula,'))!;
  expect(line).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
  const badge = await (await page.request.get(`${origin}/badges/hostile/partner-sharing.svg`)).text();
  expect(badge).not.toMatch(/<img|onerror=alert\('name'\)>/);
  expect(badge).toContain('&lt;img src=x');
  const company = (await (await page.request.get(`${origin}/api/v1/platforms/hostile.json`)).json()).platform.company;
  expect(company).toBe('=HYPERLINK("https://evil.example","click")');
});

it('refuses an inline script that reaches a page, by its Content-Security-Policy', async () => {
  const { page, errors } = await watchedPage(browser(), origin);
  const url = `${origin}/platforms/example/`;
  // The page as built, with a script slipped in: the policy in its head must stop it.
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</main>', '<script>window.injected = true</script></main>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(url);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(errors.some((e) => /Content Security Policy/.test(e))).toBe(true);
});
