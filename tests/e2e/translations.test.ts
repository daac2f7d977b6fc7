// The site in German, French and Spanish, on the fixture site (tests/site): its example guide is
// translated into German (up to date) and French (one summary older than its English), not into
// Spanish; its other guides are not translated at all.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './browser.ts';

const origin = inject('fixtureOrigin');
const browser = useBrowser();

describe('every language', () => {
  it.each([
    ['/', 'en'],
    ['/de/', 'de'],
    ['/fr/', 'fr'],
    ['/es/', 'es'],
    ['/de/compare/', 'de'],
    ['/fr/checklist/', 'fr'],
    ['/es/search/', 'es'],
    ['/de/platforms/', 'de'],
  ])('%s is in %s, with its own interface words', async (path, lang) => {
    const { page, errors } = await watchedPage(browser(), origin);
    await page.goto(`${origin}${path}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(errors).toEqual([]);
  });

  it('names the other languages of a guide with hreflang alternates', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/platforms/example/`);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
    expect(alternates).toEqual(
      expect.arrayContaining([
        ['de', '/de/platforms/example/'],
        ['fr', '/fr/platforms/example/'],
        ['es', '/es/platforms/example/'],
      ]),
    );
  });
});

describe('a translated guide', () => {
  it('shows its prose in the language, the facts of the English guide, and no fallback notice', async () => {
    const { page, errors } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/de/platforms/example/`);
    await expect.poll(() => page.locator('h3#ai-training').innerText()).toBe('KI-Training mit Beiträgen');
    expect(await page.locator('.sl-markdown-content').innerText()).toContain('auf Deutsch');
    // The state and the answer come from the English guide, in German words.
    const answer = page.locator('section.setting:has(#ai-training) .setting-answer');
    expect(await answer.innerText()).not.toMatch(/Shared by default|To stop it/);
    expect(await page.locator('[data-translation-status="outdated"]').count()).toBe(0);
    expect(await page.getByText('Dieser Inhalt ist noch nicht in deiner Sprache verfügbar').count()).toBe(0);
    // Links stay in the language.
    expect(await page.locator('.glance-list a[href$="#ai-training"]').getAttribute('href')).toBe(
      '/de/platforms/example/#ai-training',
    );
    expect(errors).toEqual([]);
  });

  it('says when it is older than the English, links the settings, and shows their changed parts in English', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/fr/platforms/example/`);
    const notice = page.locator('[data-translation-status="outdated"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.innerText()).toContain('1');
    expect(await notice.locator('a').getAttribute('href')).toBe('#ai-training');
    const section = page.locator('section.setting:has(#ai-training)');
    await section
      .locator('details.setting-more')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const summary = section.locator('[data-english-fallback]').first();
    expect(await summary.getAttribute('lang')).toBe('en');
    expect(await summary.innerText()).not.toContain('ancien résumé');
    // What is still current stays French.
    expect(await section.locator('h3').innerText()).toBe('Entraînement de l’IA sur les publications');
  });

  it('serves a guide with no translation from English, with Starlight’s notice in the reader’s language', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/es/platforms/example/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await expect.poll(() => page.getByText('Esta página aún no está disponible en tu idioma.').count()).toBe(1);
    expect(await page.locator('h3#ai-training').innerText()).toBe('AI training on posts');
  });
});

describe('the translations page', () => {
  it('lists every guide in every language: up to date, outdated or missing, and what is not translated', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/translations/`);
    const cell = (lang: string) => page.locator(`tr[data-guide="example"] td[data-translation="${lang}"]`);
    expect(await cell('de').getAttribute('data-translation-status')).toBe('current');
    expect(await cell('fr').getAttribute('data-translation-status')).toBe('outdated');
    expect(await cell('es').getAttribute('data-translation-status')).toBe('missing');
    expect(await page.locator('tr[data-guide="other"] td[data-translation-status="missing"]').count()).toBe(3);
    // The German translation leaves out one setting's prose and a note: counted, not called complete.
    expect(await cell('de').innerText()).toBe('Up to date · 6 fields not translated');
    expect(await cell('fr').innerText()).toBe('1 outdated field · 9 fields not translated');
  });
});

describe('search in a language', () => {
  it('finds the German guide from a German query, on the German search page', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/de/search/?q=Telefonnummer`);
    const first = page.locator('.pagefind-ui__result-link').first();
    await expect.poll(() => first.count(), { timeout: 15_000 }).toBe(1);
    expect(await first.getAttribute('href')).toMatch(/^\/de\/platforms\/example\//);
  });
});

describe('the checklist', () => {
  it('keeps one checklist across languages', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/de/platforms/example/`);
    const box = page.locator('input[data-checklist-key="example#ai-training"]');
    await box.check();
    // The English checklist page finds the tick made on the German guide page.
    await page.goto(`${origin}/checklist/`);
    await expect.poll(() => page.locator('[data-overall-text]').innerText()).toMatch(/^1 of /);
  });
});

describe('the embed', () => {
  it('shows the table in the language its `lang` option names', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/embed/matrix/de/?region=EU`);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await expect.poll(() => page.locator('[data-region-label]').innerText()).not.toBe('European Union / EEA');
    expect(await page.locator('thead th').first().innerText()).toBe('Plattform');
  });
});

describe('what changed', () => {
  it('lists the changes in German, under the translated headings, linking to the German guide', async () => {
    const { page, errors } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/de/changes/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('h1').innerText()).toBe('Was sich geändert hat');
    const entry = page.locator('.changes > li', { hasText: 'KI-Training mit Beiträgen' });
    expect(await entry.locator('a').getAttribute('href')).toBe('/de/platforms/example/#ai-training');
    expect(await entry.locator('time').innerText()).toBe('1. Mai 2024');
    expect(await entry.locator('.change-transition').innerText()).toBe('Nicht geteilt → Geteilt');
    // What changed is described in English, and the page says so in its markup.
    expect(await entry.locator('[lang="en"]', { hasText: 'Training switched on by default' }).count()).toBe(1);
    expect(await page.locator('.change-month h2').first().innerText()).toMatch(/^[A-ZÄÖÜ][a-zäöü]+ \d{4}$/);
    // The filters speak German, their count too.
    await page.getByRole('combobox', { name: 'Kategorie', exact: true }).selectOption('incident');
    await expect.poll(() => page.locator('output[name="count"]').textContent()).toMatch(/^\d+ von \d+ Einträgen$/);
    // The page announces the German feed, which links to the German pages.
    const feed = await page.locator('link[type="application/rss+xml"]').getAttribute('href');
    expect(feed).toBe('/de/feeds/changes.rss');
    const xml = await (await page.request.get(`${origin}${feed}`)).text();
    expect(xml).toContain('<language>de</language>');
    expect(xml).toContain('/de/platforms/example/#ai-training</link>');
    expect(xml).toContain('KI-Training mit Beiträgen');
    expect(errors).toEqual([]);
  });

  it('is linked from the German menu and the German landing page', async () => {
    const { page } = await watchedPage(browser(), origin);
    await page.goto(`${origin}/de/`);
    expect(await page.locator('.landing-ways a[href="/de/changes/"]').count()).toBe(1);
    expect(await page.locator('#starlight__sidebar a[href="/de/changes/"]').count()).toBe(1);
  });
});
