import type { APIRoute } from 'astro';
import { loadGuides } from '../../../lib/guides-astro.ts';
import { platformsFile } from '../../../lib/public-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(platformsFile(await loadGuides(), site!.href));
