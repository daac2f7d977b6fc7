/** Settings not verified for a while: a report for maintainers and a note for readers, never an error. */
import type { GuideRecord } from './guides.ts';

export const STALE_AFTER_DAYS = 180;

export function isStale(verified: string, today: string, days = STALE_AFTER_DAYS): boolean {
  const age = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${verified}T00:00:00Z`)) / 86_400_000;
  return age > days;
}

export interface StaleSetting {
  guideId: string;
  settingId: string;
  verified: string;
  days: number;
}

/** Stale settings, oldest first. */
export function staleSettings(guides: GuideRecord[], today: string, days = STALE_AFTER_DAYS): StaleSetting[] {
  return guides
    .flatMap(({ id, data }) =>
      data.settings
        .filter((s) => isStale(s.verified, today, days))
        .map((s) => ({
          guideId: id,
          settingId: s.id,
          verified: s.verified,
          days: Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${s.verified}T00:00:00Z`)) / 86_400_000),
        })),
    )
    .sort((a, b) => a.verified.localeCompare(b.verified));
}
