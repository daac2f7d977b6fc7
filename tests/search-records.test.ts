import { expect, it } from 'vitest';
import { platformsFile } from '../src/lib/public-data.ts';
import { searchRecords } from '../src/lib/search-records.ts';
import { validateGuides } from '../src/lib/validate.ts';
import { FIXTURES, readGuides } from './helpers.ts';

const guides = validateGuides(readGuides(`${FIXTURES}/valid`)).guides.map(({ id, data }) => ({ id, data }));
const records = searchRecords(platformsFile(guides, 'https://atlas.example.org/').platforms);

it('makes one record per setting, at the setting’s anchor', () => {
  expect(records.map((r) => r.url)).toEqual([
    '/platforms/example/#ai-training',
    '/platforms/example/#contact-lookup',
    '/platforms/other/#location',
  ]);
});

it('titles each record with platform, heading and default, and weights the label above the prose', () => {
  const html = records[0].html;
  expect(html).toContain('<h1 data-pagefind-weight="10">Example Social: AI training on posts (On by default)</h1>');
  expect(html).toContain('<p data-pagefind-weight="8">Use my posts to train AI</p>');
});

it('indexes aliases, filters by platform, category, default and differing regions', () => {
  const html = records[0].html;
  expect(html).toMatch(/data-pagefind-weight="6">model training, Examplr, Example Social, Other App/);
  expect(html).toContain('<span data-pagefind-filter="category">AI training by the platform</span>');
  expect(html).toContain('<span data-pagefind-filter="default">On by default</span>');
  expect(html).toContain('<span data-pagefind-filter="region">Differs in European Union</span>');
});

it('escapes guide text', () => {
  const hostile = structuredClone(guides);
  hostile[0].data.settings[0].label = '<script>alert(1)</script>';
  const [record] = searchRecords(platformsFile(hostile, 'https://atlas.example.org/').platforms);
  expect(record.html).not.toContain('<script>');
});
