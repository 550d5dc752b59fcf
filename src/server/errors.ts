/**
 * One error model for the REST API: every failure is `{ errors: [{ path, message }] }` with the HTTP status, and each
 * entry names the offending field (`body.surgeries[0].date`, `params.patientId`, `query.from`) or, when no field is to
 * blame, what failed (`(auth)`, `(body)`, `(url)`). FHIR endpoints answer with an OperationOutcome instead (their
 * plugin maps an ApiError with `toOperationOutcome`). Never a stack trace to a client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';

export interface FieldError {
  path: string;
  message: string;
  suggestion?: string;
  /** The stored record behind the field, when the field came from one (case assembly). */
  record?: { type: string; id: string };
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errors: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    this.name = 'ApiError';
  }
}

export const badRequest = (path: string, message: string) => new ApiError(400, [{ path, message }]);
export const unauthorized = (message = 'sign in first (session cookie or bearer token)') => new ApiError(401, [{ path: '(auth)', message }]);
export const forbidden = (message: string) => new ApiError(403, [{ path: '(auth)', message }]);
export const notFound = (what: string, path = '(url)') => new ApiError(404, [{ path, message: `${what} not found` }]);
export const conflict = (path: string, message: string) => new ApiError(409, [{ path, message }]);
export const unprocessable = (errors: FieldError[]) => new ApiError(422, errors);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new ApiError(429, [{ path: '(client)', message }], { 'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))) });

export interface ErrorBody {
  errors: FieldError[];
}

/** FHIR R4 OperationOutcome for the same error (FHIR endpoints). */
export function toOperationOutcome(e: ApiError): Record<string, unknown> {
  const code = e.statusCode === 401 ? 'login' : e.statusCode === 403 ? 'forbidden' : e.statusCode === 404 ? 'not-found' : e.statusCode === 409 ? 'conflict' : e.statusCode === 429 ? 'throttled' : e.statusCode >= 500 ? 'exception' : 'invalid';
  return {
    resourceType: 'OperationOutcome',
    issue: e.errors.map((f) => ({ severity: 'error', code, diagnostics: f.message, ...(f.path.startsWith('(') ? {} : { expression: [f.path] }) })),
  };
}

const FASTIFY_ERRORS: Record<string, (e: FastifyError) => FieldError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => ({ path: '(body)', message: 'malformed JSON' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => ({ path: '(body)', message: 'the body is empty but Content-Type says JSON' }),
  FST_ERR_CTP_BODY_TOO_LARGE: () => ({ path: '(body)', message: 'the body is larger than the configured limit (SPINEPATH_BODY_LIMIT)' }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) => ({ path: '(header) content-type', message: e.message }),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => ({ path: '(header) content-length', message: 'Content-Length does not match the body' }),
  FST_CSRF_MISSING_SECRET: () => ({ path: '(header) x-csrf-token', message: 'missing CSRF cookie: get a token from GET /api/auth/csrf' }),
  FST_CSRF_INVALID_TOKEN: () => ({ path: '(header) x-csrf-token', message: 'missing or invalid CSRF token: send the token from sign-in or GET /api/auth/csrf in the x-csrf-token header' }),
};

/** Maps any error to the error model; logs what the client must not see. */
export function toApiError(err: FastifyError | Error, req: FastifyRequest): ApiError {
  if (err instanceof ApiError) return err;
  const fe = err as FastifyError;
  if (isResponseSerializationError(fe as never)) {
    req.log.error({ err: fe, cause: (fe as { cause?: unknown }).cause }, 'response does not match its schema');
    return new ApiError(500, [{ path: '(server)', message: 'internal error' }]);
  }
  const mapped = fe.code ? FASTIFY_ERRORS[fe.code] : undefined;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (mapped) return new ApiError(status, [mapped(fe)]);
  if (status < 500) return new ApiError(status, [{ path: '(request)', message: fe.message }]);
  req.log.error({ err }, 'unexpected error');
  return new ApiError(500, [{ path: '(server)', message: 'internal error' }]);
}

export function sendApiError(reply: FastifyReply, e: ApiError): FastifyReply {
  for (const [k, v] of Object.entries(e.headers)) reply.header(k, v);
  return reply.code(e.statusCode).type('application/json; charset=utf-8').send({ errors: e.errors } satisfies ErrorBody);
}
