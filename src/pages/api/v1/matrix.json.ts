import type { APIRoute } from 'astro';
import { loadMatrix } from '../../../lib/atlas/load.ts';
import { matrixFile } from '../../../lib/publish/public-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(matrixFile(await loadMatrix(), site!.href));
