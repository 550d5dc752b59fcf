/**
 * Assembles the engine's Case from a patient's stored record as it stood on an assessment date: every record dated on
 * or before that date and not retracted. Operations become `surgeries`; the latest encounter with a pain profile gives
 * `pain`; findings keep the latest record per (finding, level, side) and comorbidities the latest per id; test
 * results, red-flag reviews, treatments, medications, devices and questionnaire entries are taken as stored; goals,
 * preferences and the SCS assessment come from the care profile. The result is checked
 * by validateCase (src/case/validate.ts) exactly like a case file; each problem names the case field and, where it
 * came from one, the stored record (`{ type: 'Finding', id }`), so a record that no longer validates can be found
 * and corrected.
 */
import type { Case } from '../case/schema.js';
import { validateCase, type ValidationIssue } from '../case/validate.js';
import { ageOn } from './clock.js';
import { getCareProfile } from './care-profiles.js';
import { CASE_PART_KINDS, listCaseParts, type CasePartRecord } from './case-parts.js';
import type { Executor } from './executor.js';
import { getPatient } from './patients.js';
import { listQuestionnaireResponses } from './questionnaires.js';

export interface RecordRef {
  type: string;
  id: string;
}

export interface AssemblyIssue extends ValidationIssue {
  record?: RecordRef;
}

export type Assembly =
  | { ok: true; case: Case; warnings: AssemblyIssue[] }
  | { ok: false; errors: AssemblyIssue[]; warnings: AssemblyIssue[] };

const ref = (type: string, r: { id: string }): RecordRef => ({ type, id: r.id });

/** The latest record per key (a finding at a level and side; a comorbidity); kept records stay in date order. */
function latestBy(rows: CasePartRecord[], key: (r: CasePartRecord) => string): CasePartRecord[] {
  const byKey = new Map<string, CasePartRecord>();
  for (const r of rows) byKey.set(key(r), r); // rows arrive sorted by date, then creation: the last one wins
  const kept = new Set(byKey.values());
  return rows.filter((r) => kept.has(r));
}

/** The stored record behind a case path such as `findings[3].id`, if any. */
function locate(path: string, sources: Map<string, RecordRef[]>, painSource: RecordRef | undefined, patientRef: RecordRef): RecordRef | undefined {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  if (!m) return undefined;
  if (m[1] === 'patient') return patientRef;
  if (m[1] === 'pain') return painSource;
  if (m[1] === 'goals' || m[1] === 'preferences' || m[1] === 'scsAssessment') return { type: 'CareProfile', id: patientRef.id };
  if (m[2] === undefined) return undefined;
  return sources.get(m[1]!)?.[Number(m[2])];
}

/** Undefined when the patient does not exist. */
export async function assembleCase(db: Executor, patientId: string, assessmentDate: string): Promise<Assembly | undefined> {
  const patient = await getPatient(db, patientId);
  if (!patient) return undefined;
  const to = assessmentDate;
  const [episodes, encounters, findings, tests, reviews, treatments, medications, comorbidities, devices, questionnaires, care] = await Promise.all([
    listCaseParts(db, 'episodes', patientId, { to }),
    listCaseParts(db, 'encounters', patientId, { to }),
    listCaseParts(db, 'findings', patientId, { to }),
    listCaseParts(db, 'test_results', patientId, { to }),
    listCaseParts(db, 'red_flag_reviews', patientId, { to }),
    listCaseParts(db, 'treatments', patientId, { to }),
    listCaseParts(db, 'medications', patientId, { to }),
    listCaseParts(db, 'comorbidities', patientId, { to }),
    listCaseParts(db, 'devices', patientId, { to }),
    listQuestionnaireResponses(db, patientId, { to }),
    getCareProfile(db, patientId),
  ]);

  const sources = new Map<string, RecordRef[]>();
  const take = (field: string, type: string, rows: CasePartRecord[]) => {
    sources.set(field, rows.map((r) => ref(type, r)));
    return rows.map((r) => r.data);
  };
  const painEncounter = [...encounters].reverse().find((e) => e.data.pain !== undefined);
  const keptFindings = latestBy(findings, (r) => `${r.code}|${String(r.data.level ?? '')}|${String(r.data.side ?? '')}`);
  const entries = questionnaires.filter((q) => q.answers !== null || q.enteredScore !== null);
  sources.set('questionnaires', entries.map((q) => ({ type: 'QuestionnaireResponse', id: q.id })));

  const input: Record<string, unknown> = {
    schemaVersion: '1',
    id: patient.id,
    assessmentDate,
    patient: { age: ageOn(patient.birthDate, assessmentDate), sex: patient.sex, ...(patient.pregnant !== null ? { pregnant: patient.pregnant } : {}) },
    surgeries: take('surgeries', CASE_PART_KINDS.episodes.resource, episodes),
    pain: painEncounter?.data.pain ?? {},
    findings: take('findings', CASE_PART_KINDS.findings.resource, keptFindings),
    testResults: take('testResults', CASE_PART_KINDS.test_results.resource, tests),
    redFlagReviews: take('redFlagReviews', CASE_PART_KINDS.red_flag_reviews.resource, reviews),
    treatments: take('treatments', CASE_PART_KINDS.treatments.resource, treatments),
    questionnaires: entries.map((q) => ({
      instrument: q.instrument,
      date: q.date,
      ...(q.answers !== null ? { answers: q.answers } : {}),
      ...(q.enteredScore !== null && q.answers === null ? { score: q.enteredScore } : {}),
    })),
    medications: take('medications', CASE_PART_KINDS.medications.resource, medications),
    comorbidities: take('comorbidities', CASE_PART_KINDS.comorbidities.resource, latestBy(comorbidities, (r) => r.code)),
    devices: take('devices', CASE_PART_KINDS.devices.resource, devices),
    goals: care.profile.goals,
    preferences: care.profile.preferences,
    ...(care.profile.scsAssessment ? { scsAssessment: care.profile.scsAssessment } : {}),
  };

  const patientRef: RecordRef = { type: 'Patient', id: patient.id };
  const painRef = painEncounter && ref(CASE_PART_KINDS.encounters.resource, painEncounter);
  const annotate = (i: ValidationIssue): AssemblyIssue => {
    const record = locate(i.path, sources, painRef, patientRef);
    return record ? { ...i, record } : i;
  };
  const v = validateCase(input);
  if (!v.ok) return { ok: false, errors: v.errors.map(annotate), warnings: v.warnings.map(annotate) };
  return { ok: true, case: v.case, warnings: v.warnings.map(annotate) };
}
