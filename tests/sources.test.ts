// The source check against a local HTTP server (never the internet) that serves saved pages for
// every outcome, and against the same pages read offline from a manifest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAtlas } from '../src/lib/atlas/resolve.ts';
import { classify } from '../src/lib/sources/classify.ts';
import { checkSources, summary } from '../src/lib/sources/check.ts';
import { httpFetcher, offlineFetcher, type Fetcher } from '../src/lib/sources/fetch.ts';
import { findQuote } from '../src/lib/sources/match.ts';
import { normalise, pageText } from '../src/lib/sources/text.ts';
import { VALID, validate } from './helpers.ts';

const PAGES = 'tests/fixtures/sources';
const page = (name: string) => readFileSync(`${PAGES}/${name}`, 'utf8');
const QUOTE = 'We may use your posts to train our models.';

describe('reading a page', () => {
  it('keeps the text, drops scripts and styles, and separates blocks', () => {
    const text = pageText(page('found-typography.html'));
    expect(text).not.toContain('tracking');
    expect(text).toContain(
      'Privacy\u00a0Policy\nWe\u00a0may use your posts to train our\u00a0models. And — we’ll say so.',
    );
  });

  it('normalises only what does not change meaning', () => {
    expect(normalise('We\u00a0may   use “your” posts — it’s hy\u00adphen\u200Bated')).toBe(
      `we may use "your" posts - it's hyphenated`,
    );
  });
});

describe('finding a quote', () => {
  it('finds it despite non-breaking spaces, entities, split markup and curly apostrophes', () => {
    expect(findQuote('We may use your posts to train our models', pageText(page('found-typography.html')))).toEqual({
      found: true,
    });
    expect(findQuote("And - we'll say so", pageText(page('found-typography.html'))).found).toBe(true);
  });

  it('keeps the closest passage and a word diff when the wording changed', () => {
    const match = findQuote(QUOTE, pageText(page('changed.html')));
    expect(match.found).toBe(false);
    expect(match.closest).toBe('we may use your posts and your photos to train and improve our generative models.');
    expect(match.diff).toContainEqual({ added: 'and your photos' });
    expect(match.similarity).toBeGreaterThan(0.6);
  });
});

describe('telling a page from what stands in its way', () => {
  const fetched = (name: string, status = 200, finalUrl = 'https://a.example/privacy') => ({
    url: 'https://a.example/privacy',
    finalUrl,
    status,
    body: name ? page(name) : '',
  });
  it.each([
    ['gone', fetched('', 404), 'gone'],
    ['gone for good', fetched('', 410), 'gone'],
    ['a login wall', fetched('login.html'), 'blocked'],
    ['a redirect to a login page', fetched('help.html', 200, 'https://a.example/login?next=/privacy'), 'blocked'],
    ['a bot challenge', fetched('challenge.html', 503), 'blocked'],
    ['a consent wall', fetched('consent.html'), 'blocked'],
    ['a move', fetched('help.html', 200, 'https://b.example/privacy-policy'), 'redirected'],
    ['the page', fetched('help.html', 200, 'https://www.a.example/privacy/'), 'ok'],
  ])('%s', (_name, input, status) => {
    expect(classify(input).status).toBe(status);
  });
});

describe('the check, against a local server', () => {
  let server: Server;
  let origin: string;
  const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
    '/found': (res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(page('found-typography.html')),
    '/changed': (res) => res.writeHead(200).end(page('changed.html')),
    '/gone': (res) => res.writeHead(404).end('Not here'),
    '/removed': (res) => res.writeHead(410).end('Gone'),
    '/to-login': (res) => res.writeHead(302, { Location: '/login' }).end(),
    '/login': (res) => res.writeHead(200).end(page('login.html')),
    '/challenge': (res) => res.writeHead(403).end(page('challenge.html')),
    '/slow': () => undefined, // never answers
    '/archive/changed': (res) => res.writeHead(200).end(page('archived.html')),
    '/help': (res) => res.writeHead(200).end(page('help.html')),
    '/moved': (res) => res.writeHead(301, { Location: '/new-help' }).end(),
    '/new-help': (res) => res.writeHead(200).end(page('help.html')),
  };
  let agent = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      agent = req.headers['user-agent'] ?? '';
      (routes[req.url!] ?? ((r) => r.writeHead(404).end()))(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  /** The valid fixtures with their quote and help pages pointed at the local server. */
  function atlasFor(quotePath: string, helpPath = '/help', archivePath?: string) {
    // The example guide alone, every address on the local server: nothing may reach the internet.
    const guides = validate(VALID)
      .guides.filter((g) => g.id === 'example')
      .map(({ id, data }) => ({ id, data: structuredClone(data) }));
    const setting = guides[0].data.settings[0];
    setting.quote!.source = {
      ...setting.quote!.source!,
      url: `${origin}${quotePath}`,
      archived: archivePath && `${origin}${archivePath}`,
    };
    setting.sources[0].url = `${origin}${helpPath}`;
    setting.history = [];
    guides[0].data.settings[1].sources[0].url = `${origin}${helpPath}`;
    return resolveAtlas(guides);
  }
  const http = (): Fetcher => httpFetcher({ timeoutMs: 400, retries: 1 });
  const run = (atlas: ReturnType<typeof atlasFor>, previous?: Parameters<typeof checkSources>[2]['previous']) =>
    checkSources(atlas, http(), { today: '2026-12-01', previous, concurrency: 2 });

  it.each([
    ['/found', 'found'],
    ['/changed', 'changed'],
    ['/gone', 'gone'],
    ['/removed', 'gone'],
    ['/to-login', 'blocked'],
    ['/challenge', 'blocked'],
    ['/slow', 'unreachable'],
  ])('records a quote on %s as %s', async (path, status) => {
    const file = await run(atlasFor(path));
    expect(file.settings['example#ai-training'].quote).toMatchObject({ status, checked: '2026-12-01' });
  });

  it('reads the archived copy when the live page has changed, and keeps when the words were last found', async () => {
    const file = await run(atlasFor('/changed', '/help', '/archive/changed'), {
      version: 1,
      checked: '2026-06-01',
      settings: {
        'example#ai-training': {
          quote: { url: 'x', status: 'found', checked: '2026-06-01', lastFound: '2026-06-01' },
          sources: {},
        },
      },
    });
    expect(file.settings['example#ai-training'].quote).toMatchObject({
      status: 'changed',
      lastFound: '2026-06-01',
      archive: { status: 'found', checked: '2026-12-01' },
    });
  });

  it('records the other sources: ok, redirected with its target, gone', async () => {
    expect((await run(atlasFor('/found', '/help'))).settings['example#ai-training'].sources[`${origin}/help`]).toEqual({
      status: 'ok',
      checked: '2026-12-01',
    });
    expect(
      (await run(atlasFor('/found', '/moved'))).settings['example#ai-training'].sources[`${origin}/moved`],
    ).toMatchObject({
      status: 'redirected',
      target: `${origin}/new-help`,
    });
    expect(
      (await run(atlasFor('/found', '/gone'))).settings['example#contact-lookup'].sources[`${origin}/gone`].status,
    ).toBe('gone');
  });

  it('names itself to the servers it asks', async () => {
    await run(atlasFor('/found'));
    expect(agent).toMatch(/^OptOutAtlasSourceCheck\/1\.0 \(\+https:\/\//);
  });

  it('sums up a run in one line', async () => {
    expect(summary(await run(atlasFor('/changed')))).toBe('Checked 1 quotes (1 changed) and 2 other sources (2 ok).');
  });
});

describe('npm run check:sources --offline', { timeout: 60_000 }, () => {
  it('reads saved copies from a manifest, counts missing ones as unreachable, and writes the status file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
    writeFileSync(
      join(dir, 'x.html'),
      page('found-typography.html').replace(
        'We&nbsp;may use <b>your</b> posts to train our&nbsp;models',
        'X changed this',
      ),
    );
    // The guides' real quote pages: one saved copy, of X's privacy policy, with the wording changed.
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ 'https://x.com/en/privacy': 'x.html' }));
    const out = join(dir, 'status.json');
    const stdout = execFileSync(
      process.execPath,
      ['scripts/check-sources.ts', '--offline', dir, '--only', 'x', '--out', out],
      { encoding: 'utf8' },
    );
    expect(stdout).toMatch(/^Checked \d+ quotes \(.*\) and \d+ other sources \(.*unreachable.*\)\.\n$/);
    const status = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(status.settings).every((key) => key.startsWith('x#'))).toBe(true);
    const onSavedPage = Object.values(
      status.settings as Record<string, { quote?: { url: string; status: string } }>,
    ).filter((s) => s.quote?.url === 'https://x.com/en/privacy');
    expect(onSavedPage.length).toBeGreaterThan(0);
    for (const setting of onSavedPage) expect(setting.quote!.status).toBe('changed');
  });

  it('says what is wrong with its arguments', () => {
    const run = (args: string[]) => {
      try {
        execFileSync(process.execPath, ['scripts/check-sources.ts', ...args], { encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (error) {
        return (error as { stderr: string }).stderr;
      }
    };
    expect(run(['--only', 'nope'])).toContain('--only names "nope", which is not a guide.');
    expect(run(['--offline', 'tests'])).toContain('--offline tests has no manifest.json.');
    expect(run(['--concurrency', '0'])).toContain('--concurrency must be a whole number of at least 1.');
  });
});

it('offline: a URL missing from the manifest is unreachable', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  writeFileSync(join(dir, 'manifest.json'), '{}');
  const result = await offlineFetcher(dir)('https://nowhere.example/');
  expect(result).toEqual({ url: 'https://nowhere.example/', error: 'not in the offline manifest' });
});
