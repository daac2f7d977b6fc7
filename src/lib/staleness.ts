/** Settings not verified for a while: a report for maintainers and a note for readers, never an error. */
import type { GuideRecord } from './guides.ts';

export const STALE_AFTER_DAYS = 180;

/** Today as an ISO date (UTC), the form every date in the guides takes. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Whole days from one ISO date to another. */
const ageInDays = (from: string, to: string) =>
  Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function isStale(verified: string, today: string, days = STALE_AFTER_DAYS): boolean {
  return ageInDays(verified, today) > days;
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
          days: ageInDays(s.verified, today),
        })),
    )
    .sort((a, b) => a.verified.localeCompare(b.verified));
}
