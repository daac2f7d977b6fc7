import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, githubAnnotation } from '../src/lib/check/diagnostics.ts';
import { addressKind, httpsUrl, settingsAddress } from '../src/schemas/primitives.ts';
import { FIXTURES, fixtureGuides, fixtureTree, VALID, validate } from './helpers.ts';

const invalid = fixtureGuides(`${FIXTURES}/invalid`);
const trees = readdirSync(`${FIXTURES}/invalid-tree`).sort();

describe('valid guides', () => {
  it('pass with no diagnostics', () => {
    const { guides, diagnostics } = validate(VALID);
    expect(diagnostics).toEqual([]);
    expect(guides.map((g) => g.id)).toEqual(['example', 'other']);
  });

  it('fill in defaults and normalise unquoted YAML dates to ISO strings', () => {
    const other = validate(VALID).guides.find((g) => g.id === 'other')!;
    expect(other.data.lastVerified).toBe('2024-06-01');
    expect(other.data.settings[0].regions).toEqual([]);
    expect(other.data.incidents).toEqual([]);
  });

  it('reports a shared setting whose target guide is missing', () => {
    const { diagnostics } = validate(VALID.filter((f) => !f.file.endsWith('example.mdx')));
    expect(diagnostics.map((d) => d.problem)).toEqual([
      'Shared setting "example#ai-training" points to guide "example", which does not exist',
    ]);
  });
});

describe.each(invalid.map((f) => [f.file.split('/').pop()!, f] as const))('invalid guide %s', (_name, fixture) => {
  const { diagnostics } = validate([...VALID, fixture]);

  it('fails with one diagnostic naming this file, a line and a fix', () => {
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d.file).toBe(fixture.file);
    expect(d.line).toBeGreaterThan(0);
    expect(d.fix.length).toBeGreaterThan(10);
  });

  it('prints the message contributors see', () => {
    expect(diagnostics.map(formatDiagnostic).join('\n\n')).toMatchSnapshot();
  });
});

describe.each(trees)('invalid content tree %s', (name) => {
  const files = fixtureTree(`${FIXTURES}/invalid-tree/${name}`);
  // Warnings (a translation older than its English) fail nothing; these trees are about errors.
  const diagnostics = validate([...VALID, ...files]).diagnostics.filter((d) => d.severity !== 'warning');

  it('fails with one diagnostic naming a file of the tree', () => {
    expect(diagnostics).toHaveLength(1);
    expect(files.map((f) => f.file)).toContain(diagnostics[0].file);
  });

  it('prints the message contributors see', () => {
    expect(diagnostics.map(formatDiagnostic).join('\n\n')).toMatchSnapshot();
  });
});

/** Fixtures that reach a rule another fixture already pins, by another way in. */
const SAME_RULE_ANOTHER_WAY = new Set([
  'body-entity-javascript-link.mdx', // javascript: written with an HTML entity
  'region-varies-without-varies-by.mdx', // in a regional default
  'starlight-head-base.mdx', // a <base> tag rather than a script
  'page-body-export', // in a page, not a guide
]);

it('gives every invalid fixture its own message', () => {
  const messages = [
    ...invalid
      .filter((f) => !SAME_RULE_ANOTHER_WAY.has(f.file.split('/').pop()!))
      .map((f) =>
        validate([...VALID, f])
          .diagnostics.map((d) => d.problem)
          .join(),
      ),
    ...trees
      .filter((name) => !SAME_RULE_ANOTHER_WAY.has(name))
      .map((name) =>
        validate([...VALID, ...fixtureTree(`${FIXTURES}/invalid-tree/${name}`)])
          .diagnostics.map((d) => d.problem)
          .join(),
      ),
  ];
  expect(new Set(messages).size).toBe(messages.length);
});

describe('messages cannot be forged by the values they quote', () => {
  const hostile = {
    file: 'src/content/docs/platforms/x.mdx',
    line: 3,
    column: 1,
    field: 'settings[0].label',
    fix: 'remove it',
  };

  it('shows control characters escaped, so a value cannot colour the terminal or print a fake pass', () => {
    const text = formatDiagnostic({ ...hostile, problem: 'Bad \u001b[32m✔ 28 guides valid\u001b[0m' });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\u001B[32m');
  });

  it('keeps a GitHub annotation on one line, whatever the field name holds', () => {
    const line = githubAnnotation({
      ...hostile,
      field: 'bad\n::error file=other.mdx::forged',
      problem: 'Unknown field',
    });
    expect(line.split('\n')).toHaveLength(1);
    expect(line).not.toMatch(/\n::error/);
    expect(line).toContain('%3A%3Aerror');
  });
});

describe('settings addresses of browsers and of Windows', () => {
  const schema = settingsAddress();
  it.each([
    ['chrome://settings/adPrivacy', 'browser'],
    ['chrome://settings/adPrivacy/interests', 'browser'],
    ['edge://settings/privacy', 'browser'],
    ['brave://settings/privacy#safe-browsing', 'browser'],
    ['about:preferences#privacy', 'browser'],
    ['ms-settings:privacy-speech', 'windows'],
    ['ms-settings:privacy-feedback', 'windows'],
  ])('accepts %s, a %s address', (value, kind) => {
    expect(schema.safeParse(value).success).toBe(true);
    expect(addressKind(value)).toBe(kind);
  });
  it.each([
    'javascript:alert(1)',
    'chrome://settings/"onmouseover=alert(1)',
    'chrome://flags',
    'chrome://settings/../flags',
    'about:config',
    'file:///etc/passwd',
    'chrome://settings/ad privacy',
    'https://example.org/settings',
    'ms-settings:',
    'ms-settings:privacy speech',
    'ms-settings:../privacy',
    'ms-settings://privacy',
    'ms-settings:privacy-speech"onclick="alert(1)',
    'ms-settingsx:privacy',
  ])('refuses %s, saying what to give instead', (value) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(
      /is not the address of a browser's or Windows's settings page\. Fix: /,
    );
  });
});

describe('addresses that stand in for the page they point to', () => {
  const schema = httpsUrl('source URL');
  it.each([
    ['https://reader.example.net/https://help.example.com/article', /wraps another site's address/],
    ['https://proxy.example.net/https/help.example.com/article', /wraps another site's address/],
    ['https://go.example.net/out?to=https%3A%2F%2Fhelp.example.com%2Farticle', /wraps another site's address/],
    ['https://tinyurl.com/ab12cd34', /is a short link/],
    ['https://www.bit.ly/ab12cd34', /is a short link/],
    ['https://help.example.com./article', /ends its host name with a dot/],
  ])('refuses %s', (value, message) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(message);
  });
  it.each([
    'https://web.archive.org/web/20240101000000/https://help.example.com/article',
    'https://help.example.com/https-everywhere',
    'https://help.example.com/article?ref=settings',
  ])('accepts %s', (value) => {
    expect(schema.safeParse(value).success).toBe(true);
  });
});
