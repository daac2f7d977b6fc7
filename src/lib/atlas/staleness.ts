/** Settings not verified for a while: a report for maintainers and a note for readers, never an error. */
import { ageInDays } from '../dates.ts';
import type { Atlas } from './resolve.ts';

export const STALE_AFTER_DAYS = 180;

export const isStale = (verified: string, today: string, days = STALE_AFTER_DAYS) => ageInDays(verified, today) > days;

export interface StaleSetting {
  guideId: string;
  settingId: string;
  verified: string;
  days: number;
}

/** Stale settings, oldest first. */
export function staleSettings(atlas: Atlas, today: string, days = STALE_AFTER_DAYS): StaleSetting[] {
  return atlas.guides
    .flatMap((guide) =>
      guide.settings
        .filter((s) => isStale(s.verified, today, days))
        .map((s) => ({ guideId: guide.id, settingId: s.id, verified: s.verified, days: ageInDays(s.verified, today) })),
    )
    .sort((a, b) => a.verified.localeCompare(b.verified));
}
