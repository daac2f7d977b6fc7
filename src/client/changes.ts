/** The /changes/ pages (in every language): filters the entries of the page by platform and category. */
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
    // The page's own words, e.g. "{{shown}} of {{total}} entries" (data-count, from the translation files).
    (form.elements.namedItem('count') as HTMLOutputElement).value = (form.dataset.count ?? '{{shown}} / {{total}}')
      .replace('{{shown}}', String(shown))
      .replace('{{total}}', String(items.length));
  };
  liveForm(form, update);
}
