/** Server field errors (`body.data.levels[1]`) mapped to the inputs of a form (`levels`). */
import { ApiError } from '../../api/client';

export type Errors = Record<string, string>;

/** Errors keyed by their path below `prefix` (e.g. 'body.data'); errors outside it are under ''. */
export function errorsUnder(e: unknown, prefix: string): Errors {
  const out: Errors = {};
  if (!e) return out;
  if (!(e instanceof ApiError)) {
    out[''] = e instanceof Error ? e.message : String(e);
    return out;
  }
  for (const f of e.errors) {
    const path = f.path.startsWith(`${prefix}.`) ? f.path.slice(prefix.length + 1) : f.path.startsWith(`${prefix}[`) ? f.path.slice(prefix.length) : '';
    const msg = f.suggestion ? `${f.message} (did you mean '${f.suggestion}'?)` : f.message;
    const text = path === '' && f.path && !f.path.startsWith('(') && f.path !== prefix ? `${f.path.replace(/^body\.?/, '')}: ${msg}` : msg;
    out[path] = out[path] ? `${out[path]}; ${text}` : text;
  }
  return out;
}

/** The error of a field and of anything inside it (`levels` also shows `levels[1]`). */
export function errorFor(errors: Errors, key: string): string | undefined {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(errors)) {
    if (k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}[`)) parts.push(v);
  }
  return parts.length ? parts.join('; ') : undefined;
}

/** Errors no field of the form claims (shown in the summary). */
export function unclaimed(errors: Errors, keys: string[]): string[] {
  return Object.entries(errors)
    .filter(([k]) => k === '' || !keys.some((key) => k === key || k.startsWith(`${key}.`) || k.startsWith(`${key}[`)))
    .map(([k, v]) => (k ? `${k}: ${v}` : v));
}
