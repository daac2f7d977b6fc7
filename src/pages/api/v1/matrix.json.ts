import type { APIRoute } from 'astro';
import { loadGuides } from '../../../lib/guides-astro.ts';
import { buildMatrix } from '../../../lib/matrix.ts';
import { matrixFile } from '../../../lib/public-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(matrixFile(buildMatrix(await loadGuides()), site!.href));
