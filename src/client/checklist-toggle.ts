/** Guide pages: the "done" checkbox of each setting, shown only when scripts run. */
import { toggle } from '../lib/checklist.ts';
import { load, save, today } from './checklist-store.ts';

const boxes = document.querySelectorAll<HTMLInputElement>('input[data-checklist-key]');
const state = load();
for (const box of boxes) {
  const label = box.closest<HTMLElement>('[data-done-toggle]')!;
  label.hidden = false;
  if (!state) {
    // The stored checklist cannot be read here (newer or damaged): keep it, and say where to look.
    box.disabled = true;
    label.title = 'Your saved checklist cannot be read here; open the checklist page.';
    continue;
  }
  box.checked = Boolean(state.done[box.dataset.checklistKey!]);
  box.addEventListener('change', () => {
    const current = load();
    if (!current || save(toggle(current, box.dataset.checklistKey!, box.checked, today())) !== 'saved') {
      box.checked = !box.checked;
      label.title = 'Not saved: the checklist could not be stored. Open the checklist page.';
    }
  });
}
