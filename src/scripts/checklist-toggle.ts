/** Guide pages: the "done" checkbox of each setting, shown only when scripts run. */
import { toggle } from '../lib/checklist.ts';
import { load, save, today } from './checklist-store.ts';

const boxes = document.querySelectorAll<HTMLInputElement>('input[data-checklist-key]');
const state = load();
for (const box of boxes) {
  box.checked = Boolean(state.done[box.dataset.checklistKey!]);
  box.closest<HTMLElement>('[data-done-toggle]')!.hidden = false;
  box.addEventListener('change', () => save(toggle(load(), box.dataset.checklistKey!, box.checked, today())));
}
