import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { changeItems, type ChangeItem } from '../src/lib/atlas/changes.ts';
import { buildFeed } from '../src/lib/publish/feeds.ts';
import { fixtureAtlas } from './helpers.ts';

const SITE = 'https://atlas.example.org/';
const hostile: ChangeItem = {
  id: 'x--a--2024-01-01',
  kind: 'change',
  changeKind: 'default-changed',
  from: 'off',
  to: 'on',
  date: '2024-01-01',
  guideId: 'x',
  platform: '<img src=x onerror=alert(1)>',
  subject: 'Closing ]]> twice ]]> here',
  summary: 'Text with ]]> and ]]> and <script>alert(1)</script> & more',
  href: '/platforms/x/#a',
  sources: [{ url: 'https://news.example.org/a?b=1&c=2', title: '<b>Title</b>', publisher: 'P & Q' }],
};
const feed = () => buildFeed([hostile], { site: SITE, name: 'x', title: 'X <feed>', description: 'd' });

describe('feeds', () => {
  it('are valid XML whatever the guides hold, RSS and Atom', () => {
    expect(SyntaxValidator.validate(feed().rss2())).toBe(true);
    expect(SyntaxValidator.validate(feed().atom1())).toBe(true);
  });

  it('carry guide text as text: markup arrives escaped, never as elements', () => {
    for (const xml of [feed().rss2(), feed().atom1()]) {
      expect(xml).not.toMatch(/<img src=x/);
      expect(xml).not.toMatch(/<script>/);
      expect(xml).not.toContain('<b>Title</b>');
    }
  });

  it('link their sources as real links and say what changed, from → to', () => {
    const atom = feed().atom1();
    expect(atom).toContain('<a href="https://news.example.org/a?b=1&amp;c=2">&lt;b&gt;Title&lt;/b&gt;</a> (P &amp; Q)');
    expect(atom).toContain('Not shared → Shared');
  });

  it('have one item per history entry and incident of the guides', () => {
    const items = changeItems(fixtureAtlas());
    expect(items.map((i) => i.id)).toEqual(['example--ai-training--2024-05-01', 'example--incident-fine-2023']);
    expect(buildFeed(items, { site: SITE, name: 'changes', title: 'All', description: 'd' }).items).toHaveLength(2);
  });

  it('say when they carry only the latest entries, in their language, and only then', () => {
    const options = { site: SITE, name: 'changes', title: 'All', description: 'd' };
    expect(buildFeed([hostile, hostile], { ...options, total: 5 }).rss2()).toContain(
      '<description>d This feed carries the latest 2 entries; the changes pages list every one.</description>',
    );
    expect(buildFeed([hostile, hostile], { ...options, total: 5, lang: 'de' }).atom1()).toContain(
      'Dieser Feed enthält die neuesten 2 Einträge',
    );
    for (const whole of [buildFeed([hostile], options), buildFeed([hostile], { ...options, total: 1 })])
      expect(whole.rss2()).toContain('<description>d</description>');
  });
});
