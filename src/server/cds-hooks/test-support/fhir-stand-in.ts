/**
 * A stand-in for an EHR's FHIR server in tests and benchmarks: a tiny Fastify app on 127.0.0.1 that serves the
 * resources of a Bundle (default: the AHRQ Pain Management Summary test patient) by read (`Patient/{id}`) and by
 * type-level search (`{type}?patient={id}`, as searchset Bundles), demands a bearer token, records every request,
 * and can also serve a JWK Set (for remote-JWKS tests).
 */
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { SPINEPATH_CODES } from '../../../fhir/spinepath-codes.js';
import { PEERS } from './sandbox-key.js';

export const AHRQ_BUNDLE_URL = new URL('fhir/ahrq-pms-brenda-jackson.json', PEERS);
export const AHRQ_PATIENT_ID = '5c41cecf-cf81-434f-9da7-e24e5a99dbc2';

export interface StandIn {
  app: FastifyInstance;
  /** Base URL, e.g. http://127.0.0.1:40123/fhir */
  base: string;
  origin: string;
  requests: { url: string; authorization?: string }[];
  /** Delay every answer (timeout tests). */
  delayMs: number;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

export async function startFhirStandIn(opts: { token?: string; bundle?: Json; jwks?: unknown } = {}): Promise<StandIn> {
  const token = opts.token ?? 'stand-in-access-token';
  const bundle = opts.bundle ?? (JSON.parse(readFileSync(AHRQ_BUNDLE_URL, 'utf8')) as Json);
  const resources = ((bundle.entry as { resource?: Json }[] | undefined) ?? []).map((e) => e.resource).filter((r): r is Json => !!r);
  const app = Fastify({ logger: false, forceCloseConnections: true });
  const state = { requests: [] as StandIn['requests'], delayMs: 0 };

  const refersTo = (r: Json, patientId: string): boolean => {
    const subject = (r.subject ?? r.patient) as { reference?: string } | undefined;
    return subject?.reference === `Patient/${patientId}` || (subject?.reference ?? '').endsWith(`/Patient/${patientId}`);
  };

  app.addHook('onRequest', async (req, reply) => {
    state.requests.push({ url: req.url, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
    if (req.url.startsWith('/jwks')) return;
    if (req.headers.authorization !== `Bearer ${token}`) {
      return reply.code(401).type('application/fhir+json').send({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login', diagnostics: 'bad token' }] });
    }
  });
  app.get('/jwks.json', async () => opts.jwks ?? { keys: [] });
  app.get<{ Params: { id: string } }>('/fhir/Patient/:id', async (req, reply) => {
    const p = resources.find((r) => r.resourceType === 'Patient' && r.id === req.params.id);
    if (!p) return reply.code(404).type('application/fhir+json').send({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] });
    return reply.type('application/fhir+json').send(p);
  });
  app.get<{ Params: { type: string }; Querystring: { patient?: string } }>('/fhir/:type', async (req, reply) => {
    const patient = req.query.patient;
    const hits = resources.filter((r) => r.resourceType === req.params.type && (!patient || refersTo(r, patient)));
    return reply.type('application/fhir+json').send({
      resourceType: 'Bundle',
      type: 'searchset',
      total: hits.length,
      entry: hits.map((r) => ({ fullUrl: `${origin}/fhir/${String(r.resourceType)}/${String(r.id)}`, resource: r, search: { mode: 'match' } })),
    });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return {
    app,
    base: `${origin}/fhir`,
    origin,
    requests: state.requests,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(v: number) {
      state.delayMs = v;
    },
    close: () => app.close(),
  };
}

/** The AHRQ patient's resources grouped as the five SpinePath prefetch values (what an EHR would send). */
export function ahrqPrefetch(bundle?: Json): Record<string, Json | null> {
  const b = bundle ?? (JSON.parse(readFileSync(AHRQ_BUNDLE_URL, 'utf8')) as Json);
  const rs = ((b.entry as { resource?: Json }[] | undefined) ?? []).map((e) => e.resource).filter((r): r is Json => !!r);
  const search = (type: string): Json => {
    const hits = rs.filter((r) => r.resourceType === type);
    return { resourceType: 'Bundle', type: 'searchset', total: hits.length, entry: hits.map((r) => ({ fullUrl: `http://ehr.example/fhir/${type}/${String(r.id)}`, resource: r, search: { mode: 'match' } })) };
  };
  return {
    patient: rs.find((r) => r.resourceType === 'Patient') ?? null,
    conditions: search('Condition'),
    procedures: search('Procedure'),
    observations: search('Observation'),
    medicationRequests: search('MedicationRequest'),
  };
}

/**
 * The AHRQ record lists "Lumbar post-laminectomy syndrome" (onset 2016-05-19) but not the operation itself. For
 * tests and benchmarks that need an assessable record, this adds the Procedure such a record would hold: a lumbar
 * laminectomy (CPT 63047) at L4-L5 in November 2015, also coded in SpinePath's procedure code system as SpinePath's
 * own export codes it (which says "no implant left" by the absence of the instrumented flag; CPT alone does not).
 * Clearly an addition: the peer bundle is not changed.
 */
export function withLaminectomy(bundle?: Json): Json {
  const b = bundle ?? (JSON.parse(readFileSync(AHRQ_BUNDLE_URL, 'utf8')) as Json);
  const procedure = {
    resourceType: 'Procedure',
    id: 'spinepath-added-laminectomy',
    status: 'completed',
    subject: { reference: `Patient/${AHRQ_PATIENT_ID}` },
    code: {
      coding: [
        { system: 'http://www.ama-assn.org/go/cpt', code: '63047', display: 'Laminectomy, facetectomy and foraminotomy, single vertebral segment; lumbar' },
        { system: SPINEPATH_CODES.procedure, code: 'decompression', display: 'Decompression' },
      ],
      text: 'Lumbar laminectomy L4-L5',
    },
    bodySite: [{ text: 'L4-L5' }],
    performedDateTime: '2015-11-10',
  };
  return { ...b, entry: [...((b.entry as unknown[]) ?? []), { resource: procedure }] };
}
