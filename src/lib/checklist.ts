/**
 * The reader's opt-out checklist: which settings they have dealt with and when, kept only in their
 * browser. Pure functions over the stored state and the catalogue of settings built at build time
 * (checklist-catalogue.ts).
 */

// This module runs on every guide page, so it imports nothing: validated by hand rather than with
// zod, whose size would outweigh the dozen lines below, and the catalogue lives in its own module.

export const STORAGE_KEY = 'optout-atlas:checklist';

/** What is stored (and exported): version, the platforms the reader uses, and ticked settings. */
export interface ChecklistState {
  version: 1;
  /** Guide IDs the reader uses; empty means "show all". */
  platforms: string[];
  /** `<guide>#<setting>` → the date (YYYY-MM-DD) the reader ticked it. */
  done: Record<string, string>;
}

const GUIDE = /^[a-z0-9-]+$/;
const KEY = /^[a-z0-9-]+#[a-z0-9-]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isState(data: unknown): data is ChecklistState {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const { version, platforms, done, ...rest } = data as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    version === 1 &&
    Array.isArray(platforms) &&
    platforms.length <= 500 &&
    platforms.every((p) => typeof p === 'string' && GUIDE.test(p)) &&
    typeof done === 'object' &&
    done !== null &&
    !Array.isArray(done) &&
    Object.entries(done).every(([key, date]) => KEY.test(key) && typeof date === 'string' && DAY.test(date))
  );
}

export const emptyState = (): ChecklistState => ({ version: 1, platforms: [], done: {} });

/** Settings as the checklist needs them, per platform. */
export interface CatalogueEntry {
  guideId: string;
  platform: string;
  settings: {
    key: string;
    title: string;
    href: string;
    /** The default state of the sharing (on, off, no-opt-out, varies, unknown). */
    state: string;
    /** What to do, e.g. "Switch “Protect your posts” on". */
    action: string;
    /** The quoted wording is no longer on its page: the guide may be out of date. */
    needsReview?: boolean;
    lastChanged?: string;
  }[];
}

/**
 * What the browser holds: a state this page can read, nothing yet, or something it cannot read
 * (a newer version's format, or damaged). An unreadable value is kept as it is: never overwritten.
 */
export type Stored =
  { kind: 'state'; state: ChecklistState } | { kind: 'empty' } | { kind: 'unreadable'; raw: string; reason: string };

export function readStored(raw: string | null): Stored {
  if (raw === null || raw === '') return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw, reason: 'it is damaged (not JSON)' };
  }
  if (isState(data)) return { kind: 'state', state: data };
  const version = (data as { version?: unknown } | null)?.version;
  return {
    kind: 'unreadable',
    raw,
    reason:
      typeof version === 'number' && version > 1
        ? `it was saved by a newer version of the site (format ${version})`
        : 'it is not in a format this page knows',
  };
}

/** Reads stored or imported JSON; anything malformed yields an error, never a half-read state. */
export function parseState(json: string): { state: ChecklistState } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { error: 'The file is not JSON.' };
  }
  return isState(data) ? { state: data } : { error: 'The file is not an Opt-Out Atlas checklist export.' };
}

export function toggle(state: ChecklistState, key: string, done: boolean, today: string): ChecklistState {
  const next = { ...state.done };
  if (done) next[key] = today;
  else delete next[key];
  return { ...state, done: next };
}

export function choosePlatforms(state: ChecklistState, platforms: string[]): ChecklistState {
  return { ...state, platforms: [...new Set(platforms)].sort() };
}

/** A ticked setting whose newest history entry is later than the tick. */
export const changedSince = (state: ChecklistState, setting: CatalogueEntry['settings'][number]) =>
  Boolean(state.done[setting.key] && setting.lastChanged && setting.lastChanged > state.done[setting.key]);

export interface PlatformProgress {
  guideId: string;
  platform: string;
  done: number;
  total: number;
  remaining: CatalogueEntry['settings'];
  changed: CatalogueEntry['settings'];
}

/** Progress per chosen platform (all platforms when none is chosen) and overall. */
export function progress(state: ChecklistState, catalogue: CatalogueEntry[]) {
  const chosen = state.platforms.length ? catalogue.filter((c) => state.platforms.includes(c.guideId)) : catalogue;
  const platforms: PlatformProgress[] = chosen.map((entry) => ({
    guideId: entry.guideId,
    platform: entry.platform,
    total: entry.settings.length,
    done: entry.settings.filter((s) => state.done[s.key]).length,
    remaining: entry.settings.filter((s) => !state.done[s.key]),
    changed: entry.settings.filter((s) => changedSince(state, s)),
  }));
  const total = platforms.reduce((n, p) => n + p.total, 0);
  const done = platforms.reduce((n, p) => n + p.done, 0);
  return { platforms, total, done };
}
