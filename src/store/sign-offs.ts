/** Clinical sign-off: a clinician's accept or override of each recommendation of a stored assessment, with reasons. */
import type { Executor } from './executor.js';
import { newId } from './ids.js';

export interface SignOff {
  id: string;
  assessmentId: string;
  recommendation: string;
  decision: 'accept' | 'override';
  reason: string | null;
  clinicianId: string;
  createdAt: string;
}

export async function insertSignOffs(
  db: Executor,
  s: { patientId: string; assessmentId: string; clinicianId: string; now: string; decisions: { recommendation: string; decision: 'accept' | 'override'; reason: string | null }[] },
): Promise<SignOff[]> {
  const rows = s.decisions.map((d) => ({
    id: newId(),
    patient_id: s.patientId,
    assessment_id: s.assessmentId,
    recommendation: d.recommendation,
    decision: d.decision,
    reason: d.reason,
    clinician_id: s.clinicianId,
    created_at: s.now,
  }));
  if (rows.length) await db.insertInto('sign_offs').values(rows).execute();
  return rows.map((r) => ({ id: r.id, assessmentId: r.assessment_id, recommendation: r.recommendation, decision: r.decision, reason: r.reason, clinicianId: r.clinician_id, createdAt: r.created_at }));
}

export async function listSignOffs(db: Executor, patientId: string, assessmentId: string): Promise<SignOff[]> {
  const rows = await db
    .selectFrom('sign_offs')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('assessment_id', '=', assessmentId)
    .orderBy('created_at')
    .orderBy('recommendation')
    .execute();
  return rows.map((r) => ({ id: r.id, assessmentId: r.assessment_id, recommendation: r.recommendation, decision: r.decision, reason: r.reason, clinicianId: r.clinician_id, createdAt: r.created_at }));
}
