/** The /changes/ pages: filters the entries of the page by platform and category. */
import { liveForm } from './live-form.ts';

const form = document.querySelector<HTMLFormElement>('[data-change-filters]');
if (form) {
  const items = [...document.querySelectorAll<HTMLLIElement>('.changes > li')];
  const months = [...document.querySelectorAll<HTMLElement>('.change-month')];
  const update = () => {
    const platform = (form.elements.namedItem('platform') as HTMLSelectElement).value;
    const category = (form.elements.namedItem('category') as HTMLSelectElement).value;
    let shown = 0;
    for (const li of items) {
      li.hidden =
        (platform !== '' && li.dataset.platform !== platform) || (category !== '' && li.dataset.category !== category);
      if (!li.hidden) shown += 1;
    }
    for (const month of months) month.hidden = !month.querySelector('.changes > li:not([hidden])');
    (form.elements.namedItem('count') as HTMLOutputElement).value = `${shown} of ${items.length} entries`;
  };
  liveForm(form, update);
}
