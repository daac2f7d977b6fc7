/** The checklist in localStorage; nothing is ever sent anywhere. */
import { emptyState, parseState, STORAGE_KEY, type ChecklistState } from '../lib/checklist.ts';

export function load(): ChecklistState {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return emptyState();
  const parsed = parseState(raw);
  return 'state' in parsed ? parsed.state : emptyState();
}

export function save(state: ChecklistState): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
}

export { today } from '../lib/staleness.ts';
