import type { APIRoute } from 'astro';
import { loadMatrix } from '../../../lib/guides-astro.ts';
import { matrixFile } from '../../../lib/public-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(matrixFile(await loadMatrix(), site!.href));
