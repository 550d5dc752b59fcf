/** Reading from the EHR's FHIR server: templates filled, pages followed only on the same server, no redirects. */
import { describe, expect, it } from 'vitest';
import { fetchPrefetch, FhirFetchError, fillTemplate, isAllowedFhirServer } from './fhir-fetch.js';

const BASE = 'https://ehr.example/fhir';

function fakeFetch(pages: Record<string, { status?: number; body: unknown }>, seen: { url: string; init?: RequestInit }[]): typeof fetch {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    const u = String(url);
    seen.push({ url: u, ...(init ? { init } : {}) });
    const p = pages[u];
    if (!p) return new Response('{"resourceType":"OperationOutcome"}', { status: 404 });
    return new Response(JSON.stringify(p.body), { status: p.status ?? 200 });
  }) as typeof fetch;
}

describe('CDS Hooks FHIR fetch', () => {
  it('fills prefetch tokens (URL-encoded) and compares allowlisted bases without trailing slashes', () => {
    expect(fillTemplate('Condition?patient={{context.patientId}}', { patientId: 'a b' })).toBe('Condition?patient=a%20b');
    expect(isAllowedFhirServer([BASE], `${BASE}/`)).toBe(true);
    expect(isAllowedFhirServer([BASE], 'https://ehr.example/fhir2')).toBe(false);
  });

  it('follows next pages on the same server with the token, and gives null for a Patient that is not found', async () => {
    const seen: { url: string; init?: RequestInit }[] = [];
    const f = fakeFetch(
      {
        [`${BASE}/Condition?patient=p1`]: { body: { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { id: 'c1' } }], link: [{ relation: 'next', url: `${BASE}?page=2` }] } },
        [`${BASE}?page=2`]: { body: { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { id: 'c2' } }] } },
      },
      seen,
    );
    const out = await fetchPrefetch({ fhirServer: BASE, accessToken: 'tok', patientId: 'p1', keys: ['conditions', 'patient'], timeoutMs: 1000, fetchImpl: f });
    expect(out.patient).toBeNull();
    expect((out.conditions as { entry: { resource: { id: string } }[] }).entry.map((e) => e.resource.id)).toEqual(['c1', 'c2']);
    for (const s of seen) {
      expect((s.init?.headers as Record<string, string>).authorization).toBe('Bearer tok');
      expect(s.init?.redirect).toBe('error');
    }
  });

  it('refuses a next page on another server (the token would go there) and reports HTTP errors by query', async () => {
    const f = fakeFetch({ [`${BASE}/Condition?patient=p1`]: { body: { resourceType: 'Bundle', type: 'searchset', entry: [], link: [{ relation: 'next', url: 'https://evil.example/fhir?page=2' }] } } }, []);
    await expect(fetchPrefetch({ fhirServer: BASE, accessToken: 't', patientId: 'p1', keys: ['conditions'], timeoutMs: 1000, fetchImpl: f })).rejects.toThrow(/next page https:\/\/evil.example\/fhir\?page=2 is not on https:\/\/ehr.example\/fhir/);
    const g = fakeFetch({ [`${BASE}/Procedure?patient=p1`]: { status: 403, body: {} } }, []);
    const e = await fetchPrefetch({ fhirServer: BASE, accessToken: 't', patientId: 'p1', keys: ['procedures'], timeoutMs: 1000, fetchImpl: g }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FhirFetchError);
    expect((e as FhirFetchError).message).toBe('Procedure?patient=p1: the FHIR server answered HTTP 403');
  });
});
