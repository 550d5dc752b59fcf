/** zod schemas shared by several feature folders: path parameters, the error body, users, pages. */
import { z } from 'zod';
import { ROLES } from '../store/schema.js';

export const idParam = z.string().min(1).max(100);
export const patientParams = z.object({ patientId: idParam }).strict();

/** One problem, naming the field (and the stored record behind it, when there is one). */
export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  record: z.object({ type: z.string(), id: z.string() }).optional(),
});

export const errorBody = z.object({ errors: z.array(issueSchema) });

/** Error responses every protected route may give (documented in OpenAPI). */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  422: errorBody,
  429: errorBody,
} as const;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  patientId: z.string().nullable(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

export const paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

/** An opaque JSON value (engine output, stored payloads) in OpenAPI. */
export const json = z.unknown();
