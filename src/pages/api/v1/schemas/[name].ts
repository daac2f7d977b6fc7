// The JSON Schema of each published file, generated from the public zod schema.
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { publicSchemas } from '../../../../schemas/public.ts';

export const getStaticPaths = (() =>
  Object.keys(publicSchemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as keyof typeof publicSchemas;
  return Response.json({
    $id: new URL(`/api/v1/schemas/${name}`, site).href,
    ...z.toJSONSchema(publicSchemas[name], { target: 'draft-2020-12' }),
  });
};
