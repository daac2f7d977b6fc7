import { expect, it } from 'vitest';
import { resolveAtlas } from '../src/lib/atlas/resolve.ts';
import { isStale, staleSettings } from '../src/lib/atlas/staleness.ts';
import { VALID, validate } from './helpers.ts';

it('calls a setting stale after 180 days without verification', () => {
  expect(isStale('2024-01-01', '2024-06-29')).toBe(false);
  expect(isStale('2024-01-01', '2024-06-30')).toBe(true);
});

it('lists stale settings, oldest first', () => {
  const guides = validate(VALID).guides.map(({ id, data }) => ({ id, data }));
  expect(staleSettings(resolveAtlas(guides), '2024-07-01')).toEqual([]);
  // The last setting in file order, verified longest ago, must come first.
  guides.find((g) => g.id === 'other')!.data.settings[0].verified = '2024-01-01';
  expect(staleSettings(resolveAtlas(guides), '2025-01-01').map((s) => `${s.guideId}#${s.settingId}:${s.days}`)).toEqual(
    ['other#location:366', 'example#ai-training:214', 'example#contact-lookup:214'],
  );
});
