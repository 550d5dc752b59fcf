import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { score } from '../instruments/index.js';
import { assembleCase } from './assemble-case.js';
import { setCareProfile } from './care-profiles.js';
import { getAssessment, insertAssessment, listAssessments } from './assessments.js';
import { CASE_PART_KINDS, getCasePart, insertCasePart, listCaseParts, retractCasePart } from './case-parts.js';
import { rememberJti } from './cds-jti.js';
import { exportRecord } from './export-record.js';
import { findImportIdentity, recordImportIdentity } from './import-identities.js';
import { createPatient, listPatients } from './patients.js';
import { createPlan, listPlans, updateStep } from './plans.js';
import { insertQuestionnaireResponse, lastResponseDates, listScores } from './questionnaires.js';
import { hitCounter } from './rate-limits.js';
import { createSession, findSession } from './sessions.js';
import { createApiToken, findApiToken, revokeApiToken } from './tokens.js';
import { addMember, createTeam, teamIdsOf } from './teams.js';
import { countFailedLogin, createUser, findUserRowByEmail } from './users.js';
import { openTestStore, testDatabases, type TestStore } from './test-support/databases.js';
import { reportSkipped } from './test-support/report.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'store');

const NOW = '2026-04-14T09:00:00.000Z';

describe.each(dbs.run)('store on %s', (kind) => {
  let store: TestStore;
  let teamId: string;
  let patientId: string;
  beforeAll(async () => {
    store = await openTestStore(kind);
    teamId = (await createTeam(store.db, 'Spine clinic', NOW)).id;
    patientId = (await createPatient(store.db, { careTeamId: teamId, familyName: 'Doe', givenName: 'Ann', birthDate: '1984-06-02', sex: 'female', mrn: 'MRN1' }, null, NOW)).id;
  });
  afterAll(async () => {
    await store.dispose();
  });

  it('stores users, teams, sessions and tokens; counts failed logins atomically', async () => {
    const u = await createUser(store.db, { email: ' Dr@Example.org ', displayName: 'Dr', role: 'clinician', passwordHash: 'h' }, NOW);
    expect(u.email).toBe('dr@example.org');
    expect((await findUserRowByEmail(store.db, 'DR@example.org'))?.id).toBe(u.id);
    await addMember(store.db, teamId, u.id, NOW);
    await addMember(store.db, teamId, u.id, NOW); // idempotent
    expect(await teamIdsOf(store.db, u.id)).toEqual([teamId]);
    const counts = await Promise.all([1, 2, 3].map(() => countFailedLogin(store.db, u.id, NOW)));
    expect(counts.sort()).toEqual([1, 2, 3]);
    const s = await createSession(store.db, { userId: u.id, now: new Date(NOW), ttlMs: 60_000, ip: '::1', userAgent: 'ua' });
    expect((await findSession(store.db, s.token))?.user_id).toBe(u.id);
    expect(await findSession(store.db, 'nope')).toBeUndefined();
    const t = await createApiToken(store.db, { userId: u.id, name: 'script', now: NOW, expiresAt: null });
    expect((await findApiToken(store.db, t.token))?.id).toBe(t.record.id);
    expect(await revokeApiToken(store.db, u.id, t.record.id, NOW)).toBe(true);
    expect(await revokeApiToken(store.db, u.id, t.record.id, NOW)).toBe(false);
  });

  it('lists patients of given teams only', async () => {
    const other = await createTeam(store.db, 'Other', NOW);
    await createPatient(store.db, { careTeamId: other.id, familyName: 'Roe', givenName: 'Bo', birthDate: '1970-01-01', sex: 'male' }, null, NOW);
    expect((await listPatients(store.db, { teamIds: [teamId] })).map((p) => p.familyName)).toEqual(['Doe']);
    expect(await listPatients(store.db, { teamIds: [] })).toEqual([]);
    expect((await listPatients(store.db, { search: 'ro' })).map((p) => p.familyName)).toEqual(['Roe']);
  });

  it('assembles a valid case from stored parts as of a date, latest finding record winning', async () => {
    const add = (table: keyof typeof CASE_PART_KINDS, data: Record<string, unknown>, date: string) =>
      insertCasePart(store.db, CASE_PART_KINDS[table], { patientId, data, date, by: null, now: NOW });
    await add('episodes', { date: '2023-09-12', region: 'lumbar', procedure: 'discectomy', levels: ['L5-S1'], side: 'left', instrumented: false, fusion: false }, '2023-09-12');
    await add('encounters', { date: '2026-01-10', kind: 'clinic-visit', pain: { back: 2, leg: 4 } }, '2026-01-10');
    await add('encounters', { date: '2026-04-01', kind: 'clinic-visit', pain: { back: 3, leg: 7 } }, '2026-04-01');
    await add('findings', { id: 'positive-straight-leg-raise', status: 'absent', side: 'left' }, '2026-01-10');
    await add('findings', { id: 'positive-straight-leg-raise', status: 'present', side: 'left' }, '2026-04-01');
    const wrong = await add('findings', { id: 'fever', status: 'present' }, '2026-04-01');
    expect(await retractCasePart(store.db, 'findings', patientId, wrong.id, { by: null, reason: 'entered in error', now: NOW })).toBe(true);
    const r = await assembleCase(store.db, patientId, '2026-04-14');
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.case.patient).toEqual({ age: 41, sex: 'female' });
    expect(r.case.pain).toEqual({ back: 3, leg: 7 });
    expect(r.case.findings).toEqual([{ id: 'positive-straight-leg-raise', status: 'present', side: 'left' }]);
    const earlier = await assembleCase(store.db, patientId, '2026-02-01');
    expect(earlier?.ok && earlier.case.findings[0]?.status).toBe('absent');
    expect(earlier?.ok && earlier.case.pain).toEqual({ back: 2, leg: 4 });
    expect((await listCaseParts(store.db, 'findings', patientId, { includeRetracted: true })).length).toBe(3);
    expect((await getCasePart(store.db, 'findings', patientId, wrong.id))?.retracted?.reason).toBe('entered in error');
  });

  it('assembles comorbidities (latest per id), devices, medications and the care profile', async () => {
    const add = (table: 'comorbidities' | 'devices' | 'medications', data: Record<string, unknown>, date: string) =>
      insertCasePart(store.db, CASE_PART_KINDS[table], { patientId, data, date, by: null, now: NOW });
    await add('comorbidities', { id: 'renal-impairment', egfr: 55 }, '2025-01-01');
    await add('comorbidities', { id: 'renal-impairment', egfr: 40 }, '2026-03-01');
    await add('devices', { kind: 'pacemaker', mrConditional: true }, '2025-01-01');
    await add('medications', { name: 'ibuprofen', dose: 400, unit: 'mg', frequencyPerDay: 3, start: '2026-01-01' }, '2026-01-01');
    await setCareProfile(store.db, patientId, { goals: ['walk-further'], preferences: ['avoid-opioids'] }, null, NOW);
    const r = await assembleCase(store.db, patientId, '2026-04-14');
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.case.comorbidities).toEqual([{ id: 'renal-impairment', egfr: 40 }]);
    expect(r.case.devices).toEqual([{ kind: 'pacemaker', mrConditional: true }]);
    expect(r.case.medications.map((m) => m.name)).toEqual(['ibuprofen']);
    expect(r.case.goals).toEqual(['walk-further']);
    expect(r.case.preferences).toEqual(['avoid-opioids']);
    for (const table of ['comorbidities', 'devices', 'medications'] as const) {
      for (const x of await listCaseParts(store.db, table, patientId)) await retractCasePart(store.db, table, patientId, x.id, { by: null, reason: null, now: NOW });
    }
    await setCareProfile(store.db, patientId, { goals: [], preferences: [] }, null, NOW);
  });

  it('names the stored record when the assembled case does not validate', async () => {
    const bad = await insertCasePart(store.db, CASE_PART_KINDS.findings, { patientId, data: { id: 'positive-slr', status: 'present' }, date: '2026-04-02', by: null, now: NOW });
    const r = await assembleCase(store.db, patientId, '2026-04-14');
    expect(r?.ok).toBe(false);
    if (r && !r.ok) {
      expect(r.errors[0]).toMatchObject({ path: 'findings[1].id', record: { type: 'Finding', id: bad.id } });
      expect(r.errors[0]!.message).toMatch(/unknown finding id 'positive-slr'/);
    }
    await retractCasePart(store.db, 'findings', patientId, bad.id, { by: null, reason: null, now: NOW });
    expect(await assembleCase(store.db, 'no-such-patient', '2026-04-14')).toBeUndefined();
  });

  it('stores questionnaire responses with their scores, in the case and the time series', async () => {
    for (const [date, back, leg] of [['2026-01-10', 2, 4], ['2026-04-01', 3, 7]] as const) {
      const answers = { 'nrs-back': back, 'nrs-leg': leg };
      const result = score('nrs', { instrument: 'nrs', date, answers });
      await insertQuestionnaireResponse(store.db, { patientId, instrument: 'nrs', date, source: 'patient', answers, enteredScore: null, result, by: null, now: NOW });
    }
    const series = await listScores(store.db, patientId, { instrument: 'nrs' });
    expect(series.filter((p) => p.measure === 'total').map((p) => p.value)).toEqual([4, 7]);
    expect((await lastResponseDates(store.db, patientId)).get('nrs')).toBe('2026-04-01');
    const r = await assembleCase(store.db, patientId, '2026-04-14');
    expect(r?.ok && r.case.questionnaires.map((q) => q.date)).toEqual(['2026-01-10', '2026-04-01']);
  });

  it('stores assessments verbatim and plans with step status', async () => {
    const a = await insertAssessment(store.db, { patientId, assessmentDate: '2026-04-14', case: { x: 1 }, output: { y: [1, 2] }, kbVersion: 'v', kbHash: 'h', engineVersion: 'e', urgency: 'routine', timeZone: 'UTC', by: null, now: NOW });
    expect((await getAssessment(store.db, patientId, a.id))?.output).toEqual({ y: [1, 2] });
    expect(await getAssessment(store.db, 'other', a.id)).toBeUndefined();
    expect((await listAssessments(store.db, patientId)).map((x) => x.id)).toEqual([a.id]);
    const p1 = await createPlan(store.db, { patientId, assessmentId: a.id, data: {}, steps: [{ key: 's1', data: {} }], by: null, now: NOW });
    const p2 = await createPlan(store.db, { patientId, assessmentId: a.id, data: {}, steps: [{ key: 's1', data: {} }, { key: 's2', data: {} }], by: null, now: NOW });
    expect(await updateStep(store.db, patientId, p2.id, p2.steps[1]!.id, { status: 'in-progress', note: 'started', by: null, now: NOW })).toBe(true);
    const plans = await listPlans(store.db, patientId);
    expect(plans.find((p) => p.id === p1.id)?.status).toBe('superseded');
    expect(plans.find((p) => p.id === p2.id)?.steps.map((s) => s.status)).toEqual(['proposed', 'in-progress']);
  });

  it('counts rate-limit windows, refuses replayed JWT ids, remembers import identities', async () => {
    expect((await hitCounter(store.db, 'k', 1000, 10_000)).count).toBe(1);
    expect((await hitCounter(store.db, 'k', 1000, 10_500)).count).toBe(2);
    const fresh = await hitCounter(store.db, 'k', 1000, 11_000);
    expect(fresh).toEqual({ count: 1, ttl: 1000 });
    const hits = await Promise.all(Array.from({ length: 10 }, () => hitCounter(store.db, 'c', 60_000, 20_000)));
    expect(hits.map((h) => h.count).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const j = { jti: 'abc', issuer: 'https://ehr', expiresAt: '2026-04-14T09:05:00.000Z', now: NOW };
    expect(await rememberJti(store.db, j)).toBe(true);
    expect(await rememberJti(store.db, j)).toBe(false);
    expect(await rememberJti(store.db, { ...j, now: '2026-04-14T09:06:00.000Z', expiresAt: '2026-04-14T09:10:00.000Z' })).toBe(true);
    const id = { patientId, source: 'bundle:x', identity: 'Observation/1', resourceType: 'Observation', localTable: 'findings', localId: 'f1', contentHash: 'a', importedAt: NOW };
    await recordImportIdentity(store.db, id);
    await recordImportIdentity(store.db, { ...id, contentHash: 'b' });
    expect((await findImportIdentity(store.db, 'bundle:x', 'Observation/1'))?.contentHash).toBe('b');
  });

  it('exports the whole record', async () => {
    const r = await exportRecord(store.db, patientId, NOW);
    expect(r?.format).toBe('spinepath-record/1');
    expect((r?.findings as unknown[]).length).toBe(4);
    expect((r?.comorbidities as unknown[]).length).toBe(2);
    expect(r?.careProfile).toMatchObject({ profile: { goals: [], preferences: [] } });
    expect((r?.assessments as unknown[]).length).toBe(1);
    expect(await exportRecord(store.db, 'nobody', NOW)).toBeUndefined();
  });
});
