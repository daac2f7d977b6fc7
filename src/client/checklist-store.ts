/**
 * The checklist in localStorage; nothing is ever sent anywhere. A stored value this page cannot
 * read is kept untouched: `save` refuses to replace it, so a tick never loses a newer checklist.
 */
import { emptyState, readStored, STORAGE_KEY, type ChecklistState, type Stored } from '../lib/checklist.ts';

export function loadStored(): Stored {
  try {
    return readStored(localStorage.getItem(STORAGE_KEY));
  } catch {
    return { kind: 'unreadable', raw: '', reason: 'this browser does not allow the site to store it' };
  }
}

/** The readable state, or undefined when what is stored cannot be read (and must be kept). */
export function load(): ChecklistState | undefined {
  const stored = loadStored();
  return stored.kind === 'state' ? stored.state : stored.kind === 'empty' ? emptyState() : undefined;
}

export type SaveResult = 'saved' | 'kept-unreadable' | 'quota';

/** Saves, unless an unreadable value is stored (it is kept) or the browser's storage is full. */
export function save(state: ChecklistState, { replaceUnreadable = false } = {}): SaveResult {
  if (!replaceUnreadable && loadStored().kind === 'unreadable') return 'kept-unreadable';
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    return 'saved';
  } catch {
    return 'quota';
  }
}

export { today } from '../lib/dates.ts';
