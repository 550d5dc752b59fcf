/**
 * What the PDF documents print, read from the store: the patient, the STORED assessment (input, knowledge-base
 * version and full output as produced; never recomputed), its sign-off decisions with the clinicians' names, and the
 * care plan made from it with each step's status.
 */
import { compiledKb } from '../../engine/compiled-kb.js';
import { formatCitation } from '../../engine/assess.js';
import { knowledgeBase } from '../../knowledge/index.js';
import type { ClinicianLetterInput, LetterCarePlan, LetterSignOff } from '../../pdf/clinician-letter.js';
import type { PatientPlanInput, PatientVersion } from '../../pdf/patient-plan.js';
import { patientVersionFromOutput, type TreatmentPatientText } from '../../pdf/patient-version.js';
import { getAssessment, type AssessmentRecord } from '../../store/assessments.js';
import type { Executor } from '../../store/executor.js';
import { getPatient, type Patient } from '../../store/patients.js';
import { listPlans, type CarePlan } from '../../store/plans.js';
import { listSignOffs } from '../../store/sign-offs.js';
import { getUser } from '../../store/users.js';
import { notFound } from '../errors.js';
import { stepTitle } from '../plans/from-assessment.js';
import { recommendationsOf } from '../sign-off/recommendations.js';

export interface Loaded {
  patient: Patient;
  assessment: AssessmentRecord;
  carePlan: CarePlan | undefined;
}

export async function loadAssessment(db: Executor, patientId: string, assessmentId: string): Promise<Loaded> {
  const patient = await getPatient(db, patientId);
  if (!patient) throw notFound('patient', 'params.patientId');
  const assessment = await getAssessment(db, patientId, assessmentId);
  if (!assessment) throw notFound('assessment', 'params.assessmentId');
  const plans = await listPlans(db, patientId);
  const carePlan = plans.find((p) => p.assessmentId === assessmentId && p.status === 'active') ?? plans.find((p) => p.assessmentId === assessmentId);
  return { patient, assessment, carePlan };
}

async function userName(db: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  const u = await getUser(db, id);
  return u?.displayName ?? id;
}

function letterCarePlan(p: CarePlan | undefined): LetterCarePlan | null {
  if (!p) return null;
  return { status: p.status, createdAt: p.createdAt, steps: p.steps.map((s) => ({ key: s.key, title: stepTitle(s.data, s.key), status: s.status, note: s.note, updatedAt: s.updatedAt })) };
}

/** A reference id the stored citation list lacks, from the knowledge base in use now (marked as such in print). */
function resolveCitation(id: string): { short: string; citation: string } | undefined {
  const r = compiledKb().referenceById.get(id);
  return r && { short: r.short, citation: formatCitation(r) };
}

export async function clinicianLetterInput(db: Executor, l: Loaded): Promise<ClinicianLetterInput> {
  const { patient, assessment: a } = l;
  const decisions = await listSignOffs(db, patient.id, a.id);
  const latest = new Map(decisions.map((d) => [d.recommendation, d]));
  const names = new Map<string, string>();
  const nameOf = async (id: string) => {
    if (!names.has(id)) names.set(id, (await userName(db, id)) ?? id);
    return names.get(id)!;
  };
  const signOff: LetterSignOff[] = [];
  for (const r of recommendationsOf(a.output)) {
    const d = latest.get(r.key);
    signOff.push({ key: r.key, kind: r.kind, title: r.title, decision: d ? { decision: d.decision, reason: d.reason, clinician: await nameOf(d.clinicianId), at: d.createdAt } : null });
  }
  return {
    patient: { id: patient.id, familyName: patient.familyName, givenName: patient.givenName, birthDate: patient.birthDate, sex: patient.sex, mrn: patient.mrn },
    assessment: {
      id: a.id,
      assessmentDate: a.assessmentDate,
      knowledgeBase: a.knowledgeBase,
      engineVersion: a.engineVersion,
      urgency: a.urgency,
      timeZone: a.timeZone,
      createdAt: a.createdAt,
      createdBy: a.createdBy ? await nameOf(a.createdBy) : null,
      output: a.output,
    },
    signOff,
    carePlan: letterCarePlan(l.carePlan),
    resolveCitation,
  };
}

let texts: Map<string, TreatmentPatientText> | undefined;
function treatmentText(id: string): TreatmentPatientText | undefined {
  texts ??= new Map(knowledgeBase().treatments.map((t) => [t.id, t.patient]));
  return texts.get(id);
}

/**
 * The patient version of a stored output: the one the engine stored with it when there is one (`patientVersion`),
 * else built from the stored output with the knowledge base's patient texts (src/pdf/patient-version.ts).
 */
export function patientVersionOf(output: unknown): PatientVersion {
  return patientVersionFromOutput(output, treatmentText);
}

const STEP_WORDS: Record<string, string> = {
  proposed: 'proposed by your care team',
  accepted: 'you and your care team agreed to this',
  declined: 'you decided against this',
  'in-progress': 'started',
  completed: 'done',
  stopped: 'stopped',
};

export function patientPlanInput(l: Loaded): PatientPlanInput {
  const { patient, assessment: a } = l;
  const version = patientVersionOf(a.output);
  const stepStatus: Record<string, string> = {};
  for (const s of l.carePlan?.steps ?? []) {
    const key = s.key;
    const t = treatmentText(key)?.name ?? stepTitle(s.data, key);
    stepStatus[t] = STEP_WORDS[s.status] ?? s.status;
  }
  return {
    patient: { familyName: patient.familyName, givenName: patient.givenName, birthDate: patient.birthDate },
    assessment: { id: a.id, assessmentDate: a.assessmentDate, createdAt: a.createdAt, knowledgeBase: a.knowledgeBase },
    version,
    stepStatus,
  };
}
