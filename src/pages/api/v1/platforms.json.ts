import type { APIRoute } from 'astro';
import { loadAtlas } from '../../../lib/atlas/load.ts';
import { platformsFile } from '../../../lib/publish/public-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(platformsFile(await loadAtlas(), site!.href));
