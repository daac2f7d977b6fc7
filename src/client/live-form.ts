/** A filter form that applies itself as the reader changes it (and on Enter), shown once scripts run. */
export function liveForm(form: HTMLFormElement, update: () => void): void {
  form.hidden = false;
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}
