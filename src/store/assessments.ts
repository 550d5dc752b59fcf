/**
 * Stored assessments: the validated input case, the knowledge-base version and hash, the engine version and the full
 * output exactly as the clinician saw it. Nothing rewrites a stored assessment; a later knowledge base gives a new
 * assessment beside it, and the stored input can be re-run to show whether the result would differ.
 */
import { fromJson, toJson, type Executor } from './executor.js';
import { newId } from './ids.js';
import type { AssessmentsTable } from './schema.js';

export interface AssessmentSummary {
  id: string;
  patientId: string;
  assessmentDate: string;
  knowledgeBase: { version: string; hash: string };
  engineVersion: string;
  urgency: string;
  timeZone: string;
  createdAt: string;
  createdBy: string | null;
}

export interface AssessmentRecord extends AssessmentSummary {
  case: unknown;
  output: unknown;
}

const toSummary = (r: AssessmentsTable): AssessmentSummary => ({
  id: r.id,
  patientId: r.patient_id,
  assessmentDate: r.assessment_date,
  knowledgeBase: { version: r.kb_version, hash: r.kb_hash },
  engineVersion: r.engine_version,
  urgency: r.urgency,
  timeZone: r.time_zone,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export async function insertAssessment(
  db: Executor,
  a: {
    patientId: string;
    assessmentDate: string;
    case: unknown;
    output: unknown;
    kbVersion: string;
    kbHash: string;
    engineVersion: string;
    urgency: string;
    timeZone: string;
    by: string | null;
    now: string;
  },
): Promise<AssessmentRecord> {
  const row: AssessmentsTable = {
    id: newId(),
    patient_id: a.patientId,
    assessment_date: a.assessmentDate,
    case_json: toJson(a.case),
    kb_version: a.kbVersion,
    kb_hash: a.kbHash,
    engine_version: a.engineVersion,
    output_json: toJson(a.output),
    urgency: a.urgency,
    time_zone: a.timeZone,
    created_at: a.now,
    created_by: a.by,
  };
  await db.insertInto('assessments').values(row).execute();
  return { ...toSummary(row), case: a.case, output: a.output };
}

export async function listAssessments(db: Executor, patientId: string): Promise<AssessmentSummary[]> {
  const rows = await db
    .selectFrom('assessments')
    .select(['id', 'patient_id', 'assessment_date', 'kb_version', 'kb_hash', 'engine_version', 'urgency', 'time_zone', 'created_at', 'created_by'])
    .where('patient_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => toSummary({ ...r, case_json: '', output_json: '' }));
}

export async function getAssessment(db: Executor, patientId: string, id: string): Promise<AssessmentRecord | undefined> {
  const r = await db.selectFrom('assessments').selectAll().where('patient_id', '=', patientId).where('id', '=', id).executeTakeFirst();
  return r && { ...toSummary(r), case: fromJson(r.case_json), output: fromJson(r.output_json) };
}
