// Guide pages answer first: at a glance, each setting's state and which way to flip its switch.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('origin');
const browser = useBrowser();
const PHONE = { viewport: { width: 390, height: 740 }, isMobile: true, hasTouch: true };

describe.each(['x', 'linkedin', 'reddit', 'meta'])('guide /platforms/%s/', (id) => {
  it('shows every setting with its state, steps or the absence of a switch, and its verified date', async () => {
    const { page, foreignRequests, errors } = await watchedPage(browser(), origin);
    expect((await page.goto(`${origin}/platforms/${id}/`))?.status()).toBe(200);
    const sections = page.locator('section.setting');
    expect(await sections.count()).toBeGreaterThan(2);
    for (const section of await sections.all()) {
      expect(await section.locator('h3').getAttribute('id')).toMatch(/^[a-z0-9-]+$/);
      expect(await section.locator('.setting-answer .state-badge').textContent()).toMatch(
        /^(Shared by default|Not shared by default|Shared, no opt-out|Depends|Default unknown)$/,
      );
      const steps = await section.locator('.menu-path li').count();
      const noSwitch = await section.getByText('offers no setting to stop this').count();
      expect(steps + noSwitch).toBeGreaterThan(0);
      expect(await section.locator('.setting-checked time').first().getAttribute('datetime')).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
    }
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the steps for every surface without JavaScript', async () => {
    const { page } = await watchedPage(browser(), origin, { javaScriptEnabled: false });
    await page.goto(`${origin}/platforms/${id}/`);
    const panels = page.locator('[role="tabpanel"]');
    for (const panel of await panels.all()) await expect.poll(() => panel.isVisible()).toBe(true);
  });
});

describe('protective switches read the right way round', () => {
  it.each([
    ['x', 'protect-posts', 'To stop it, switch Protect your posts on.'],
    ['amazon', 'alexa-save-voice-recordings', 'To stop it, switch Don’t save recordings on.'],
    ['linkedin', 'data-for-generative-ai-improvement', 'To stop it, switch Data for Generative AI Improvement off.'],
  ])('%s#%s: "%s"', async (guide, setting, sentence) => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/platforms/${guide}/`);
    const answer = page.locator(`section.setting:has(#${setting}) .setting-answer`);
    expect(await answer.innerText()).toContain('Shared by default');
    expect((await answer.innerText()).replace(/\s+/g, ' ')).toContain(sentence);
    const glance = page.locator(`.glance-list li:has(a[href$="#${setting}"])`);
    expect(await glance.innerText()).toMatch(/Shared[\s\S]*Switch .* (on|off)/);
  });
});

describe('the X guide answers on a phone', () => {
  // One and a half phone screens a setting (15 when X had ten): the budget grows with the guide,
  // so a longer page is a failure only when its settings are, not when there are more of them.
  it('shows at a glance in the first screen and takes at most 1.5 phone screens a setting with the details folded', async () => {
    const { page } = await watchedPage(browser(), origin, PHONE);
    await page.goto(`${origin}/platforms/x/`);
    const glance = await page.locator('.at-a-glance').boundingBox();
    expect(glance!.y).toBeLessThan(740);
    expect(await page.locator('.glance-count').innerText()).toMatch(
      /^\d+ of \d+ settings share your data by default\.$/,
    );
    const settings = await page.locator('section.setting').count();
    expect(settings).toBeGreaterThanOrEqual(10);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(1.5 * settings * 740);
  });

  it('flags low confidence at the top of its setting, its reason folded', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/platforms/linkedin/`);
    const low = await page.locator('section.setting[data-confidence="low"]').all();
    expect(low.length).toBeGreaterThan(0);
    for (const section of low) {
      const flag = section.locator('.confidence-flag');
      expect(await flag.textContent()).toMatch(/^\s*Low confidence: see why/);
      const [flagBox, stepsBox] = [await flag.boundingBox(), await section.locator('h4').first().boundingBox()];
      expect(flagBox!.y).toBeLessThan(stepsBox!.y);
      // The reason folds under the flag, so the answer follows it directly; one click opens it.
      const reason = flag.locator('p');
      expect(await reason.isVisible()).toBe(false);
      await flag.locator('summary').click();
      expect(await reason.isVisible()).toBe(true);
      expect((await reason.innerText()).length).toBeGreaterThan(40);
    }
  });
});

it('links every setting in the table of contents to its section, and the guide to its own feed', async () => {
  const { page } = await watchedPage(browser(), origin);
  await page.goto(`${origin}/platforms/x/`);
  const ids = await page.locator('section.setting h3').evaluateAll((hs) => hs.map((h) => h.id));
  const tocLinks = await page.locator('starlight-toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const id of ids) expect(tocLinks).toContain(`#${id}`);
  expect(await page.locator('.guide-facts a[href="/feeds/x.rss"]').count()).toBe(1);
  expect(await page.locator('link[rel="alternate"][href="/feeds/x.atom"]').count()).toBe(1);
});

it('shows wording known only from a report as quoted by it, not as the policy', async () => {
  const { page } = await watchedPage(browser(), origin);
  let seen = 0;
  // Each of these guides has at least one quote read only in a report (see their quote.via).
  for (const guide of ['x', 'meta', 'whatsapp', 'messenger']) {
    await page.goto(`${origin}/platforms/${guide}/`);
    const reported = await page.locator('.reported-quote').all();
    expect(reported.length, guide).toBeGreaterThan(0);
    for (const quote of reported) {
      expect(await quote.locator('blockquote').count()).toBe(0);
      expect(await quote.textContent()).toMatch(/as quoted by/);
      seen++;
    }
  }
  expect(seen).toBeGreaterThanOrEqual(4);
});

describe('a setting in a browser or in Windows gives the program’s own address of its page, as text', () => {
  it.each([
    ['/platforms/chrome/', 'ad-topics', 'Or paste this into the browser’s address bar:', 'chrome://settings/adPrivacy'],
    [
      '/de/platforms/chrome/',
      'ad-topics',
      'Oder fügen Sie dies in die Adressleiste des Browsers ein:',
      'chrome://settings/adPrivacy',
    ],
    [
      '/platforms/microsoft/',
      'windows-online-speech-recognition',
      'On Windows, this address opens the page in Settings:',
      'ms-settings:privacy-speech',
    ],
    [
      '/fr/platforms/microsoft/',
      'windows-online-speech-recognition',
      'Sous Windows, cette adresse ouvre la page dans les Paramètres :',
      'ms-settings:privacy-speech',
    ],
  ])('%s', async (path, setting, lead, expected) => {
    const { page, errors } = await watchedPage(browser(), origin);
    await page.goto(`${origin}${path}`);
    const address = page.locator(`section.setting:has(#${setting}) .menu-address`);
    await expect.poll(() => address.first().isVisible()).toBe(true);
    expect((await address.first().innerText()).replace(/\s+/g, ' ').trim()).toBe(`${lead} ${expected}`);
    // Text, not a link: web pages cannot open these, and no page links to any scheme but its own.
    expect(
      await page.locator('a[href^="chrome:"], a[href^="about:"], a[href^="edge:"], a[href^="ms-settings:"]').count(),
    ).toBe(0);
    expect(errors).toEqual([]);
  });
});
