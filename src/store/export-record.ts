/**
 * A patient's whole record as one JSON document (right of access, moving clinics, archiving): identity, every case
 * part including retracted ones, questionnaire responses with scores, diary, schedules, assessments with their
 * input and output, care plans and sign-offs, the care profile (goals, preferences, SCS assessment). A FHIR Bundle export is built by src/fhir from the same data.
 */
import { getCareProfile } from './care-profiles.js';
import { CASE_PART_KINDS, listCaseParts } from './case-parts.js';
import { listAssessments, getAssessment } from './assessments.js';
import { listDiary } from './diary.js';
import type { Executor } from './executor.js';
import { getPatient } from './patients.js';
import { listPlans } from './plans.js';
import { getSchedules, listQuestionnaireResponses } from './questionnaires.js';
import { CASE_PART_TABLES } from './schema.js';
import { listSignOffs } from './sign-offs.js';

export const RECORD_EXPORT_FORMAT = 'spinepath-record/1';

export async function exportRecord(db: Executor, patientId: string, exportedAt: string): Promise<Record<string, unknown> | undefined> {
  const patient = await getPatient(db, patientId);
  if (!patient) return undefined;
  const parts: Record<string, unknown> = {};
  for (const table of CASE_PART_TABLES) {
    parts[CASE_PART_KINDS[table].segment] = await listCaseParts(db, table, patientId, { includeRetracted: true });
  }
  const summaries = await listAssessments(db, patientId);
  const assessments = [];
  for (const s of summaries) {
    const a = await getAssessment(db, patientId, s.id);
    assessments.push({ ...a, signOffs: await listSignOffs(db, patientId, s.id) });
  }
  return {
    format: RECORD_EXPORT_FORMAT,
    exportedAt,
    patient,
    ...parts,
    careProfile: await getCareProfile(db, patientId),
    questionnaireResponses: await listQuestionnaireResponses(db, patientId),
    questionnaireSchedules: await getSchedules(db, patientId),
    painDiary: await listDiary(db, patientId),
    assessments,
    carePlans: await listPlans(db, patientId),
  };
}
