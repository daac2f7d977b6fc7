import { expect, it } from 'vitest';
import { isStale, staleSettings } from '../src/lib/staleness.ts';
import { validateGuides } from '../src/lib/validate.ts';
import { FIXTURES, readGuides } from './helpers.ts';

it('calls a setting stale after 180 days without verification', () => {
  expect(isStale('2024-01-01', '2024-06-29')).toBe(false);
  expect(isStale('2024-01-01', '2024-06-30')).toBe(true);
});

it('lists stale settings, oldest first', () => {
  const guides = validateGuides(readGuides(`${FIXTURES}/valid`)).guides;
  expect(staleSettings(guides, '2024-07-01')).toEqual([]);
  // The last setting in file order, verified longest ago, must come first.
  const other = guides.find((g) => g.id === 'other')!;
  other.data.settings[0].verified = '2024-01-01';
  expect(staleSettings(guides, '2025-01-01').map((s) => `${s.guideId}#${s.settingId}:${s.days}`)).toEqual([
    'other#location:366',
    'example#ai-training:214',
    'example#contact-lookup:214',
  ]);
});
