/** The "Embed the matrix" page: rebuilds the snippets and the preview as the reader chooses; copy buttons. */
import { acceptedHeight, embedSnippet, embedPreviewPath, iframeSnippet, type EmbedChoices } from '../lib/embed.ts';
import { liveForm } from './live-form.ts';

const form = document.querySelector<HTMLFormElement>('[data-embed-builder]');
const snippet = document.querySelector<HTMLTextAreaElement>('[data-embed-snippet]');
const iframe = document.querySelector<HTMLTextAreaElement>('[data-embed-iframe]');
const preview = document.querySelector<HTMLIFrameElement>('[data-embed-preview]');
// The snippets' root: this site with its base path, taken from the server-rendered snippet.
const root = new URL('./', snippet?.value.match(/src="([^"]+)embed\.js"/)?.[1] ?? `${location.origin}/`).href;

if (form && snippet && iframe && preview) {
  const update = () => {
    const data = new FormData(form);
    const choices: EmbedChoices = {
      platforms: data.getAll('platform') as string[],
      categories: data.getAll('category') as string[],
      region: String(data.get('region') ?? 'default'),
      theme: String(data.get('theme') ?? 'light'),
      only: data.get('only') === 'shared' ? 'shared' : '',
      lang: String(data.get('lang') ?? 'en'),
    };
    snippet.value = embedSnippet(root, choices);
    iframe.value = iframeSnippet(root, choices);
    // The preview loads from this page's own origin, wherever the snippets point.
    const src = new URL(embedPreviewPath(root, choices), location.href).href;
    if (preview.src !== src) preview.src = src;
  };
  window.addEventListener('message', (event) => {
    const height = acceptedHeight(event, location.origin, preview.contentWindow);
    if (height) preview.style.height = `${height}px`;
  });
  // The form starts with the example's choices checked, so the first update keeps the example.
  liveForm(form, update);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  const source = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
  const status = document.querySelector('[data-copy-status]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.value);
      if (status) status.textContent = 'Copied.';
    } catch {
      source.select();
      if (status) status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
}
