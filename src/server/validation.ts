/**
 * Request validation with zod: a Fastify validator compiler whose errors name the field with its place in the request
 * (`body.findings[0].id`, `query.limit`, `params.patientId`) and list every unknown field, using the same path format
 * as the case validator (src/case/validate.ts). Response bodies go through fastify-type-provider-zod's serializer.
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { zodIssues } from '../case/validate.js';
import { ApiError } from './errors.js';

const PART: Record<string, string> = { body: 'body', querystring: 'query', params: 'params', headers: 'headers' };

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const part = PART[httpPart ?? 'body'] ?? String(httpPart);
  return (data: unknown) => {
    const r = schema.safeParse(data);
    if (r.success) return { value: r.data };
    const errors = zodIssues(r.error).map((i) => ({ path: i.path === '(root)' ? part : i.path.startsWith('[') ? `${part}${i.path}` : `${part}.${i.path}`, message: i.message }));
    return { error: new ApiError(400, errors) };
  };
};
