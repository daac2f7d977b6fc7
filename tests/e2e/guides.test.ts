import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();

describe.each(['x', 'linkedin', 'reddit'])('guide /platforms/%s/', (id) => {
  it('shows every setting with its default, quote source, steps and verified date', async () => {
    const { page, foreignRequests, errors } = await watchedPage(browser(), origin);
    const response = await page.goto(`${origin}/platforms/${id}/`);
    expect(response?.status()).toBe(200);
    const sections = page.locator('section.setting');
    expect(await sections.count()).toBeGreaterThan(2);
    for (const section of await sections.all()) {
      const heading = section.locator('h3');
      expect(await heading.getAttribute('id')).toMatch(/^[a-z0-9-]+$/);
      await expect
        .poll(() => section.locator('.default-badge').first().textContent())
        .toMatch(/by default|No opt-out|Varies/);
      const quote = section.locator('blockquote');
      if (await quote.count()) {
        expect(await quote.getAttribute('cite')).toMatch(/^https:\/\//);
        expect(await section.locator('figcaption a').first().getAttribute('href')).toMatch(/^https:\/\//);
      }
      const steps = await section.locator('.sl-steps li').count();
      const noOptOut = await section.getByText('offers no setting to stop this').count();
      expect(steps + noOptOut).toBeGreaterThan(0);
      expect(await section.locator('.setting-verified time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await section.locator('.sources a').count()).toBeGreaterThan(0);
    }
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has no axe violations', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/platforms/${id}/`);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });

  it('shows the steps for every surface without JavaScript', async () => {
    const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/platforms/${id}/`);
    const panels = page.locator('[role="tabpanel"]');
    expect(await panels.count()).toBeGreaterThan(0);
    for (const panel of await panels.all()) await expect.poll(() => panel.isVisible()).toBe(true);
  });
});

it('links every setting in the table of contents to its section', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/platforms/x/`);
  const ids = await page.locator('section.setting h3').evaluateAll((hs) => hs.map((h) => h.id));
  const tocLinks = await page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const id of ids) expect(tocLinks).toContain(`#${id}`);
});

it('leads from the landing page to the guides', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/`);
  await page.locator('.guide-index a', { hasText: 'LinkedIn' }).click();
  await page.waitForURL(`${origin}/platforms/linkedin/`);
  expect(await page.locator('h1').textContent()).toContain('LinkedIn');
});
