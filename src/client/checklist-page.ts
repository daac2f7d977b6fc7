/**
 * The /checklist/ page: which platforms the reader uses (asked on the first visit), progress, what
 * is left with what to do, changes since ticking, export, import and clear. Clear and a replacing
 * import ask first and offer an export; an unreadable stored checklist is kept, never overwritten.
 */
import {
  choosePlatforms,
  emptyState,
  parseState,
  progress,
  toggle,
  type CatalogueEntry,
  type ChecklistState,
} from '../lib/checklist.ts';
import { load, loadStored, save, today, type SaveResult } from './checklist-store.ts';

const root = document.querySelector<HTMLElement>('[data-checklist]')!;
const catalogue = JSON.parse(document.getElementById('checklist-catalogue')!.textContent!) as CatalogueEntry[];
const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
const status = $('[data-status]');
const choice = root.querySelectorAll<HTMLInputElement>('[data-platform-choice] input');
const dialog = $<HTMLDialogElement>('[data-confirm]');
/** The page's words (in its language), with `{{name}}` filled in. */
const words = JSON.parse(document.getElementById('checklist-words')?.textContent ?? '{}') as Record<string, string>;
const w = (key: string, vars: Record<string, string | number> = {}) =>
  (words[key] ?? key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

const MESSAGES: Record<Exclude<SaveResult, 'saved'>, string> = {
  'kept-unreadable': w('keptUnreadable'),
  quota: w('quota'),
};

function store(state: ChecklistState, message = '', replaceUnreadable = false): boolean {
  const result = save(state, { replaceUnreadable });
  status.textContent = result === 'saved' ? message : MESSAGES[result];
  if (result === 'saved') render(state);
  return result === 'saved';
}

function settingItem(state: ChecklistState, s: CatalogueEntry['settings'][number], changed: boolean) {
  const li = el('li', undefined, changed ? { class: 'changed' } : {});
  const box = el('input', undefined, {
    type: 'checkbox',
    'aria-label': w('doneLabel', { title: s.title }),
  }) as HTMLInputElement;
  box.checked = Boolean(state.done[s.key]);
  box.addEventListener('change', () => {
    const current = load();
    if (!current || !store(toggle(current, s.key, box.checked, today()))) box.checked = !box.checked;
  });
  li.append(box, ' ', el('a', s.title, { href: s.href }), ` — ${s.action}`, changed ? w('changed') : '');
  // The platform's quoted wording is no longer on its page: what to do may have changed too.
  if (s.needsReview) li.append(' ', el('strong', w('needsReview'), { class: 'checklist-review' }), w('mayBeOutdated'));
  return li;
}

function render(state: ChecklistState) {
  const result = progress(state, catalogue);
  const overall = $<HTMLProgressElement>('[data-overall]');
  overall.max = Math.max(result.total, 1);
  overall.value = result.done;
  $('[data-overall-text]').textContent = w('overall', { done: result.done, total: result.total });
  for (const box of choice) box.checked = state.platforms.includes(box.value);
  $('[data-platform-list]').replaceChildren(
    ...result.platforms.map((p) => {
      const section = el('section', undefined, { 'data-platform': p.guideId });
      section.append(
        el('h3', w('platformDone', { platform: p.platform, done: p.done, total: p.total })),
        el('progress', undefined, {
          max: String(p.total),
          value: String(p.done),
          'aria-label': w('platformProgress', { platform: p.platform }),
        }),
      );
      const list = el('ul');
      for (const s of p.changed) list.append(settingItem(state, s, true));
      for (const s of p.remaining) list.append(settingItem(state, s, false));
      section.append(list.childElementCount ? list : el('p', w('allDone')));
      return section;
    }),
  );
}

/** Shows the platform question (first visit) or the list. */
function step(list: boolean) {
  $('[data-platform-step]').hidden = list;
  $('[data-list]').hidden = !list;
}

/** Asks before a destructive action; "Export a copy first" downloads, then asks again. */
function confirmThen(title: string, text: string, yes: string, action: () => void) {
  $('[data-confirm-title]').textContent = title;
  $('[data-confirm-text]').textContent = text;
  $('[data-confirm-yes]').textContent = yes;
  dialog.returnValue = '';
  dialog.onclose = () => {
    if (dialog.returnValue === 'export') {
      exportFile();
      confirmThen(title, text, yes, action);
    } else if (dialog.returnValue === 'yes') action();
  };
  dialog.showModal();
}

function exportFile() {
  const stored = loadStored();
  const text = stored.kind === 'unreadable' ? stored.raw : JSON.stringify(load() ?? emptyState(), null, 2);
  const link = el('a', undefined, {
    href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
    download: 'opt-out-atlas-checklist.json',
  });
  link.click();
  URL.revokeObjectURL(link.href);
  status.textContent = w('exported');
}

for (const box of choice) {
  box.addEventListener('change', () => {
    const current = load();
    if (current)
      store(
        choosePlatforms(
          current,
          [...choice].filter((b) => b.checked).map((b) => b.value),
        ),
      );
  });
}
$('[data-show-list]').addEventListener('click', () => step(true));
$('[data-show-all]').addEventListener('click', () => {
  const current = load();
  if (current && store(choosePlatforms(current, []))) step(true);
});
$('[data-change-platforms]').addEventListener('click', () => step(false));
$('[data-export]').addEventListener('click', exportFile);

$<HTMLInputElement>('[data-import]').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const parsed = parseState(await file.text());
  if ('error' in parsed) {
    status.textContent = w('notImported', { error: parsed.error });
    return;
  }
  const apply = () => {
    if (store(parsed.state, w('imported', { count: Object.keys(parsed.state.done).length }), true)) {
      $('[data-unreadable]').hidden = true;
      step(true);
    }
  };
  const current = loadStored();
  const has = current.kind === 'unreadable' || (current.kind === 'state' && Object.keys(current.state.done).length > 0);
  if (has) confirmThen(w('replaceTitle'), w('replaceText'), w('replaceYes'), apply);
  else apply();
});

$('[data-clear]').addEventListener('click', () =>
  confirmThen(w('clearTitle'), w('clearText'), w('clearYes'), () => {
    if (store(emptyState(), w('cleared'), true)) {
      $('[data-unreadable]').hidden = true;
      step(false);
    }
  }),
);

root.hidden = false;
document.querySelector('[data-no-js]')?.remove();
const stored = loadStored();
if (stored.kind === 'unreadable') {
  const notice = $('[data-unreadable]');
  notice.hidden = false;
  notice.textContent = w('unreadable', { reason: stored.reason });
  render(emptyState());
  step(true);
} else {
  const state = stored.kind === 'state' ? stored.state : emptyState();
  render(state);
  step(state.platforms.length > 0 || Object.keys(state.done).length > 0);
}
