/**
 * Fetching what the EHR did not prefetch from its FHIR server, with the access token it supplied (CDS Hooks 2.0
 * "FHIR Resource Access"). Only FHIR servers on the allowlist (SPINEPATH_CDS_FHIR_SERVERS) are ever called, so a
 * request cannot make SpinePath send a token, or a request, anywhere else: redirects are refused, and search pages
 * are followed only while they stay under the same base URL. All queries of one call run in parallel under one
 * deadline (SPINEPATH_CDS_FETCH_TIMEOUT_MS).
 */
import { normaliseBase } from './config.js';
import { PREFETCH, type PrefetchKey } from './service.js';

export class FhirFetchError extends Error {
  constructor(
    message: string,
    readonly query?: string,
  ) {
    super(message);
    this.name = 'FhirFetchError';
  }
}

const MAX_PAGES = 20;
const MAX_BYTES = 20 * 1024 * 1024;

export const isAllowedFhirServer = (allowlist: readonly string[], fhirServer: string): boolean => allowlist.includes(normaliseBase(fhirServer));

/** The template with its prefetch tokens replaced (patient-view offers `context.patientId` and `context.userId`). */
export function fillTemplate(template: string, context: { patientId: string; userId?: string }): string {
  return template.replace(/\{\{\s*context\.(patientId|userId)\s*\}\}/g, (_m, k: 'patientId' | 'userId') => encodeURIComponent(context[k] ?? ''));
}

export interface FetchOptions {
  fhirServer: string;
  accessToken: string;
  patientId: string;
  keys: readonly PrefetchKey[];
  timeoutMs: number;
  fetchImpl?: typeof fetch;
}

/** Each requested key's value as prefetch would carry it: the resource, a searchset Bundle, or null (not found). */
export async function fetchPrefetch(o: FetchOptions): Promise<Partial<Record<PrefetchKey, unknown>>> {
  const base = normaliseBase(o.fhirServer);
  const doFetch = o.fetchImpl ?? fetch;
  const signal = AbortSignal.timeout(o.timeoutMs);
  const get = async (url: string, query: string): Promise<{ status: number; body: unknown }> => {
    let res: Response;
    try {
      res = await doFetch(url, { headers: { authorization: `Bearer ${o.accessToken}`, accept: 'application/fhir+json, application/json' }, redirect: 'error', signal });
    } catch (e) {
      const err = e as Error;
      const why = err.name === 'TimeoutError' || err.name === 'AbortError' ? `no answer within ${o.timeoutMs} ms` : err.message;
      throw new FhirFetchError(`${query}: ${why}`, query);
    }
    const text = await res.text();
    if (text.length > MAX_BYTES) throw new FhirFetchError(`${query}: the answer is larger than ${MAX_BYTES} bytes`, query);
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      if (res.ok) throw new FhirFetchError(`${query}: the FHIR server answered with malformed JSON`, query);
    }
    return { status: res.status, body };
  };

  const one = async (key: PrefetchKey): Promise<[PrefetchKey, unknown]> => {
    const query = fillTemplate(PREFETCH[key].template, { patientId: o.patientId });
    const first = await get(`${base}/${query}`, query);
    if (key === 'patient') {
      if (first.status === 404 || first.status === 410) return [key, null];
      if (first.status !== 200) throw new FhirFetchError(`${query}: the FHIR server answered HTTP ${first.status}`, query);
      return [key, first.body];
    }
    if (first.status !== 200) throw new FhirFetchError(`${query}: the FHIR server answered HTTP ${first.status}`, query);
    const bundle = first.body as { resourceType?: string; entry?: unknown[]; link?: { relation?: string; url?: string }[] };
    if (bundle?.resourceType !== 'Bundle') throw new FhirFetchError(`${query}: expected a searchset Bundle`, query);
    const entries = [...(bundle.entry ?? [])];
    let next = bundle.link?.find((l) => l.relation === 'next')?.url;
    for (let page = 1; next && page < MAX_PAGES; page++) {
      if (!next.startsWith(`${base}/`) && !next.startsWith(`${base}?`)) throw new FhirFetchError(`${query}: the next page ${next} is not on ${base}`, query);
      const r = await get(next, `${query} (page ${page + 1})`);
      if (r.status !== 200) throw new FhirFetchError(`${query} (page ${page + 1}): the FHIR server answered HTTP ${r.status}`, query);
      const b = r.body as typeof bundle;
      entries.push(...(b?.entry ?? []));
      next = b?.link?.find((l) => l.relation === 'next')?.url;
    }
    if (next) throw new FhirFetchError(`${query}: more than ${MAX_PAGES} pages`, query);
    return [key, { resourceType: 'Bundle', type: 'searchset', entry: entries }];
  };

  const pairs = await Promise.all(o.keys.map(one));
  return Object.fromEntries(pairs) as Partial<Record<PrefetchKey, unknown>>;
}
