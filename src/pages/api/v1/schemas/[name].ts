// The JSON Schema of each published file, generated from the public zod schema and its doc comments.
import type { APIRoute, GetStaticPaths } from 'astro';
import { publicJsonSchema } from '../../../../lib/json-schema.ts';
import { apiPath } from '../../../../lib/routes.ts';
import { publicSchemas } from '../../../../schemas/public.ts';

export const getStaticPaths = (() =>
  Object.keys(publicSchemas).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as keyof typeof publicSchemas;
  return Response.json({ $id: new URL(apiPath(`schemas/${name}`), site).href, ...publicJsonSchema(name) });
};
