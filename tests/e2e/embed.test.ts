// A host page on another origin embeds the matrix with the documented snippet.
import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();
let host: Server;
let hostOrigin: string;

const HOST_PAGE = (site: string) => `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<h1>A news site</h1>
<div id="one" data-optout-atlas-matrix data-platforms="x,reddit" data-categories="ai-training"></div>
<div id="two" data-optout-atlas-matrix data-platforms="linkedin,x" data-region="EU" data-theme="dark" data-only="shared"></div>
<iframe id="plain" src="${site}/embed/matrix/?platforms=x" title="Plain" loading="lazy" style="width:100%;height:640px;border:0"></iframe>
<script src="${site}/embed.js" async></script>
</body></html>`;

beforeAll(async () => {
  host = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(HOST_PAGE(origin)));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://localhost:${(host.address() as { port: number }).port}`;
});
afterAll(() => {
  host.close();
});

async function embedFrame(page: Page, id: string) {
  const iframe = page.locator(`#${id} iframe`);
  await iframe.scrollIntoViewIfNeeded();
  const frame = (await iframe.elementHandle())!.contentFrame();
  return { iframe, frame: (await frame)! };
}

describe('embedding from another origin', () => {
  it('inserts sandboxed lazy iframes that honour the filters and size to their content', async () => {
    const { page, errors } = await watchedPage(browser(), hostOrigin);
    await page.goto(`${hostOrigin}/`);
    expect(await page.locator('[data-optout-atlas-matrix] iframe').count()).toBe(2);
    const { iframe, frame } = await embedFrame(page, 'one');
    expect(await iframe.getAttribute('sandbox')).toContain('allow-scripts');
    expect(await iframe.getAttribute('loading')).toBe('lazy');
    await frame.waitForSelector('[data-matrix]');
    await expect
      .poll(() =>
        frame.locator('tbody tr:visible').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.platform)),
      )
      .toEqual(['reddit', 'x']);
    expect(await frame.locator('thead th[data-category]:visible').count()).toBe(1);

    await expect
      .poll(async () => {
        const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const outer = (await iframe.boundingBox())!.height;
        return Math.abs(inner - outer) <= 1 && outer !== 640;
      })
      .toBe(true);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);

    await frame.locator('tbody tr[data-platform="x"] td[data-category="ai-training"] summary').click();
    const link = frame.locator('tbody tr[data-platform="x"] td[data-category="ai-training"] .cell-details a').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    const [guide] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await guide.waitForLoadState();
    expect(guide.url()).toBe(`${origin}/platforms/x/#grok-training`);
    expect(errors).toEqual([]);
  });

  it('applies region and theme to the second embed on the same page', async () => {
    const { page } = await watchedPage(browser(), hostOrigin);
    await page.goto(`${hostOrigin}/`);
    const { frame } = await embedFrame(page, 'two');
    await frame.waitForSelector('[data-matrix]');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await frame.locator('[data-region-label]').textContent()).toBe('European Union / EEA');
    // only=shared: rows with nothing shared by default in the EU view are hidden.
    expect(await frame.locator('tbody tr:visible').count()).toBeGreaterThanOrEqual(1);
    for (const state of await frame
      .locator('tbody tr:visible td:not([data-dimmed])')
      .evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.state))) {
      expect(['on', 'no-opt-out']).toContain(state);
    }
  });

  it('is light by default, so a light host page gets no dark box', async () => {
    const { page } = await watchedPage(browser(), hostOrigin, { colorScheme: 'dark' });
    await page.goto(`${hostOrigin}/`);
    const { frame } = await embedFrame(page, 'one');
    await frame.waitForSelector('[data-matrix]');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
  });

  it('ignores height messages from other windows and origins', async () => {
    const { page } = await watchedPage(browser(), hostOrigin);
    await page.goto(`${hostOrigin}/`);
    const { iframe, frame } = await embedFrame(page, 'one');
    await frame.waitForSelector('[data-matrix]');
    await expect.poll(async () => (await iframe.boundingBox())!.height).not.toBe(640);
    const settled = (await iframe.boundingBox())!.height;
    // Same window, host origin: wrong source and origin.
    await page.evaluate(() => window.postMessage({ type: 'optout-atlas:height', height: 7 }, '*'));
    // A frame of the host's own origin posting to its parent: right shape, wrong origin.
    await page.evaluate(() => {
      const rogue = document.createElement('iframe');
      rogue.srcdoc = `<script>parent.postMessage({ type: 'optout-atlas:height', height: 9 }, '*')</script>`;
      document.body.append(rogue);
    });
    await page.waitForTimeout(300);
    expect((await iframe.boundingBox())!.height).toBe(settled);
  });
});

describe('the embed page', () => {
  it.each([
    '?platforms=<script>alert(1)</script>&categories=javascript:alert(1)',
    `?platforms=${'zz,'.repeat(2_500)}&region=<img src=x onerror=alert(1)>`,
    '?theme="><script>alert(1)</script>&region=javascript:alert(1)&only=<b>',
    '?platforms=nope,__proto__&categories=constructor',
  ])('stays inert and well-formed with a hostile query string %#', async (query) => {
    const { page, errors } = await watchedPage(browser(), origin);
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.goto(`${origin}/embed/matrix/${query}`);
    await page.waitForSelector('[data-matrix]');
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    expect(await page.locator('script:not([src]):not([type="module"]):not([type="application/json"])').count()).toBe(0);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.locator('tbody tr:visible').count()).toBe(await page.locator('tbody tr').count());
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  });

  it('sets no cookies and requests nothing from other origins', async () => {
    const { page, foreignRequests } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/embed/matrix/?platforms=x`);
    await page.waitForSelector('[data-matrix]');
    expect(await page.context().cookies()).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe('the embed builder', () => {
  it('keeps its example, documents every option and offers an iframe with a sensible height', async () => {
    const noScript = await watchedPage(browser(), origin, { javaScriptEnabled: false });
    await noScript.page.goto(`${origin}/embed/`);
    const example = await noScript.page.locator('[data-embed-snippet]').inputValue();
    expect(example).toContain('data-platforms="linkedin,reddit,x"');
    for (const option of ['platforms', 'categories', 'region', 'theme', 'only']) {
      expect(await noScript.page.locator(`#options + p + table th code`, { hasText: option }).count(), option).toBe(1);
    }
    expect(await noScript.page.locator('[data-embed-iframe]').inputValue()).toMatch(/loading="lazy"[^>]*height:640px/);

    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/embed/`);
    await page.locator('[data-embed-builder]:not([hidden])').waitFor();
    // The builder starts from the example it was served with, rather than replacing it.
    expect(await page.locator('[data-embed-snippet]').inputValue()).toBe(example);
    await page.getByLabel('Only what is shared by default').check();
    await expect.poll(() => page.locator('[data-embed-snippet]').inputValue()).toContain('data-only="shared"');
    expect(await page.locator('[data-embed-iframe]').inputValue()).toContain('only=shared');
  });

  it('copies the snippet', async () => {
    const { page } = await watchedPage(browser(), origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${origin}/embed/`);
    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('[data-embed-snippet]').inputValue(),
    );
  });
});
