/**
 * The one way the app talks to the server: JSON over fetch with the session cookie, the CSRF token on every write,
 * and the server's error model (`{ errors: [{ path, message }] }`) turned into an ApiError whose field errors the
 * forms show beside their inputs.
 */

export interface FieldError {
  path: string;
  message: string;
  suggestion?: string;
  record?: { type: string; id: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: FieldError[],
  ) {
    super(errors.map((e) => (e.path.startsWith('(') ? e.message : `${e.path}: ${e.message}`)).join('; ') || `request failed (${status})`);
    this.name = 'ApiError';
  }

  /** The record is not there, or not yours: the server answers both the same way. */
  get notFound(): boolean {
    return this.status === 404;
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function fetchCsrf(): Promise<string | null> {
  const r = await fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!r.ok) return null;
  const body = (await r.json()) as { csrfToken?: string; token?: string };
  csrfToken = body.csrfToken ?? body.token ?? null;
  return csrfToken;
}

async function errorOf(r: Response): Promise<ApiError> {
  let errors: FieldError[] = [];
  try {
    const body = (await r.json()) as { errors?: FieldError[]; message?: string; issue?: { diagnostics?: string }[] };
    if (Array.isArray(body.errors)) errors = body.errors;
    else if (body.issue) errors = body.issue.map((i) => ({ path: '(server)', message: i.diagnostics ?? 'error' }));
    else if (body.message) errors = [{ path: '(server)', message: body.message }];
  } catch {
    /* not JSON */
  }
  if (errors.length === 0) {
    const message =
      r.status === 401
        ? 'Your session has ended. Please sign in again.'
        : r.status === 404
          ? 'Not found, or you do not have access to it.'
          : r.status >= 500
            ? 'The server had a problem. Nothing was saved; please try again.'
            : `The server refused the request (${r.status}).`;
    errors = [{ path: r.status === 401 ? '(auth)' : '(server)', message }];
  }
  return new ApiError(r.status, errors);
}

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body: unknown, retried: boolean): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (WRITE.has(method)) {
    if (!csrfToken) await fetchCsrf();
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let r: Response;
  try {
    r = await fetch(path, { method, credentials: 'same-origin', headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch {
    throw new ApiError(0, [{ path: '(network)', message: 'Could not reach the server. Check your connection; what you typed is kept.' }]);
  }
  if (!retried && WRITE.has(method) && r.status === 403) {
    const clone = r.clone();
    const e = await errorOf(clone);
    if (e.errors.some((x) => x.path.includes('csrf'))) {
      await fetchCsrf();
      return send(method, path, body, true);
    }
  }
  return r;
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const r = await send(method, path, body, false);
  if (!r.ok) {
    const e = await errorOf(r);
    if (r.status === 401) window.dispatchEvent(new CustomEvent('spinepath:signed-out'));
    throw e;
  }
  if (r.status === 204) return undefined as T;
  const type = r.headers.get('content-type') ?? '';
  if (!type.includes('json')) return (await r.text()) as T;
  return (await r.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

/** Field errors keyed by the path inside the request body (`body.surgeries[0].date` -> `surgeries[0].date`). */
export function fieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(e instanceof ApiError)) return out;
  for (const f of e.errors) {
    const key = f.path.replace(/^body\.?/, '').replace(/^\[/, '[');
    const msg = f.suggestion ? `${f.message} (did you mean ${f.suggestion}?)` : f.message;
    out[key] = out[key] ? `${out[key]}; ${msg}` : msg;
  }
  return out;
}

/** Errors that no input on the form owns (shown in the summary at the top). */
export function formLevelErrors(e: unknown, known: (path: string) => boolean): string[] {
  if (!(e instanceof ApiError)) return e instanceof Error ? [e.message] : [];
  return e.errors.filter((f) => !known(f.path.replace(/^body\.?/, ''))).map((f) => (f.path.startsWith('(') || f.path === 'body' ? f.message : `${f.path.replace(/^body\.?/, '')}: ${f.message}`));
}

export const qs = (params: Record<string, string | number | undefined | null>): string => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};
