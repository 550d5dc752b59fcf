/**
 * HTTP integration tests of the clinical workflow on both databases: a clinician records an operation, a visit,
 * findings, a test, a red-flag review, treatments and medications; scores questionnaires; assesses the patient on a
 * date; signs off the recommendations; reads outcomes and exports the record. Every write is audited in the same
 * transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAudit, verifyAuditChain } from '../store/audit.js';
import { createPlan } from '../store/plans.js';
import { testDatabases } from '../store/test-support/databases.js';
import { reportSkipped } from '../store/test-support/report.js';
import { startTestServer, type TestServer } from './test-support/harness.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'REST API workflow');

describe.each(dbs.run)('REST API workflow on %s', (kind) => {
  let t: TestServer;
  let pid: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestServer(kind);
  });
  afterAll(async () => {
    await t.close();
  });
  const c = () => t.callers.clinicianIn;

  it('creates a patient in the clinician’s care team and finds it by name', async () => {
    const r = await t.call(c(), 'POST', '/api/patients', { familyName: 'Quill', givenName: 'Rosa', birthDate: '1972-03-09', sex: 'female', mrn: 'Q-77' });
    expect(r.statusCode).toBe(201);
    pid = r.json().id;
    expect(r.json().careTeamId).toBe(t.teamA);
    const dup = await t.call(c(), 'POST', '/api/patients', { familyName: 'Other', givenName: 'X', birthDate: '1972-03-09', sex: 'female', mrn: 'Q-77' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('body.mrn');
    const found = await t.call(c(), 'GET', '/api/patients?search=quil');
    expect(found.json().patients.map((p: { id: string }) => p.id)).toEqual([pid]);
    const notMine = await t.call(t.callers.clinicianOut, 'GET', '/api/patients?search=quil');
    expect(notMine.json().patients).toEqual([]);
    const team = await t.call(c(), 'POST', '/api/patients', { careTeamId: t.teamB, familyName: 'X', givenName: 'Y', birthDate: '1972-03-09', sex: 'male' });
    expect(team.statusCode).toBe(422);
    expect(team.json().errors[0].path).toBe('body.careTeamId');
  });

  it('records the parts of the case, each checked like a case, dated by its data or its encounter', async () => {
    const post = (seg: string, body: unknown) => t.call(c(), 'POST', `/api/patients/${pid}/${seg}`, body);
    const ep = await post('episodes', { data: { date: '2025-02-03', region: 'lumbar', procedure: 'decompression-and-fusion', levels: ['L4-L5', 'L5-S1'], instrumented: true, fusion: true, fusionToSacrum: true } });
    expect(ep.statusCode).toBe(201);
    ids.episode = ep.json().id;
    const enc = await post('encounters', { data: { date: '2026-03-20', kind: 'clinic-visit', pain: { back: 7, leg: 2 } }, episodeId: ids.episode });
    expect(enc.statusCode).toBe(201);
    ids.encounter = enc.json().id;
    const f = await post('findings', { data: { id: 'pain-rising-from-sitt', status: 'present' }, encounterId: ids.encounter });
    // An id the knowledge base does not know is refused, naming the field and the nearest id.
    expect(f.statusCode).toBe(422);
    expect(f.json().errors[0]).toMatchObject({ path: 'body.data.id', suggestion: 'pain-rising-from-sitting' });
    const f2 = await post('findings', { data: { id: 'fever', status: 'absent' }, encounterId: ids.encounter });
    expect(f2.statusCode).toBe(201);
    expect(f2.json().date).toBe('2026-03-20');
    ids.finding = f2.json().id;
    const wrongProc = await post('episodes', { data: { date: '2025-02-03', region: 'cervical', procedure: 'discectomy', levels: ['C5-C6'], instrumented: false, fusion: false } });
    expect(wrongProc.statusCode).toBe(422);
    expect(wrongProc.json().errors[0].path).toBe('body.data.procedure');
    const testInFinding = await post('findings', { data: { id: 'enhancing-scar-on-gadolinium-mri', status: 'present' } });
    expect(testInFinding.statusCode).toBe(422);
    expect(testInFinding.json().errors[0].message).toMatch(/record it under testResults/);
    const foreign = await post('findings', { data: { id: 'fever', status: 'absent' }, encounterId: 'nope' });
    expect(foreign.json().errors).toEqual([{ path: 'body.encounterId', message: 'no such encounter in this record' }]);
    expect((await post('test-results', { data: { test: 'mri-gadolinium', date: '2026-03-02', results: [{ id: 'enhancing-scar-on-gadolinium-mri', status: 'absent' }] } })).statusCode).toBe(201);
    const badResult = await post('test-results', { data: { test: 'mri-gadolinium', date: '2026-03-02', results: [{ id: 'fever', status: 'absent' }] } });
    expect(badResult.json().errors[0].path).toBe('body.data.results[0].id');
    expect((await post('red-flag-reviews', { data: { redFlag: 'postoperative-infection', date: '2026-03-20', outcome: 'excluded', by: 'Dr Q' } })).statusCode).toBe(201);
    expect((await post('treatments', { data: { treatment: 'exercise-therapy', start: '2025-06-02', end: '2025-09-01', status: 'completed', response: { reliefPercent: 10 } } })).statusCode).toBe(201);
    expect((await post('medications', { data: { name: 'ibuprofen', dose: 400, unit: 'mg', frequencyPerDay: 3, start: '2026-01-01' } })).statusCode).toBe(201);
    const future = await post('findings', { data: { id: 'fever', status: 'absent', date: '2027-01-01' } });
    expect(future.statusCode).toBe(422);
    const list = await t.call(c(), 'GET', `/api/patients/${pid}/findings`);
    expect(list.json().items.map((x: { code: string }) => x.code)).toContain('fever');
    const one = await t.call(t.callers.patientA, 'GET', `/api/patients/${pid}/findings/${ids.finding}`);
    expect(one.statusCode).toBe(404); // patient A is not this patient
  });

  it('keeps the care profile (goals, preferences, SCS assessment) and puts it in the case', async () => {
    const bad = await t.call(c(), 'PUT', `/api/patients/${pid}/care-profile`, { goals: ['win-the-lottery'], preferences: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.goals[0]');
    const ok = await t.call(c(), 'PUT', `/api/patients/${pid}/care-profile`, { goals: ['return-to-work'], preferences: ['avoid-further-surgery'], scsAssessment: { conventionalManagementTried: true } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().profile.goals).toEqual(['return-to-work']);
    const cs = await t.call(c(), 'GET', `/api/patients/${pid}/case?date=2026-04-14`);
    expect(cs.json().case).toMatchObject({ goals: ['return-to-work'], preferences: ['avoid-further-surgery'], scsAssessment: { conventionalManagementTried: true } });
    expect((await t.call(c(), 'POST', `/api/patients/${pid}/comorbidities`, { data: { id: 'renal-impairment', egfr: 900 } })).json().errors[0].path).toBe('body.data.egfr');
    expect((await t.call(c(), 'POST', `/api/patients/${pid}/devices`, { data: { kind: 'pacemaker' } })).statusCode).toBe(201);
  });

  it('retracts a record entered in error: gone from the case, kept in the record', async () => {
    const extra = await t.call(c(), 'POST', `/api/patients/${pid}/findings`, { data: { id: 'rest-or-night-pain', status: 'present' } });
    expect(extra.statusCode).toBe(201);
    const id = extra.json().id as string;
    expect((await t.call(c(), 'DELETE', `/api/patients/${pid}/findings/${id}?reason=wrong%20patient`)).statusCode).toBe(204);
    expect((await t.call(c(), 'DELETE', `/api/patients/${pid}/findings/${id}`)).statusCode).toBe(404);
    const all = await t.call(c(), 'GET', `/api/patients/${pid}/findings?includeRetracted=true`);
    expect(all.json().items.find((x: { id: string }) => x.id === id).retracted.reason).toBe('wrong patient');
    const caseNow = await t.call(c(), 'GET', `/api/patients/${pid}/case?date=2026-04-14`);
    expect(caseNow.statusCode).toBe(200);
    expect(caseNow.json().case.findings.map((f: { id: string }) => f.id)).toEqual(['fever']);
    expect(caseNow.json().case.patient).toEqual({ age: 54, sex: 'female' });
    expect(caseNow.json().case.pain).toEqual({ back: 7, leg: 2 });
  });

  it('scores questionnaires, names bad items, and builds score series', async () => {
    const bad = await t.call(c(), 'POST', `/api/patients/${pid}/questionnaires`, { instrument: 'odi', date: '2026-03-20', answers: { 'pain-intensity': 9 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toMatch(/^body\.answers\./);
    const unknown = await t.call(c(), 'POST', `/api/patients/${pid}/questionnaires`, { instrument: 'odii', answers: {} });
    expect(unknown.json().errors[0]).toMatchObject({ path: 'body.instrument', suggestion: 'odi' });
    for (const [date, back, leg] of [['2026-01-10', 8, 3], ['2026-03-20', 7, 2]] as const) {
      const r = await t.call(c(), 'POST', `/api/patients/${pid}/questionnaires`, { instrument: 'nrs', date, answers: { 'nrs-back': back, 'nrs-leg': leg } });
      expect(r.statusCode).toBe(201);
    }
    const total = await t.call(c(), 'POST', `/api/patients/${pid}/questionnaires`, { instrument: 'odi', date: '2026-03-20', score: 44 });
    expect(total.json()).toMatchObject({ score: 44, display: '44' });
    const both = await t.call(c(), 'POST', `/api/patients/${pid}/questionnaires`, { instrument: 'odi', score: 44, answers: {} });
    expect(both.statusCode).toBe(400);
    const out = await t.call(c(), 'GET', `/api/patients/${pid}/outcomes`);
    const nrs = out.json().series.find((s: { instrument: string; measure: string }) => s.instrument === 'nrs' && s.measure === 'total');
    expect(nrs.points.map((p: { value: number }) => p.value)).toEqual([8, 7]);
  });

  it('assesses on a date with input, versions and output stored, and returns the stored output unchanged', async () => {
    const future = await t.call(c(), 'POST', `/api/patients/${pid}/assessments`, { assessmentDate: '2026-05-01' });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].path).toBe('body.assessmentDate');
    const r = await t.call(c(), 'POST', `/api/patients/${pid}/assessments`, {});
    expect(r.statusCode).toBe(201);
    const a = r.json().assessment;
    expect(a.assessmentDate).toBe('2026-04-14'); // today in Europe/London at the test clock
    expect(a.case.assessmentDate).toBe('2026-04-14');
    expect(a.output.knowledgeBase).toEqual(a.knowledgeBase);
    expect(a.output.citations.length).toBeGreaterThan(0);
    ids.assessment = a.id;
    const back = await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${pid}/assessments/${a.id}`);
    expect(back.json().output).toEqual(a.output);
    const earlier = await t.call(c(), 'POST', `/api/patients/${pid}/assessments`, { assessmentDate: '2026-02-01' });
    expect(earlier.json().assessment.case.pain).toEqual({}); // the visit of 2026-03-20 had not happened
    const list = await t.call(c(), 'GET', `/api/patients/${pid}/assessments`);
    expect(list.json().assessments).toHaveLength(2);
    const rep = await t.call(c(), 'GET', `/api/patients/${pid}/assessments/${a.id}/reproduction`);
    expect(rep.json()).toMatchObject({ identical: true, differs: [], inputErrors: [] });
  });

  it('a stored output is never rewritten: a changed stored output is reported by the reproduction', async () => {
    const row = await t.store.db.selectFrom('assessments').select('output_json').where('id', '=', ids.assessment!).executeTakeFirstOrThrow();
    const changed = JSON.parse(row.output_json) as Record<string, unknown>;
    changed.causes = [];
    await t.store.db.updateTable('assessments').set({ output_json: JSON.stringify(changed) }).where('id', '=', ids.assessment!).execute();
    const rep = await t.call(c(), 'GET', `/api/patients/${pid}/assessments/${ids.assessment}/reproduction`);
    expect(rep.json()).toMatchObject({ identical: false, differs: ['causes'] });
    await t.store.db.updateTable('assessments').set({ output_json: row.output_json }).where('id', '=', ids.assessment!).execute();
  });

  it('signs off each recommendation: accept, override with a reason, audited', async () => {
    const s = await t.call(c(), 'GET', `/api/patients/${pid}/assessments/${ids.assessment}/sign-offs`);
    const recs = s.json().recommendations as { key: string }[];
    expect(recs.length).toBeGreaterThan(1);
    expect(s.json().open).toBe(recs.length);
    const noReason = await t.call(c(), 'POST', `/api/patients/${pid}/assessments/${ids.assessment}/sign-offs`, { decisions: [{ recommendation: recs[0]!.key, decision: 'override' }] });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].path).toBe('body.decisions[0].reason');
    const unknown = await t.call(c(), 'POST', `/api/patients/${pid}/assessments/${ids.assessment}/sign-offs`, { decisions: [{ recommendation: 'workup:nope', decision: 'accept' }] });
    expect(unknown.json().errors[0].path).toBe('body.decisions[0].recommendation');
    const ok = await t.call(c(), 'POST', `/api/patients/${pid}/assessments/${ids.assessment}/sign-offs`, {
      decisions: [
        { recommendation: recs[0]!.key, decision: 'accept' },
        { recommendation: recs[1]!.key, decision: 'override', reason: 'done last month at another hospital' },
      ],
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().open).toBe(recs.length - 2);
    expect(ok.json().recommendations[1].decision).toMatchObject({ decision: 'override', reason: 'done last month at another hospital' });
    const [ev] = await queryAudit(t.store.db, { resourceType: 'SignOff', action: 'create', outcome: 'success' });
    expect(JSON.parse(ev!.detail!).decisions[1]).toEqual({ recommendation: recs[1]!.key, decision: 'override', reason: 'done last month at another hospital' });
    expect(ev!.patient_id).toBe(pid);
  });

  it('moves plan steps on and shows the patient their plan', async () => {
    const plan = await createPlan(t.store.db, { patientId: t.patientA.id, assessmentId: ids.assessment!, data: {}, steps: [{ key: 'exercise-therapy', data: { title: 'Exercise therapy', patientText: 'Exercise with a physiotherapist twice a week' } }], by: null, now: t.clock.now().toISOString() });
    // (The plan belongs to patient A here only to show it to patient A; plans come from assessments in real use.)
    const r = await t.call(c(), 'PATCH', `/api/patients/${t.patientA.id}/plans/${plan.id}/steps/${plan.steps[0]!.id}`, { status: 'in-progress', note: 'started 14 April' });
    expect(r.statusCode).toBe(200);
    expect(r.json().steps[0]).toMatchObject({ status: 'in-progress', note: 'started 14 April' });
    const bad = await t.call(c(), 'PATCH', `/api/patients/${t.patientA.id}/plans/${plan.id}/steps/${plan.steps[0]!.id}`, { status: 'finished' });
    expect(bad.json().errors[0].path).toBe('body.status');
    const mine = await t.call(t.callers.patientA, 'GET', '/api/me/plan');
    expect(mine.json().plan.steps).toEqual([expect.objectContaining({ title: 'Exercise therapy', text: 'Exercise with a physiotherapist twice a week', status: 'in-progress' })]);
    const wrongPatient = await t.call(c(), 'PATCH', `/api/patients/${pid}/plans/${plan.id}/steps/${plan.steps[0]!.id}`, { status: 'completed' });
    expect(wrongPatient.statusCode).toBe(404);
  });

  it('exports the whole record and audits every call of this suite in one intact chain', async () => {
    const r = await t.call(c(), 'GET', `/api/patients/${pid}/export`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/attachment/);
    const rec = r.json();
    expect(rec.format).toBe('spinepath-record/1');
    expect(rec.assessments).toHaveLength(2);
    expect(rec.assessments[0].signOffs.length + rec.assessments[1].signOffs.length).toBe(2);
    expect(rec['test-results']).toHaveLength(1);
    const events = await queryAudit(t.store.db, { patientId: pid, limit: 1000 });
    expect(events.some((e) => e.action === 'export' && e.outcome === 'success')).toBe(true);
    expect(events.some((e) => e.action === 'execute' && e.resource_type === 'Assessment')).toBe(true);
    expect(events.filter((e) => e.outcome === 'failure').length).toBeGreaterThan(3);
    expect((await verifyAuditChain(t.store.db)).ok).toBe(true);
  });

  it('refuses to assess a record that no longer validates, naming the stored record', async () => {
    const bad = await t.store.db
      .insertInto('findings')
      .values({ id: 'bad-finding', patient_id: pid, code: 'x', date: '2026-04-01', episode_id: null, encounter_id: null, payload: JSON.stringify({ id: 'positive-slr', status: 'present' }), created_at: 'x', created_by: null, retracted_at: null, retracted_by: null, retract_reason: null })
      .execute();
    expect(bad).toBeDefined();
    const r = await t.call(c(), 'POST', `/api/patients/${pid}/assessments`, {});
    expect(r.statusCode).toBe(422);
    expect(r.json().errors[0]).toMatchObject({ record: { type: 'Finding', id: 'bad-finding' } });
    expect(r.json().errors[0].path).toMatch(/^findings\[\d+\]\.id$/);
    expect((await t.call(c(), 'GET', `/api/patients/${pid}/assessments`)).json().assessments).toHaveLength(2);
  });
});
