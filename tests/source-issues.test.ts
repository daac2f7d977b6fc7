// One issue per quote that needs review: the plan, the issue text, and the GitHub calls against a
// local stand-in for the API.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncIssues } from '../src/lib/sources/github.ts';
import { issueBody, issueKey, planIssues, wordDiff, type OpenIssue } from '../src/lib/sources/issues.ts';
import type { QuoteCheck, SourceStatusFile } from '../src/schemas/source-status.ts';

const changed: QuoteCheck = {
  url: 'https://x.example/privacy',
  status: 'changed',
  checked: '2026-11-30',
  lastFound: '2026-11-23',
  closest: 'We may use your posts to train our AI models.',
  similarity: 0.82,
  diff: [{ same: 'We may use your posts to train ' }, { removed: 'our models.' }, { added: 'our AI models.' }],
  archive: {
    url: 'https://web.archive.org/web/2026/https://x.example/privacy',
    status: 'found',
    checked: '2026-11-30',
  },
};
const status = (settings: SourceStatusFile['settings']): SourceStatusFile => ({
  version: 1,
  checked: '2026-11-30',
  settings,
});
const entry = (quote?: QuoteCheck) => ({ quote, sources: {} });

describe('the issue text', () => {
  const body = issueBody('x#grok-training', changed, 'src/content/docs/platforms/x.mdx');

  it('carries its key, so the issue is found again whatever its title becomes', () => {
    expect(issueKey({ number: 1, title: 'renamed', body })).toBe('x#grok-training');
    expect(issueKey({ number: 2, title: 'Quote changed: x#grok-training', body: 'no marker' })).toBeUndefined();
  });

  it('gives the page, the dates, the closest passage, the word diff and what the archive says', () => {
    expect(body).toContain('- Page: https://x.example/privacy');
    expect(body).toContain('- Last found: 2026-11-23');
    expect(body).toContain('We may use your posts to train [-our models.-]{+our AI models.+}');
    expect(body).toContain('still has the quoted wording');
    expect(body).toContain('src/content/docs/platforms/x.mdx');
  });

  it('fences page text so its backticks or markup cannot break out', () => {
    const hostile = issueBody('x#a', { ...changed, closest: '``` </details><img src=x onerror=alert(1)> ````' }, 'f');
    expect(hostile).toContain('`````\n``` </details><img src=x onerror=alert(1)> ````\n`````');
  });

  it('writes the diff in word-diff notation', () => {
    expect(wordDiff([{ same: 'a ' }, { removed: 'b' }, { added: 'c' }])).toBe('a [-b-]{+c+}');
  });
});

describe('planIssues', () => {
  const ours = (key: string, n: number, body = `<!-- quote-check:${key} -->`): OpenIssue => ({
    number: n,
    title: `Quote changed: ${key}`,
    body,
  });

  it('opens one issue per changed or gone quote, and none for found, blocked or unreachable ones', () => {
    const plan = planIssues(
      status({
        'x#a': entry(changed),
        'x#b': entry({ url: 'u', status: 'gone', checked: '2026-11-30' }),
        'x#c': entry({ url: 'u', status: 'found', checked: '2026-11-30', lastFound: '2026-11-30' }),
        'x#d': entry({ url: 'u', status: 'blocked', checked: '2026-11-30' }),
        'x#e': entry(),
      }),
      [],
    );
    expect(plan.map((a) => `${a.kind} ${a.key}`)).toEqual(['open x#a', 'open x#b']);
    expect(plan[1]).toMatchObject({ title: 'Quote page gone: x#b' });
  });

  it('updates an open issue only when its text would change', () => {
    const file = status({ 'x#a': entry(changed) });
    const [open] = planIssues(file, []);
    const current = { number: 7, title: (open as { title: string }).title, body: (open as { body: string }).body };
    expect(planIssues(file, [current])).toEqual([]);
    expect(planIssues(file, [{ ...current, body: `${current.body}\nold` }])).toMatchObject([
      { kind: 'update', number: 7 },
    ]);
  });

  it('closes an issue when the quote is found again or no longer checked, and keeps it while the page cannot be read', () => {
    const plan = planIssues(
      status({
        'x#a': entry({ url: 'u', status: 'found', checked: '2026-11-30', lastFound: '2026-11-30' }),
        'x#d': entry({ url: 'u', status: 'unreachable', checked: '2026-11-30' }),
      }),
      [
        ours('x#a', 1),
        ours('x#d', 2),
        ours('x#gone', 3),
        { number: 4, title: 'Unrelated', body: 'A reader’s report.' },
      ],
    );
    expect(plan.map((a) => `${a.kind} ${a.key}`)).toEqual(['close x#a', 'close x#gone']);
    expect(plan[0]).toMatchObject({
      number: 1,
      comment: expect.stringContaining('found on its page again on 2026-11-30'),
    });
  });
});

describe('syncIssues against a local API', () => {
  let server: Server;
  let api: string;
  const calls: { method: string; url: string; body: unknown; auth?: string }[] = [];
  const existing = [
    { number: 11, title: 'Quote changed: x#a', body: '<!-- quote-check:x#a -->\nold text' },
    { number: 12, title: 'Quote changed: x#b', body: '<!-- quote-check:x#b -->' },
    { number: 13, title: 'A pull request', body: '<!-- quote-check:x#c -->', pull_request: {} },
  ];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let data = '';
      req.on('data', (chunk) => (data += chunk));
      req.on('end', () => {
        calls.push({
          method: req.method!,
          url: req.url!,
          body: data ? JSON.parse(data) : undefined,
          auth: req.headers.authorization,
        });
        res.setHeader('Content-Type', 'application/json');
        if (req.url === '/repos/o/r/labels') return res.writeHead(422).end('{"message":"already_exists"}');
        if (req.method === 'GET') return res.end(JSON.stringify(existing));
        res.writeHead(req.method === 'POST' ? 201 : 200).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => server.close());

  it('updates, opens and closes with the token, leaving pull requests alone', async () => {
    const file = status({
      'x#a': entry(changed),
      'x#b': entry({ url: 'u', status: 'found', checked: '2026-11-30', lastFound: '2026-11-30' }),
      'y#z': entry({ url: 'u', status: 'gone', checked: '2026-11-30' }),
    });
    const actions = await syncIssues({ api, repository: 'o/r', token: 't0ken' }, file);
    expect(actions.map((a) => `${a.kind} ${a.key}`)).toEqual(['update x#a', 'open y#z', 'close x#b']);
    expect(calls.every((c) => c.auth === 'Bearer t0ken')).toBe(true);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /repos/o/r/labels',
      'GET /repos/o/r/issues?state=open&labels=quote-check&per_page=100&page=1',
      'PATCH /repos/o/r/issues/11',
      'POST /repos/o/r/issues',
      'POST /repos/o/r/issues/12/comments',
      'PATCH /repos/o/r/issues/12',
    ]);
    expect(calls[3].body).toMatchObject({ title: 'Quote page gone: y#z', labels: ['quote-check'] });
    expect(calls[5].body).toEqual({ state: 'closed', state_reason: 'completed' });
  });
});
