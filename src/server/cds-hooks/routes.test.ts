/**
 * CDS Hooks over HTTP on SQLite and PostgreSQL: discovery; the patient-view service with prefetch (the AHRQ test
 * patient as is, and with the operation its record implies), without prefetch through the stand-in FHIR server
 * (allowlisted or not, failing, slow); signed calls only; cards audited; feedback stored and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCdsFeedback } from '../../store/cds-feedback.js';
import { queryAudit } from '../../store/audit.js';
import { createPatient } from '../../store/patients.js';
import { recordImportIdentity } from '../../store/import-identities.js';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import type { TestServer } from '../test-support/harness.js';
import { SUMMARY_MAX } from './cards.js';
import { SERVICE_PATH } from './routes.js';
import { BASE_URL, callCds, FEEDBACK_PATH, NOW_S, patientView, SERVICE_URL, startCdsServer } from './test-support/cds-server.js';
import { signSandboxJwt } from './test-support/sandbox-key.js';
import { ahrqPrefetch, AHRQ_PATIENT_ID, startFhirStandIn, withLaminectomy, type StandIn } from './test-support/fhir-stand-in.js';

interface Card {
  uuid: string;
  summary: string;
  indicator: string;
  detail: string;
  source: { label: string; url?: string; topic?: { code: string } };
  links?: { url: string; type: string }[];
}
const cardsOf = (body: string): Card[] => (JSON.parse(body) as { cards: Card[] }).cards;
const topic = (cards: Card[], code: string) => cards.filter((c) => c.source.topic?.code === code);

const dbs = await testDatabases();
reportSkipped(dbs, 'CDS Hooks routes');

describe.each(dbs.run)('CDS Hooks routes on %s', (kind) => {
  let t: TestServer;
  let fhir: StandIn;
  let other: StandIn;
  beforeAll(async () => {
    fhir = await startFhirStandIn({ token: 'ehr-token-1' });
    other = await startFhirStandIn({ token: 'ehr-token-1' });
    t = await startCdsServer(kind, { fhirServers: [fhir.base], fetchTimeoutMs: 400 });
  });
  afterAll(async () => {
    await t?.close();
    await fhir?.close();
    await other?.close();
  });

  it('lists the service at discovery without authentication', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/cds-services' });
    expect(res.statusCode).toBe(200);
    expect(res.json().services[0]).toMatchObject({
      id: 'spinepath-patient-view',
      hook: 'patient-view',
      prefetch: {
        patient: 'Patient/{{context.patientId}}',
        conditions: 'Condition?patient={{context.patientId}}',
        procedures: 'Procedure?patient={{context.patientId}}',
        observations: 'Observation?patient={{context.patientId}}',
        medicationRequests: 'MedicationRequest?patient={{context.patientId}}',
      },
      usageRequirements: expect.stringContaining('JWT'),
    });
  });

  it('answers the AHRQ patient (no spine operation recorded) honestly, and audits the call with its cards', async () => {
    const res = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch()), { jti: `ahrq-${kind}` });
    expect(res.statusCode, res.body).toBe(200);
    const cards = cardsOf(res.body);
    expect(topic(cards, 'red-flag')).toEqual([]);
    const [summary] = topic(cards, 'psps-assessment');
    expect(summary).toMatchObject({ indicator: 'info', summary: 'No spine operation recorded: SpinePath cannot assess PSPS-T2' });
    expect(summary!.detail).toContain('Lumbar post-laminectomy syndrome (disorder)');
    expect(summary!.detail).toContain('onset 2016-05-19');
    expect(topic(cards, 'open-spinepath')[0]!.links).toEqual([{ label: 'Open SpinePath', url: `${BASE_URL}/`, type: 'absolute' }]);
    for (const c of cards) {
      expect(c.uuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(c.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
      expect(c.source.label).toEqual(expect.any(String));
    }
    const [event] = await queryAudit(t.store.db, { action: 'execute' }).then((es) => es.filter((e) => e.path === SERVICE_PATH && JSON.parse(e.detail ?? '{}').hookInstance));
    expect(event).toMatchObject({ actor_id: 'ehr:https://sandbox.cds-hooks.org', resource_type: 'CdsHooksService', outcome: 'success', status_code: 200 });
    const detail = JSON.parse(event!.detail!);
    expect(detail).toMatchObject({ iss: 'https://sandbox.cds-hooks.org', ehrPatientId: AHRQ_PATIENT_ID, userId: 'Practitioner/example', assessed: false });
    expect(detail.cards.map((c: { uuid: string }) => c.uuid)).toEqual(cards.map((c) => c.uuid));
  });

  it('assesses the AHRQ patient once the operation is in the record: top causes with probability and band, next tests, sources', async () => {
    const res = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch(withLaminectomy())));
    expect(res.statusCode, res.body).toBe(200);
    const cards = cardsOf(res.body);
    const [summary] = topic(cards, 'psps-assessment');
    expect(summary!.indicator).toBe('info');
    expect(summary!.summary).toMatch(/^PSPS-T2, likely causes: Incomplete decompression \d+%/);
    expect(summary!.detail).toMatch(/\| Incomplete decompression \/ residual or recurrent stenosis .* \| \d+% \| \d+%–\d+% \| (likely|possible|less-likely) \|/);
    expect(summary!.detail).toContain('**Next tests**');
    expect(summary!.detail).toContain('**Sources**');
    expect(summary!.detail).toContain('doi:10.1093/pm/pnab015');
    // PHQ-9 entered as totals only: item 9 unknown, said on a card of its own.
    expect(topic(cards, 'questionnaire-alert')[0]).toMatchObject({ indicator: 'warning' });
  });

  it('links to the patient in SpinePath when the EHR patient was imported before', async () => {
    const now = t.clock.now().toISOString();
    const p = await createPatient(t.store.db, { careTeamId: t.teamA, familyName: 'Jackson', givenName: 'Brenda', birthDate: '1961-01-25', sex: 'female', mrn: `BJ-${kind}` }, null, now);
    await recordImportIdentity(t.store.db, { patientId: p.id, source: fhir.base, identity: `Patient/${AHRQ_PATIENT_ID}`, resourceType: 'Patient', localTable: 'patients', localId: p.id, contentHash: 'x', importedAt: now });
    const res = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch(), { fhirServer: fhir.base }));
    expect(res.statusCode).toBe(200);
    expect(topic(cardsOf(res.body), 'open-spinepath')[0]!.links![0]!.url).toBe(`${BASE_URL}/patients/${p.id}`);
    // From another FHIR server the bare Patient/id is someone else.
    const elsewhere = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch(), { fhirServer: other.base }));
    expect(topic(cardsOf(elsewhere.body), 'open-spinepath')[0]!.links![0]!.url).toBe(`${BASE_URL}/`);
  });

  it('reads what was not prefetched from an allowlisted FHIR server with the supplied token, and gives the same cards', async () => {
    const before = fhir.requests.length;
    const res = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, undefined, { fhirServer: fhir.base, fhirAuthorization: { access_token: 'ehr-token-1', token_type: 'Bearer', expires_in: 300, scope: 'user/*.read', subject: 'spinepath' } }));
    expect(res.statusCode, res.body).toBe(200);
    const seen = fhir.requests.slice(before);
    expect(seen.map((r) => r.url).sort()).toEqual(
      [`/fhir/Patient/${AHRQ_PATIENT_ID}`, ...['Condition', 'MedicationRequest', 'Observation', 'Procedure'].map((x) => `/fhir/${x}?patient=${AHRQ_PATIENT_ID}`)].sort(),
    );
    expect(seen.every((r) => r.authorization === 'Bearer ehr-token-1')).toBe(true);
    const viaPrefetch = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch(), { fhirServer: fhir.base }));
    const strip = (cs: Card[]) => cs.map(({ uuid: _u, ...rest }) => rest);
    expect(strip(cardsOf(res.body))).toEqual(strip(cardsOf(viaPrefetch.body)));
    // Only the keys that are missing are read.
    const partial = ahrqPrefetch();
    delete partial.observations;
    const n = fhir.requests.length;
    const again = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, partial, { fhirServer: `${fhir.base}/`, fhirAuthorization: { access_token: 'ehr-token-1', token_type: 'Bearer', expires_in: 300, scope: 'user/*.read', subject: 'spinepath' } }));
    expect(again.statusCode).toBe(200);
    expect(fhir.requests.slice(n).map((r) => r.url)).toEqual([`/fhir/Observation?patient=${AHRQ_PATIENT_ID}`]);
  });

  it('never calls a FHIR server that is not on the allowlist: 412 when nothing about the patient was sent, a plain note when some was', async () => {
    const auth = { access_token: 'ehr-token-1', token_type: 'Bearer', expires_in: 300, scope: 'user/*.read', subject: 'spinepath' };
    const none = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, undefined, { fhirServer: other.base, fhirAuthorization: auth }));
    expect(none.statusCode).toBe(412);
    expect(none.json().errors[0]).toMatchObject({ path: 'body.prefetch', message: expect.stringContaining("is not on SpinePath's FHIR server allowlist") });
    expect(other.requests).toEqual([]);
    const noAuth = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, undefined, { fhirServer: fhir.base }));
    expect(noAuth.statusCode).toBe(412);
    expect(noAuth.json().errors[0].message).toContain('no fhirAuthorization');
    const some = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, { patient: ahrqPrefetch().patient }, { fhirServer: other.base, fhirAuthorization: auth }));
    expect(some.statusCode).toBe(200);
    const summary = topic(cardsOf(some.body), 'psps-assessment')[0]!;
    expect(summary.summary).toBe('No Procedures received: SpinePath cannot assess PSPS-T2');
    expect(summary.detail).toContain('**Not received**: Conditions');
    expect(other.requests).toEqual([]);
  });

  it('answers 412 naming the query when the FHIR server refuses the token or is too slow', async () => {
    const auth = (token: string) => ({ access_token: token, token_type: 'Bearer', expires_in: 300, scope: 'user/*.read', subject: 'spinepath' });
    const refused = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, undefined, { fhirServer: fhir.base, fhirAuthorization: auth('wrong') }));
    expect(refused.statusCode).toBe(412);
    expect(refused.json().errors[0]).toMatchObject({ path: 'body.fhirServer', message: expect.stringMatching(/answered HTTP 401/) });
    fhir.delayMs = 1000;
    try {
      const started = Date.now();
      const slow = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, undefined, { fhirServer: fhir.base, fhirAuthorization: auth('ehr-token-1') }));
      expect(slow.statusCode).toBe(412);
      expect(slow.json().errors[0].message).toMatch(/no answer within 400 ms/);
      expect(Date.now() - started).toBeLessThan(900);
    } finally {
      fhir.delayMs = 0;
    }
  });

  it('refuses unsigned, replayed and misaddressed calls with 401, before reading the body, and audits the refusal', async () => {
    const unsigned = await callCds(t, SERVICE_PATH, { not: 'even a request' }, { authorization: null });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json().errors[0].message).toMatch(/Authorization: Bearer <JWT>/);
    expect(unsigned.headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    const first = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch()), { jti: `replay-${kind}` });
    expect(first.statusCode).toBe(200);
    const replay = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch()), { jti: `replay-${kind}` });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().errors[0].message).toMatch(/already used/);
    // A token is used up whatever the answer: after a 400 it cannot carry another body.
    const bad = await callCds(t, SERVICE_PATH, { hook: 'patient-view' }, { jti: `used-by-400-${kind}` });
    expect(bad.statusCode).toBe(400);
    const retry = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch()), { jti: `used-by-400-${kind}` });
    expect(retry.statusCode).toBe(401);
    // The same token sent four times at once: one answer, three refusals.
    const token = `Bearer ${await signSandboxJwt({ aud: SERVICE_URL, now: NOW_S })}`;
    const burst = await Promise.all([1, 2, 3, 4].map(() => callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch()), { authorization: token })));
    expect(burst.map((r) => r.statusCode).sort()).toEqual([200, 401, 401, 401]);
    const wrongAud = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch()), { aud: `${BASE_URL}${FEEDBACK_PATH}` });
    expect(wrongAud.statusCode).toBe(401);
    const refusals = (await queryAudit(t.store.db, { outcome: 'failure' })).filter((e) => e.path === SERVICE_PATH && e.status_code === 401);
    expect(refusals.length).toBeGreaterThanOrEqual(3);
  });

  it('names every problem of a malformed request in one 400', async () => {
    const res = await callCds(t, SERVICE_PATH, {
      hook: 'patient-view',
      hookInstance: '',
      fhirAuthorization: { access_token: 'x', token_type: 'MAC', expires_in: 300, scope: 's', subject: 'x' },
      context: { userId: 'example', patientId: 'Patient/1' },
      prefetch: { patient: { id: '1' }, conditions: [1], observations: { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { resourceType: 'Observation', status: 'final', code: { text: 'x' }, subject: { reference: 'Patient/1' }, effectiveDateTime: 'yesterday' } }] } },
      prefecth: {},
    });
    expect(res.statusCode).toBe(400);
    const paths = (res.json().errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.hookInstance',
        'body.fhirAuthorization.token_type',
        'body.fhirServer',
        'body.context.userId',
        'body.context.patientId',
        'body.prefetch.patient',
        'body.prefetch.conditions',
        'body.prefetch.observations.entry[0].resource.effectiveDateTime',
        'body.prefecth',
      ]),
    );
  });

  it('answers cards only about the context patient when the data holds others', async () => {
    const prefetch = ahrqPrefetch();
    const stranger = { resourceType: 'Condition', id: 'c-x', subject: { reference: 'Patient/someone-else' }, code: { coding: [{ system: 'http://snomed.info/sct', code: '202725007', display: 'Lumbar post-laminectomy syndrome (disorder)' }] } };
    (prefetch.conditions as { entry: unknown[] }).entry.push({ resource: stranger });
    const res = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, prefetch));
    expect(res.statusCode).toBe(200);
    const summary = topic(cardsOf(res.body), 'psps-assessment')[0]!;
    expect(summary.detail).toContain('Data about 1 other patient(s) was set aside');
    // The stranger's condition is not attributed to this patient.
    expect(summary.detail.match(/post-laminectomy/g)?.length).toBe(1);
  });

  it('records feedback (accepted, overridden with a reason) in the database, in one transaction with its audit event', async () => {
    const call = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch(withLaminectomy())));
    const [a, b] = cardsOf(call.body);
    const res = await callCds(t, FEEDBACK_PATH, {
      feedback: [
        { card: a!.uuid, outcome: 'accepted', outcomeTimestamp: '2026-04-14T09:01:00Z' },
        { card: b!.uuid, outcome: 'overridden', overrideReason: { reason: { system: 'urn:spinepath:cds:override-reason', code: 'already-addressed', display: 'Already assessed or being managed' }, userComment: 'MRI booked' }, outcomeTimestamp: '2026-04-14T09:02:00Z' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ recorded: 2 });
    const stored = await listCdsFeedback(t.store.db, { cardUuid: b!.uuid });
    expect(stored).toEqual([
      expect.objectContaining({ serviceId: 'spinepath-patient-view', outcome: 'overridden', issuer: 'https://sandbox.cds-hooks.org', overrideReason: expect.objectContaining({ userComment: 'MRI booked' }), outcomeTimestamp: '2026-04-14T09:02:00Z' }),
    ]);
    const events = (await queryAudit(t.store.db, { action: 'create' })).filter((e) => e.resource_type === 'CdsFeedback' && e.outcome === 'success');
    expect(JSON.parse(events.at(-1)!.detail!).feedback).toEqual([
      { card: a!.uuid, outcome: 'accepted' },
      { card: b!.uuid, outcome: 'overridden', reason: 'already-addressed' },
    ]);
    const bad = await callCds(t, FEEDBACK_PATH, { feedback: [{ card: a!.uuid, outcome: 'ignored', outcomeTimestamp: 'today' }] });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as { path: string }[]).map((e) => e.path)).toEqual(['body.feedback[0].outcome', 'body.feedback[0].outcomeTimestamp']);
    // The feedback endpoint is its own audience.
    const misaddressed = await callCds(t, FEEDBACK_PATH, { feedback: [{ card: a!.uuid, outcome: 'accepted', outcomeTimestamp: '2026-04-14T09:01:00Z' }] }, { aud: `${BASE_URL}${SERVICE_PATH}` });
    expect(misaddressed.statusCode).toBe(401);
  });
});

/** Every template answered "no data". */
const EMPTY = { patient: null, conditions: null, procedures: null, observations: null, medicationRequests: null };

describe.each(dbs.run)('CDS Hooks call limits on %s', (kind) => {
  it('limits calls per EHR, read before any work and counted with the audit event, and failed authentications per address', async () => {
    const t = await startCdsServer(kind, { rateLimitPerMinute: 3 });
    try {
      const ok = async () => (await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, EMPTY))).statusCode;
      expect([await ok(), await ok(), await ok()]).toEqual([200, 200, 200]);
      const refused = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, EMPTY));
      expect(refused.statusCode).toBe(429);
      expect(refused.json().errors[0].message).toMatch(/too many CDS Hooks calls from https:\/\/sandbox.cds-hooks.org: at most 3 a minute/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      t.clock.advance(61_000);
      expect(await ok()).toBe(200);
      // Bad tokens from one address: 401 three times, then 429.
      const bad = async () => (await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, EMPTY), { authorization: 'Bearer not.a.jwt' })).statusCode;
      expect([await bad(), await bad(), await bad(), await bad()]).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  });
});

describe('CDS Hooks in development with unsigned calls allowed', () => {
  it('accepts a call without a JWT only when SPINEPATH_CDS_ALLOW_UNSIGNED is on', async () => {
    const t = await startCdsServer('sqlite', { allowUnsigned: true });
    try {
      const res = await callCds(t, SERVICE_PATH, patientView(AHRQ_PATIENT_ID, ahrqPrefetch()), { authorization: null });
      expect(res.statusCode).toBe(200);
      const [event] = (await queryAudit(t.store.db, { action: 'execute' })).filter((e) => e.path === SERVICE_PATH);
      expect(event!.actor_id).toBe('ehr:unsigned');
    } finally {
      await t.close();
    }
  });
});
