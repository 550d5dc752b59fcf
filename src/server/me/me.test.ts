/** The signed-in user and the patient-facing endpoints, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import { startTestServer, type TestServer } from '../test-support/harness.js';
import { dueQuestionnaires } from './due.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'patient endpoints');

describe('dueQuestionnaires', () => {
  it('lists never-answered and overdue instruments, oldest due first', () => {
    const due = dueQuestionnaires(
      [
        { instrument: 'nrs', everyDays: 7 },
        { instrument: 'odi', everyDays: 28 },
        { instrument: 'phq9', everyDays: 28 },
      ],
      new Map([
        ['nrs', '2026-04-01'],
        ['odi', '2026-04-10'],
      ]),
      '2026-04-14',
    );
    expect(due.map((d) => [d.instrument, d.dueSince])).toEqual([
      ['nrs', '2026-04-08'],
      ['phq9', '2026-04-14'],
    ]);
  });
});

describe.each(dbs.run)('patient endpoints on %s', (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind);
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/me tells each caller who they are', async () => {
    const p = (await t.call(t.callers.patientA, 'GET', '/api/me')).json();
    expect(p).toMatchObject({ user: { role: 'patient', patientId: t.patientA.id }, via: 'session', patient: { familyName: 'Able' }, careTeams: [] });
    const c = (await t.call(t.callers.clinicianIn, 'GET', '/api/me')).json();
    expect(c).toMatchObject({ user: { role: 'clinician', patientId: null }, careTeams: [{ id: t.teamA, name: 'Team A' }], patient: null });
    expect((await t.call(t.callers.anonymous, 'GET', '/api/me')).statusCode).toBe(401);
  });

  it('schedules questionnaires, lists what is due, takes the answers and scores them at once', async () => {
    const pid = t.patientA.id;
    const put = await t.call(t.callers.clinicianIn, 'PUT', `/api/patients/${pid}/questionnaire-schedule`, { schedules: [{ instrument: 'nrs', everyDays: 7 }, { instrument: 'phq9', everyDays: 28 }] });
    expect(put.statusCode).toBe(200);
    const dup = await t.call(t.callers.clinicianIn, 'PUT', `/api/patients/${pid}/questionnaire-schedule`, { schedules: [{ instrument: 'nrs', everyDays: 7 }, { instrument: 'nrs', everyDays: 3 }, { instrument: 'xyz', everyDays: 3 }] });
    expect(dup.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.schedules[2].instrument', 'body.schedules[1].instrument']);
    let due = (await t.call(t.callers.patientA, 'GET', '/api/me/questionnaires/due')).json();
    expect(due.today).toBe('2026-04-14');
    expect(due.due.map((d: { instrument: string }) => d.instrument)).toEqual(['nrs', 'phq9']);
    const r = await t.call(t.callers.patientA, 'POST', '/api/me/questionnaires', { instrument: 'nrs', answers: { 'nrs-back': 4, 'nrs-leg': 6 } });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ instrument: 'nrs', date: '2026-04-14', score: 6, band: 'moderate pain', alerts: [] });
    due = (await t.call(t.callers.patientA, 'GET', '/api/me/questionnaires/due')).json();
    expect(due.due.map((d: { instrument: string }) => d.instrument)).toEqual(['phq9']);
    // The clinician sees the patient's response on the record.
    const list = await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${pid}/questionnaires?instrument=nrs`);
    expect(list.json().responses[0]).toMatchObject({ source: 'patient', total: 6 });
    // Patient B's schedule is their own.
    expect((await t.call(t.callers.patientB, 'GET', '/api/me/questionnaires/due')).json().due).toEqual([]);
  });

  it('gives the patient the crisis message when PHQ-9 item 9 is answered above 0', async () => {
    const answers = { '44250-9': 1, '44255-8': 1, '44259-0': 1, '44254-1': 1, '44251-7': 1, '44258-2': 1, '44252-5': 1, '44253-3': 1, '44260-8': 2 };
    const r = await t.call(t.callers.patientA, 'POST', '/api/me/questionnaires', { instrument: 'phq9', answers });
    expect(r.statusCode).toBe(201);
    const alert = r.json().alerts[0];
    expect(alert).toMatchObject({ id: 'phq9-item9-self-harm', level: 'urgent' });
    expect(alert.message).toMatch(/^You told us/);
    expect(alert.resources.length).toBeGreaterThan(0);
    const clinician = await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${t.patientA.id}/questionnaires/${r.json().id}`);
    expect(clinician.json().result.alerts[0].message).toMatch(/^Self-harm thoughts/);
  });

  it('refuses a future date or an unanswerable response, naming the field', async () => {
    const future = await t.call(t.callers.patientA, 'POST', '/api/me/questionnaires', { instrument: 'nrs', date: '2026-04-15', answers: { 'nrs-back': 1 } });
    expect(future.json().errors[0].path).toBe('body.date');
    const wrong = await t.call(t.callers.patientA, 'POST', '/api/me/questionnaires', { instrument: 'nrs', answers: { 'nrs-back': 11 } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0].path).toBe('body.answers.nrs-back');
  });

  it('keeps a pain diary (pain now, 0-10, with a note), separate from the NRS questionnaire', async () => {
    expect((await t.call(t.callers.patientA, 'POST', '/api/me/diary', { nrs: 7, note: 'bad night' })).statusCode).toBe(201);
    expect((await t.call(t.callers.patientA, 'POST', '/api/me/diary', { nrs: 4, date: '2026-04-12' })).statusCode).toBe(201);
    const half = await t.call(t.callers.patientA, 'POST', '/api/me/diary', { nrs: 4.5 });
    expect(half.json().errors[0]).toEqual({ path: 'body.nrs', message: 'a whole number 0-10' });
    const mine = (await t.call(t.callers.patientA, 'GET', '/api/me/diary')).json();
    expect(mine.entries.map((e: { nrs: number }) => e.nrs)).toEqual([4, 7]);
    const range = (await t.call(t.callers.patientA, 'GET', '/api/me/diary?from=2026-04-13')).json();
    expect(range.entries).toHaveLength(1);
    const clinician = (await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${t.patientA.id}/diary`)).json();
    expect(clinician.entries).toHaveLength(2);
    expect((await t.call(t.callers.patientB, 'GET', '/api/me/diary')).json().entries).toEqual([]);
  });

  it('shows no plan before one exists', async () => {
    expect((await t.call(t.callers.patientB, 'GET', '/api/me/plan')).json()).toEqual({ plan: null });
  });
});
