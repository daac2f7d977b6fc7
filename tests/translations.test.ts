// Translations: prose only, and drift per field against the English it was made from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../src/content/i18n/en.json' with { type: 'json' };
import { changeItems, localizeChangeItems } from '../src/lib/atlas/changes.ts';
import { localizeGuide } from '../src/lib/atlas/localize.ts';
import { resolveAtlas } from '../src/lib/atlas/resolve.ts';
import { drift, englishSettingFields, textHash } from '../src/lib/i18n/drift.ts';
import { LANG_CODES } from '../src/lib/i18n/langs.ts';
import { LANGS, localePath, pageLang, splitTemplate, strings } from '../src/lib/i18n/strings.ts';
import { LOCALES } from '../src/site.ts';
import { i18nStringsSchema } from '../src/schemas/i18n.ts';
import { buildFeed } from '../src/lib/publish/feeds.ts';
import { translationFields, type Translation } from '../src/schemas/translation.ts';
import { VALID, validate } from './helpers.ts';

const { guides } = validate(VALID);
const example = guides.find((g) => g.id === 'example')!;
const setting = example.data.settings[0];
const fields = englishSettingFields(setting);
const english = { ...example.data, body: example.parsed.body };

/** A German translation of the example guide's first setting, stamped against the English as it is. */
const translation = (overrides: Partial<Translation['settings'][string]> = {}): Translation =>
  translationFields.parse({
    kind: 'translation',
    title: 'Example Social',
    description: 'Ein Leitfaden zum Testen.',
    from: { title: textHash(example.data.title), description: textHash(example.data.description) },
    settings: {
      [setting.id]: {
        title: 'KI-Training',
        summary: 'Eine Zusammenfassung.',
        from: { title: textHash(fields.title), summary: textHash(fields.summary) },
        ...overrides,
      },
    },
  });

describe('drift', () => {
  it('finds nothing outdated when every field was translated from the English as it stands', () => {
    const { outdated, stale, outdatedSettings } = drift(english, translation(), '');
    expect({ outdated, stale, outdatedSettings }).toEqual({ outdated: [], stale: [], outdatedSettings: [] });
  });

  it('lists the prose the translation does not carry, but not the labels or the quote, which may stay as they are', () => {
    // The translation has the first setting's title and summary only, and not the second setting.
    expect(drift(english, translation(), '').untranslated.map((p) => p.field)).toEqual([
      'settings.ai-training.data',
      'settings.ai-training.recipients',
      'settings.ai-training.effect',
      'settings.ai-training.optOut.ios.note',
      'settings.contact-lookup.title',
      'settings.contact-lookup.summary',
      'settings.contact-lookup.data',
      'settings.contact-lookup.recipients',
      'settings.contact-lookup.effect',
      'settings.contact-lookup.confidenceNote',
    ]);
    // Translating a field takes it off the list.
    const more = translation({ data: 'Öffentliche Beiträge.', from: { data: textHash(fields.data) } });
    expect(drift(english, more, '').untranslated.map((p) => p.field)).not.toContain('settings.ai-training.data');
  });

  it('marks a field outdated when its English changes, and names its setting', () => {
    const changed = { ...english, settings: [{ ...setting, summary: `${setting.summary} And more.` }] };
    const report = drift(changed, translation(), '');
    expect(report.outdated.map((p) => p.field)).toEqual([`settings.${setting.id}.summary`]);
    expect(report.outdatedSettings).toEqual([setting.id]);
    expect(report.stale).toEqual([]);
  });

  it('ignores how the English is wrapped, but not what it says', () => {
    expect(textHash('Shared  by\ndefault.')).toBe(textHash('Shared by default.'));
    expect(textHash('Shared by default.')).not.toBe(textHash('Not shared by default.'));
  });

  it('treats a field without a hash as outdated, and a setting the guide lacks as stale', () => {
    const report = drift(english, translation({ from: {} }), '');
    expect(report.outdated.map((p) => p.field)).toEqual([
      `settings.${setting.id}.title`,
      `settings.${setting.id}.summary`,
    ]);
    const stale = drift(english, { ...translation(), settings: { gone: translation().settings[setting.id] } }, '');
    expect(stale.stale.map((p) => p.field)).toEqual(['settings.gone']);
  });

  it('refuses a translation of a surface listed twice that cannot be split back into its ways', () => {
    const twice = {
      ...setting,
      optOut: [
        { surface: 'web' as const, steps: ['Settings', 'Privacy'], note: 'The first way.' },
        { surface: 'web' as const, steps: ['Help', 'Privacy form'], note: 'The second way.' },
      ],
    };
    const both = { ...english, settings: [twice] };
    const web = (note: string) => translation({ optOut: { web: { note } } });
    expect(drift(both, web('Der erste Weg.\nDer zweite Weg.'), '').stale).toEqual([]);
    const misfit = drift(both, web('Beide Wege.'), '').stale;
    expect(misfit.map((p) => p.field)).toEqual([`settings.${setting.id}.optOut.web.note`]);
    expect(misfit[0].problem).toContain('2 notes');
    expect(misfit[0].fix).toContain('one line per English note');
    const source = {
      url: 'https://example.com/de/hilfe',
      kind: 'platform' as const,
      title: 'Hilfe',
      read: '2026-12-01',
    };
    const steps = (n: number) =>
      translation({ optOut: { web: { steps: ['Eins', 'Zwei', 'Drei', 'Vier'].slice(0, n), stepsSource: source } } });
    expect(drift(both, steps(4), '').stale).toEqual([]);
    expect(drift(both, steps(3), '').stale.map((p) => p.problem)).toEqual([
      'The English lists web 2 times with 4 steps in all, but the translation has 3',
    ]);
  });
});

describe('a guide in another language', () => {
  const atlas = resolveAtlas(guides.map(({ id, data }) => ({ id, data, body: '' })));
  const guide = atlas.guide('example')!;
  const record = (data: Translation) => ({ lang: 'de' as const, guideId: 'example', data, body: '' });

  it('shows the translated prose, the facts of the English, and links within its language', () => {
    const de = localizeGuide(guide, 'de', record(translation()));
    const first = de.settings[0];
    expect(first.heading).toBe('KI-Training');
    expect(first.summary).toBe('Eine Zusammenfassung.');
    expect(first.default).toBe(setting.default);
    expect(first.href).toBe(`/de/platforms/example/#${setting.id}`);
    expect(first.english.has('summary')).toBe(false);
    // What the translation leaves out is shown in English, and said to be.
    expect(first.data).toBe(setting.data);
    expect(first.english.has('data')).toBe(true);
    expect(de.state).toBe('translated');
    expect(de.outdated).toEqual([]);
  });

  it('shows English, marked, for a field whose English changed, and lists the setting as outdated', () => {
    const changed = localizeGuide(
      { ...guide, settings: [{ ...guide.settings[0], summary: 'New English.' }, ...guide.settings.slice(1)] },
      'de',
      record(translation()),
    );
    expect(changed.settings[0].summary).toBe('New English.');
    expect(changed.settings[0].english.has('summary')).toBe(true);
    expect(changed.outdated.map((s) => s.id)).toEqual([setting.id]);
  });

  it('keeps a surface listed twice in English, and says so, when its translation does not fit its ways', () => {
    const twice = [
      { surface: 'web' as const, steps: ['Settings', 'Privacy'], note: 'The first way.' },
      { surface: 'web' as const, steps: ['Help', 'Privacy form'], note: 'The second way.' },
    ];
    const de = localizeGuide(
      { ...guide, settings: [{ ...guide.settings[0], optOut: twice }, ...guide.settings.slice(1)] },
      'de',
      record(translation({ optOut: { web: { note: 'Beide Wege.' } } })),
    );
    const first = de.settings[0];
    expect(first.optOut.map((way) => way.note)).toEqual(['The first way.', 'The second way.']);
    expect(first.english.has('optOut.web.note')).toBe(true);
    expect(first.english.has('optOut.web.steps')).toBe(true);
  });

  it('splits the translation of a surface listed twice back into its ways when it fits them', () => {
    const twice = [
      { surface: 'web' as const, steps: ['Settings', 'Privacy'], note: 'The first way.' },
      { surface: 'web' as const, steps: ['Help', 'Privacy form'], note: 'The second way.' },
    ];
    const changed = { ...guide, settings: [{ ...guide.settings[0], optOut: twice }, ...guide.settings.slice(1)] };
    const both = englishSettingFields(changed.settings[0]);
    const stamped = (web: { steps: string[]; note: string }) =>
      translation({
        optOut: {
          web: {
            ...web,
            stepsSource: { url: 'https://example.com/de/hilfe', kind: 'platform', title: 'Hilfe', read: '2026-12-01' },
          },
        },
        from: {
          title: textHash(fields.title),
          summary: textHash(fields.summary),
          'optOut.web.steps': textHash(both['optOut.web.steps']),
          'optOut.web.note': textHash(both['optOut.web.note']),
        },
      });
    const fit = localizeGuide(
      changed,
      'de',
      record(
        stamped({
          steps: ['Einstellungen', 'Datenschutz', 'Hilfe', 'Datenschutzformular'],
          note: 'Der erste Weg.\nDer zweite Weg.',
        }),
      ),
    ).settings[0];
    expect(fit.optOut.map((way) => way.steps)).toEqual([
      ['Einstellungen', 'Datenschutz'],
      ['Hilfe', 'Datenschutzformular'],
    ]);
    expect(fit.optOut.map((way) => way.note)).toEqual(['Der erste Weg.', 'Der zweite Weg.']);
    expect(fit.english.has('optOut.web.steps')).toBe(false);
    expect(fit.english.has('optOut.web.note')).toBe(false);
  });

  it('serves a guide without a translation as the English, in the reader’s language pages', () => {
    const fr = atlas.localized('example', 'fr')!;
    expect(fr.state).toBe('fallback');
    expect(fr.outdated).toEqual([]);
    expect(fr.href).toBe('/fr/platforms/example/');
    expect(atlas.localized('example', 'en')!.settings[0].english.size).toBe(0);
  });
});

describe('changes in another language', () => {
  const records = guides.map(({ id, data }) => ({ id, data, body: '' }));
  const german = resolveAtlas(records, undefined, [{ lang: 'de', guideId: 'example', data: translation(), body: '' }]);
  const items = changeItems(german);

  it('name a setting by its translated heading and link to the page in the language; incidents stay English', () => {
    const [change, incident] = localizeChangeItems(items, german, 'de');
    expect(change.subject).toBe('KI-Training');
    expect(change.subjectInEnglish).toBe(false);
    expect(change.href).toBe(`/de/platforms/example/#${setting.id}`);
    expect(change.summary).toBe(items[0].summary);
    expect(incident.subjectInEnglish).toBe(true);
    expect(incident.href).toMatch(/^\/de\/platforms\/example\/#incident-/);
  });

  it('keep the English heading, flagged, where the guide has no translation in the language', () => {
    const [change] = localizeChangeItems(items, german, 'fr');
    expect(change.subject).toBe(items[0].subject);
    expect(change.subjectInEnglish).toBe(true);
    expect(localizeChangeItems(items, german, 'en')).toBe(items);
  });

  it('make a feed in the language: its words, its language code and links to its pages', () => {
    const feed = buildFeed(localizeChangeItems(items, german, 'de'), {
      site: 'https://atlas.example.org/',
      name: 'changes',
      title: strings('de').t('atlas.feed.title'),
      description: 'd',
      lang: 'de',
    });
    const rss = feed.rss2();
    expect(rss).toContain('<language>de</language>');
    expect(rss).toContain('<link>https://atlas.example.org/de/changes/</link>');
    expect(rss).toContain('href="https://atlas.example.org/de/feeds/changes.rss" rel="self"');
    expect(rss).toContain(`<title><![CDATA[Example Social: KI-Training (Nicht geteilt → Geteilt)]]></title>`);
    expect(rss).toContain('Vorfall — ');
    expect(rss).toContain('Quellen: <a href=');
  });
});

describe('interface strings', () => {
  const files = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>,
    ]),
  );
  const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();

  it.each(LANGS.filter((l) => l !== 'en'))('translates every English key into %s, keeping its placeholders', (lang) => {
    expect(i18nStringsSchema.safeParse(files[lang]).success).toBe(true);
    for (const key of Object.keys(en)) {
      expect(files[lang][key], `${lang}: ${key}`).toBeTypeOf('string');
      expect(placeholders(files[lang][key]), `${lang}: ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it('refuses a key that is neither in the English file nor the vocabulary', () => {
    expect(i18nStringsSchema.safeParse({ 'atlas.setting.typo': 'x' }).success).toBe(false);
    expect(i18nStringsSchema.safeParse({ 'vocab.category.ai-training.short': 'KI' }).success).toBe(true);
  });

  it('falls back to English for a missing key, and fills placeholders', () => {
    expect(strings('de').t('atlas.glance.count', { sharing: 2, total: 5 })).toContain('2');
    expect(strings('en').t('atlas.glance.count', { sharing: 2, total: 5 })).toBe('2 of 5');
    expect(strings('de').vocab('category', 'ai-training', 'short')).toBe(files.de['vocab.category.ai-training.short']);
    // An entry with several fields is named by its label, in the language.
    expect(strings('de').vocab('category', 'ai-training')).toBe(files.de['vocab.category.ai-training.label']);
    expect(strings('en').vocab('category', 'ai-training')).toBe('AI training by the platform');
  });

  it('splits sentences at their placeholders, so dates and links are elements, not HTML', () => {
    expect(splitTemplate('Read {{date}}, see {{link}}.')).toEqual([
      'Read ',
      { name: 'date' },
      ', see ',
      { name: 'link' },
      '.',
    ]);
  });

  it('lists the same languages for browser scripts as for the site', () => {
    expect(LANG_CODES).toEqual(['en', ...Object.keys(LOCALES)]);
  });

  it('maps paths between languages', () => {
    expect(localePath('/platforms/x/', 'de')).toBe('/de/platforms/x/');
    expect(localePath('/platforms/x/', 'en')).toBe('/platforms/x/');
    expect(pageLang('/fr/compare/')).toBe('fr');
    expect(pageLang('/frankly/')).toBe('en');
  });
});

it('reports a guide’s own errors, not its translations, when the English guide fails the check', () => {
  const broken = VALID.map((f) =>
    f.path === 'platforms/example.mdx' ? { ...f, source: f.source.replace(/default: on/, 'default: maybe') } : f,
  );
  const translationFile = {
    path: 'de/platforms/example.mdx',
    file: 'src/content/docs/de/platforms/example.mdx',
    source: '---\nkind: translation\ntitle: Example Social\ndescription: "Ein Leitfaden."\n---\n',
  };
  const { diagnostics, translations } = validate([...broken, translationFile]);
  expect(diagnostics.length).toBeGreaterThan(0);
  expect(diagnostics.every((d) => d.file !== translationFile.file)).toBe(true);
  expect(translations).toEqual([]);
});
