// /embed.js, the loader other sites paste, generated from the embed's options (src/lib/embed.ts).
import type { APIRoute } from 'astro';
import { loaderSource } from '../lib/embed.ts';
import { sitePath } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(loaderSource(sitePath('/embed/matrix/')), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
