import { describe, expect, it } from 'vitest';
import { guideTemplate, insertSetting } from '../src/lib/scaffold.ts';
import { validate } from './helpers.ts';

const check = (source: string) => validate([{ path: 'platforms/mastodon.mdx', file: 'mastodon.mdx', source }]);

const DATE = '2026-01-02';
const fill = (text: string) =>
  text
    .replace(/^(\s*)(label|summary|data|recipients|effect|description|company|title): ""/gm, '$1$2: "Filled in"')
    .replace(/website: ""/, 'website: "https://m.example.org/"')
    .replace(/privacyPolicy: ""/, 'privacyPolicy: "https://m.example.org/privacy"')
    .replace(/^(\s*)category:(\s*#.*)?$/gm, '$1category: location')
    .replace(/^(\s*)default:(\s*#.*)?$/gm, '$1default: on')
    .replace(/^(\s*)confidence:(\s*#.*)?$/gm, '$1confidence: high')
    .replace(/^(\s*)labelMeans:(\s*#.*)?$/gm, '$1labelMeans: shares')
    .replace(/steps: \[\]/g, 'steps: [Settings, Privacy]')
    .replace(
      /\{ url: "", kind: platform, title: "", read/g,
      '{ url: "https://m.example.org/help", kind: platform, title: "Help", read',
    );

describe('guideTemplate', () => {
  const template = guideTemplate('Mastodon', DATE);

  it('is valid YAML whose empty fields `npm run check` lists one by one', () => {
    const { diagnostics } = check(template);
    expect(diagnostics.some((d) => d.problem.startsWith('YAML'))).toBe(false);
    expect(diagnostics.map((d) => d.field)).toEqual(
      expect.arrayContaining([
        'description',
        'platform.website',
        'settings[0].label',
        'settings[0].category',
        'settings[0].default',
      ]),
    );
  });

  it('validates once filled in', () => {
    expect(check(fill(template)).diagnostics).toEqual([]);
  });
});

describe('insertSetting', () => {
  const guide = fill(guideTemplate('Mastodon', DATE));

  it('appends a setting to the settings list and keeps the rest', () => {
    const added = insertSetting(guide, 'search-visibility', DATE);
    expect(added).toContain('  - id: search-visibility');
    expect(added.indexOf('id: search-visibility')).toBeLessThan(added.indexOf('incidents: []'));
    const { guides } = check(fill(added));
    expect(guides[0].data.settings.map((s) => s.id)).toEqual(['first-setting', 'search-visibility']);
  });

  it('refuses a duplicate setting ID', () => {
    expect(() => insertSetting(guide, 'first-setting', DATE)).toThrow('already has a setting "first-setting"');
  });
});
