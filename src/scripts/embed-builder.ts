/** The "Embed this" page: rebuilds the snippet and the live preview as the reader chooses. */
import { liveForm } from './live-form.ts';
import { embedSnippet, embedUrl, type EmbedChoices } from '../lib/embed-snippet.ts';

const form = document.querySelector<HTMLFormElement>('[data-embed-builder]');
const snippet = document.querySelector<HTMLTextAreaElement>('[data-embed-snippet]');
const preview = document.querySelector<HTMLIFrameElement>('[data-embed-preview]');

if (form && snippet && preview) {
  const update = () => {
    const data = new FormData(form);
    const choices: EmbedChoices = {
      platforms: data.getAll('platform') as string[],
      categories: data.getAll('category') as string[],
      region: String(data.get('region') ?? 'default'),
      theme: String(data.get('theme') ?? 'auto'),
    };
    snippet.value = embedSnippet(location.origin, choices);
    const src = embedUrl(location.origin, choices);
    if (preview.src !== src) preview.src = src;
  };
  window.addEventListener('message', (event) => {
    if (
      event.origin === location.origin &&
      event.source === preview.contentWindow &&
      event.data?.type === 'optout-atlas:height'
    ) {
      preview.style.height = `${Math.min(Number(event.data.height) || 480, 4000)}px`;
    }
  });
  liveForm(form, update);
}
