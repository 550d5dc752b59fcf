/**
 * A stored patient as a FHIR R4 Bundle (issue 5 item 6), through src/fhir `exportPatientBundle`: the latest stored
 * assessment exactly as produced (its input case and output, with the knowledge-base version it ran on) and the care
 * plan made from it with each step's current status; without an assessment, the record assembled as of today. The
 * Patient resource gets the record's name, birth date and identifiers (the SpinePath id, and the MRN typed `MR`
 * without a system: SpinePath does not know the clinic's MRN namespace).
 */
import type { Bundle, Patient as FhirPatient } from '@medplum/fhirtypes';
import type { Case } from '../../case/schema.js';
import type { Assessment, Citation } from '../../engine/assess.js';
import { exportPatientBundle } from '../../fhir/export/exporter.js';
import type { PlanForExport, PlanStepForExport } from '../../fhir/export/plan.js';
import { assembleCase, type AssemblyIssue } from '../../store/assemble-case.js';
import { getAssessment, listAssessments } from '../../store/assessments.js';
import type { Executor } from '../../store/executor.js';
import type { Patient } from '../../store/patients.js';
import { listPlans, type CarePlan } from '../../store/plans.js';
import { stepTitle } from '../plans/from-assessment.js';

/** The SpinePath patient id as an identifier system (a URN: no web address is claimed). */
export const PATIENT_ID_SYSTEM = 'urn:spinepath:patient-id';

const STEP_STATUS: Record<string, PlanStepForExport['status']> = {
  proposed: 'not-started',
  accepted: 'scheduled',
  declined: 'cancelled',
  'in-progress': 'in-progress',
  completed: 'completed',
  stopped: 'stopped',
};

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Care-plan steps in the exporter's shape, with each step's status as the care team last set it. */
export function planForExport(plan: CarePlan): PlanForExport {
  return {
    steps: plan.steps.map((s) => {
      const d = isObj(s.data) ? s.data : {};
      const reasons = Array.isArray(d.reasons) ? d.reasons.filter((r): r is string => typeof r === 'string') : [];
      const rec = typeof d.recommendation === 'string' ? d.recommendation : undefined;
      const rationale = [rec ? `${rec}${typeof d.step === 'string' ? ` (${d.step})` : ''}` : '', ...reasons, s.note ? `Note: ${s.note}` : ''].filter(Boolean).join('. ');
      return {
        id: s.key,
        title: stepTitle(s.data, s.key),
        status: STEP_STATUS[s.status] ?? 'not-started',
        ...(rationale ? { rationale: rationale.slice(0, 4000) } : {}),
        ...(typeof d.kind === 'string' ? { kind: d.kind } : {}),
      };
    }),
  };
}

export type ExportOutcome =
  | { ok: true; bundle: Bundle; assessmentId: string | null; issues: string[] }
  | { ok: false; errors: AssemblyIssue[] };

export async function exportPatient(db: Executor, patient: Patient, today: string): Promise<ExportOutcome> {
  const latest = (await listAssessments(db, patient.id))[0];
  let c: Case;
  let assessment: (Assessment & { citations?: Citation[] }) | undefined;
  let plan: PlanForExport | undefined;
  if (latest) {
    const a = (await getAssessment(db, patient.id, latest.id))!;
    c = a.case as Case;
    assessment = a.output as Assessment & { citations?: Citation[] };
    const plans = await listPlans(db, patient.id);
    const made = plans.find((p) => p.assessmentId === a.id && p.status === 'active') ?? plans.find((p) => p.assessmentId === a.id);
    if (made) plan = planForExport(made);
  } else {
    const assembled = await assembleCase(db, patient.id, today);
    if (!assembled) return { ok: false, errors: [{ path: 'params.patientId', message: 'patient not found' }] };
    if (!assembled.ok) return { ok: false, errors: assembled.errors };
    c = assembled.case;
  }
  const { bundle, issues } = exportPatientBundle({
    case: c,
    ...(assessment ? { assessment } : {}),
    ...(plan ? { plan } : {}),
    patient: { key: patient.id, birthDate: patient.birthDate, identifiers: [{ system: PATIENT_ID_SYSTEM, value: patient.id }] },
  });
  const p = bundle.entry?.find((e) => e.resource?.resourceType === 'Patient')?.resource as FhirPatient | undefined;
  if (p) {
    p.name = [{ use: 'official', family: patient.familyName, given: [patient.givenName] }];
    if (patient.mrn) {
      p.identifier = [
        ...(p.identifier ?? []),
        { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR', display: 'Medical record number' }] }, value: patient.mrn },
      ];
    }
  }
  return { ok: true, bundle, assessmentId: latest?.id ?? null, issues };
}
