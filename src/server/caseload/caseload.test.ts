/**
 * The caseload summary over HTTP on both databases: the urgency, red flags and top cause of the latest assessment,
 * the last two values of the scanned scores for the trend arrow, the PHQ-9 item 9 alert from a later questionnaire,
 * and only the clinician's own care teams.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import { startTestServer, type TestServer } from '../test-support/harness.js';
import type { CaseloadRow } from './summary.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'caseload');

describe.each(dbs.run)('GET /api/caseload on %s', (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind);
    const c = t.callers.clinicianIn;
    const base = `/api/patients/${t.patientA.id}`;
    const ok = async (p: Promise<{ statusCode: number; body: string }>) => {
      const r = await p;
      if (r.statusCode >= 300) throw new Error(`${r.statusCode} ${r.body}`);
    };
    await ok(t.call(c, 'POST', `${base}/episodes`, { data: { date: '2025-01-10', region: 'lumbar', procedure: 'discectomy', levels: ['L5-S1'], side: 'left', instrumented: false, fusion: false } }));
    await ok(t.call(c, 'POST', `${base}/encounters`, { data: { date: '2026-04-01', kind: 'clinic-visit', pain: { back: 3, leg: 7 } } }));
    await ok(t.call(c, 'POST', `${base}/findings`, { data: { id: 'new-or-progressive-motor-deficit', status: 'present', date: '2026-04-01' } }));
    await ok(t.call(c, 'POST', `${base}/questionnaires`, { instrument: 'odi', date: '2026-03-01', score: 50 }));
    await ok(t.call(c, 'POST', `${base}/questionnaires`, { instrument: 'odi', date: '2026-04-01', score: 40 }));
    await ok(t.call(c, 'POST', `${base}/assessments`, { assessmentDate: '2026-04-10' }));
    // A PHQ-9 after the assessment with item 9 above 0: the caseload shows the alert at once.
    const answers = { '44250-9': 0, '44255-8': 0, '44259-0': 0, '44254-1': 0, '44251-7': 0, '44258-2': 0, '44252-5': 0, '44253-3': 0, '44260-8': 2 };
    await ok(t.call(c, 'POST', `${base}/questionnaires`, { instrument: 'phq9', date: '2026-04-12', answers }));
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('summarises the latest assessment and scores of each patient of the care team', async () => {
    const r = await t.call(t.callers.clinicianIn, 'GET', '/api/caseload');
    expect(r.statusCode).toBe(200);
    const body = r.json() as { rows: CaseloadRow[]; total: number };
    expect(body.total).toBe(2);
    const a = body.rows.find((x) => x.patientId === t.patientA.id)!;
    expect(a.name).toBe('Able, Anna');
    expect(a.urgency).not.toBe('routine');
    expect(a.urgency).not.toBeNull();
    expect(a.redFlags.length).toBeGreaterThan(0);
    expect(a.topCause?.name).toBeTruthy();
    expect(a.assessedOn).toBe('2026-04-10');
    expect(a.scores.find((s) => s.label === 'ODI')).toMatchObject({ latest: 40, previous: 50 });
    expect(a.scores.find((s) => s.label === 'PHQ-9')).toMatchObject({ latest: 2, previous: null });
    expect(a.alerts).toBe(1);
    const b = body.rows.find((x) => x.patientId === t.patientB.id)!;
    expect(b).toMatchObject({ urgency: null, topCause: null, scores: [], alerts: 0 });
    // Served again from the cache: the same answer.
    expect((await t.call(t.callers.clinicianIn, 'GET', '/api/caseload')).json()).toEqual(body);
  });

  it("lists nobody outside the clinician's care teams", async () => {
    const r = await t.call(t.callers.clinicianOut, 'GET', '/api/caseload');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ rows: [], total: 0 });
  });
});
