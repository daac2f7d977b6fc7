import { describe, expect, it } from 'vitest';
import { resolveAtlas } from '../src/lib/atlas/resolve.ts';
import { rewriteQuery } from '../src/lib/search/query.ts';
import { searchRecords } from '../src/lib/search/records.ts';
import { fixtureAtlas, VALID, validate } from './helpers.ts';

const records = searchRecords(fixtureAtlas());

describe('search records', () => {
  it('makes one record per setting and incident, at its anchor', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/platforms/example/#ai-training',
      '/platforms/example/#contact-lookup',
      '/platforms/example/#incident-fine-2023',
      '/platforms/other/#location',
    ]);
  });

  it('titles each record with platform and heading, weights the label above the prose, and answers in the meta', () => {
    const html = records[0].html;
    expect(html).toContain('<h1 data-pagefind-weight="10">Example Social: AI training on posts</h1>');
    expect(html).toContain('<p data-pagefind-weight="8">Use my posts to train AI</p>');
    expect(html).toContain(
      '<span data-pagefind-meta="answer">Shared by default. To stop it, switch “Use my posts to train AI” off.</span>',
    );
  });

  it('indexes aliases, the apps a shared setting governs and the category’s search terms', () => {
    const html = records[0].html;
    expect(html).toMatch(
      /data-pagefind-weight="6">model training, Examplr, Example Social, Other App, AI training by the platform, AI training, .*machine learning/,
    );
    expect(html).toContain('<span data-pagefind-filter="category">AI training by the platform</span>');
    expect(html).toContain('<span data-pagefind-filter="default">Shared by default</span>');
    expect(html).toContain('<span data-pagefind-filter="region">Differs in European Union</span>');
  });

  it('weights opting out high only where a switch exists', () => {
    expect(records[0].html).toContain('<p data-pagefind-weight="9">You can opt out');
    // Without the words "opt out", so a question about opting out does not match it at all.
    expect(records[1].html).toContain('<p data-pagefind-weight="0.2">There is no switch for it.</p>');
  });

  it('escapes guide text, and filter values twice more (Pagefind decodes them twice, then renders them as HTML)', () => {
    const guides = validate(VALID).guides.map(({ id, data }) => ({ id, data }));
    guides[0].data.settings[0].label = '<script>alert(1)</script>';
    guides[0].data.platform.name = '<img src=x onerror=alert(1)>';
    const [record] = searchRecords(resolveAtlas(guides));
    expect(record.html).not.toMatch(/<script>|<img src=x/);
    expect(record.html).toContain(
      '<span data-pagefind-filter="platform">&amp;amp;lt;img src=x onerror=alert(1)&amp;amp;gt;</span>',
    );
  });
});

describe('rewriteQuery', () => {
  it.each([
    ['stop X training AI on my posts', 'x ai training posts switch off'],
    ['how do I turn off personalised ads on Instagram', 'personalised ads instagram switch off'],
    ['2fa phone number ads', '2fa phone number ads'],
    ['Twitter two-factor phone number used for advertising', 'twitter 2fa phone number ads'],
    ['hide my profile from google', 'hide search engines switch off'],
    ['opt out ai training', 'ai training switch off'],
    ['machine learning on my chats', 'ai training chats'],
    ['does my TV report what I watch', 'tv viewing'],
    ['turn off', 'turn off'],
  ])('%j → %j', (question, words) => {
    expect(rewriteQuery(question)).toBe(words);
  });
});
