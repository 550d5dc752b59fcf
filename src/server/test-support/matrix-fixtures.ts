/** The records the authorisation matrix acts on: patient A with an operation, a visit, a score, an assessment, a plan. */
import { CASE_PART_KINDS, insertCasePart } from '../../store/case-parts.js';
import { createPlan } from '../../store/plans.js';
import type { TestServer } from './harness.js';
import type { MatrixFixtures } from './matrix.js';

export async function makeMatrixFixtures(t: TestServer): Promise<MatrixFixtures> {
  const db = t.store.db;
  const now = t.clock.now().toISOString();
  const patientId = t.patientA.id;
  await insertCasePart(db, CASE_PART_KINDS.episodes, {
    patientId,
    data: { date: '2023-09-12', region: 'lumbar', procedure: 'discectomy', levels: ['L5-S1'], side: 'left', instrumented: false, fusion: false },
    date: '2023-09-12',
    by: null,
    now,
  });
  await insertCasePart(db, CASE_PART_KINDS.encounters, { patientId, data: { date: '2026-04-01', kind: 'clinic-visit', pain: { back: 3, leg: 7 } }, date: '2026-04-01', by: null, now });
  const c = t.callers.clinicianIn;
  const q = await t.call(c, 'POST', `/api/patients/${patientId}/questionnaires`, { instrument: 'odi', date: '2026-04-01', score: 42 });
  if (q.statusCode !== 201) throw new Error(`fixture questionnaire: ${q.statusCode} ${q.body}`);
  const a = await t.call(c, 'POST', `/api/patients/${patientId}/assessments`, { assessmentDate: '2026-04-14' });
  if (a.statusCode !== 201) throw new Error(`fixture assessment: ${a.statusCode} ${a.body}`);
  const assessmentId = a.json().assessment.id as string;
  const s = await t.call(c, 'GET', `/api/patients/${patientId}/assessments/${assessmentId}/sign-offs`);
  const recommendation = s.json().recommendations[0]?.key as string | undefined;
  if (!recommendation) throw new Error('fixture assessment has no recommendation to sign off');
  const plan = await createPlan(db, { patientId, assessmentId, data: { source: 'matrix fixture' }, steps: [{ key: 'exercise-therapy', data: { id: 'exercise-therapy', title: 'Exercise therapy' } }], by: null, now });
  return { patientId, assessmentId, recommendation, planId: plan.id, stepId: plan.steps[0]!.id, responseId: q.json().id as string };
}
