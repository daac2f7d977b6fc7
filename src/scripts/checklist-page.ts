/** The /checklist/ page: progress, what is left, changes since ticking, export, import, clear. */
import {
  choosePlatforms,
  emptyState,
  parseState,
  progress,
  type CatalogueEntry,
  type ChecklistState,
} from '../lib/checklist.ts';
import { load, save } from './checklist-store.ts';

const root = document.querySelector<HTMLElement>('[data-checklist]')!;
const catalogue = JSON.parse(document.getElementById('checklist-catalogue')!.textContent!) as CatalogueEntry[];
const status = root.querySelector<HTMLElement>('[data-status]')!;
const choice = root.querySelectorAll<HTMLInputElement>('[data-platform-choice] input');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

function render(state: ChecklistState) {
  const result = progress(state, catalogue);
  const overall = root.querySelector<HTMLProgressElement>('[data-overall]')!;
  overall.max = Math.max(result.total, 1);
  overall.value = result.done;
  root.querySelector('[data-overall-text]')!.textContent = `${result.done} of ${result.total} settings done`;
  for (const box of choice) box.checked = state.platforms.includes(box.value);

  const list = root.querySelector('[data-platform-list]')!;
  list.replaceChildren(
    ...result.platforms.map((p) => {
      const section = el('section', undefined, { 'data-platform': p.guideId });
      const heading = el('h3', `${p.platform}: ${p.done} of ${p.total} done`);
      const bar = el('progress', undefined, {
        max: String(p.total),
        value: String(p.done),
        'aria-label': `${p.platform} progress`,
      });
      section.append(heading, bar);
      if (p.changed.length) {
        const changed = el('ul');
        for (const s of p.changed) {
          const li = el('li', undefined, { class: 'changed' });
          li.append(el('a', s.title, { href: s.href }), ' — changed since you checked');
          changed.append(li);
        }
        section.append(changed);
      }
      const remaining = el('ul');
      for (const s of p.remaining) {
        const li = el('li');
        li.append(el('a', s.title, { href: s.href }));
        remaining.append(li);
      }
      if (p.remaining.length) section.append(remaining);
      else section.append(el('p', 'All done.'));
      return section;
    }),
  );
}

function update(state: ChecklistState, message = '') {
  save(state);
  render(state);
  status.textContent = message;
}

for (const box of choice) {
  box.addEventListener('change', () => {
    const chosen = [...choice].filter((b) => b.checked).map((b) => b.value);
    update(choosePlatforms(load(), chosen));
  });
}

root.querySelector('[data-export]')!.addEventListener('click', () => {
  const blob = new Blob([JSON.stringify(load(), null, 2)], { type: 'application/json' });
  const link = el('a', undefined, { href: URL.createObjectURL(blob), download: 'opt-out-atlas-checklist.json' });
  link.click();
  URL.revokeObjectURL(link.href);
  status.textContent = 'Exported.';
});

root.querySelector<HTMLInputElement>('[data-import]')!.addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (!file) return;
  const parsed = parseState(await file.text());
  if ('error' in parsed) status.textContent = `Not imported: ${parsed.error}`;
  else update(parsed.state, `Imported ${Object.keys(parsed.state.done).length} done settings.`);
});

root.querySelector('[data-clear]')!.addEventListener('click', () => update(emptyState(), 'Checklist cleared.'));

root.hidden = false;
document.querySelector('[data-no-js]')?.remove();
render(load());
