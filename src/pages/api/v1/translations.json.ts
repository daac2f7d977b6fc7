// The guides' translated prose, per language (added in v1.2): the facts stay in the other files.
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../lib/atlas/load.ts';
import { translationsFile } from '../../../lib/publish/public-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(translationsFile(await loadAtlas(), site!.href));
