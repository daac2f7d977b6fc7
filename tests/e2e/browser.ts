/** One headless Debian Chromium for a test file, with a page that records what would leak. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { CHROMIUM } from './chromium.ts';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One browser for the calling test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser.close());
  return () => browser;
}

export interface WatchedPage {
  page: Page;
  /** Requests to any origin other than the site's own. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** Opens a page in a fresh context and records foreign requests and errors. */
export async function watchedPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
  // Concurrent tests pass their own context's hook, so the right test's end closes the pages.
  whenFinished: (fn: () => Promise<void>) => void = onTestFinished,
): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  // Each test's pages go when it ends, so a file's contexts do not pile up in the browser.
  whenFinished(() => context.close());
  const page = await context.newPage();
  // A missing element fails in seconds, not at the test's timeout.
  page.setDefaultTimeout(10_000);
  const watched: WatchedPage = { page, foreignRequests: [], errors: [] };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      watched.foreignRequests.push(request.url());
  });
  page.on('console', (message) => message.type() === 'error' && watched.errors.push(message.text()));
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

/**
 * Waits until a page has what it loads after its load event: search's index, the matrix. The embed
 * builder's preview is a lazy iframe below the fold, so it is brought into view and its table
 * awaited instead of the network: Playwright's network-idle state waits for every frame's own,
 * which the lazy preview sometimes never reports although nothing is pending (about one run in
 * three, with no request in flight).
 */
export async function settle(page: Page, timeout = 30_000): Promise<void> {
  const preview = page.locator('iframe[data-embed-preview]');
  if (await preview.count()) {
    await preview.scrollIntoViewIfNeeded({ timeout });
    await page.frameLocator('iframe[data-embed-preview]').locator('table').first().waitFor({ timeout });
  } else {
    await page.waitForLoadState('networkidle', { timeout });
  }
}

/**
 * Words run together in rendered text: a full stop, colon or closing bracket followed by a letter
 * with no space ("Corp..Also", "Confidence:medium", "2024(read"), outside URLs and known forms.
 */
export function gluedText(text: string): string[] {
  const cleaned = text.replace(
    /https?:\/\/\S+|\babout:[a-z]+|\bms-settings:[a-z-]+|\b[A-Z]\w+(?:\.[A-Z]\w+){2,}\b|\b(?:PayPal\.Me|Mezha\.Media|AdvertisingManager\.AdvertisingId)\b|\b[\w.-]+\.(?:com|org|net|app|io|ai|dev|social|xyz|fm|me|tv|co|us)\b|\b[A-Z][a-z]?\.[A-Z][a-z]?\.|\b\d+(?:\.\d+)+\b|\bi\.e\.|\be\.g\./g,
    ' ',
  );
  const patterns = [
    /[a-z]{2}[.!?][A-Z][a-z]/g,
    /\.\.[A-Z]/g,
    /[a-z][:;][a-z]{3}/g,
    /\w\((?!s\))[a-z]{2}/g,
    /\)[A-Za-z]{2}/g,
  ];
  return patterns.flatMap((p) =>
    [...cleaned.matchAll(p)].map((m) => cleaned.slice(Math.max(0, m.index! - 20), m.index! + 20)),
  );
}
