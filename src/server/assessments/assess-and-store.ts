/**
 * The storage half of an assessment run, shared by the API and the demo seed: assemble the case as of the date,
 * assess (pure engine), store input, versions and full output, and store the plan when the output has one. Runs in
 * the caller's transaction.
 */
import type { Transaction } from 'kysely';
import { assessWithCitations } from '../../engine/assess.js';
import { assembleCase, type AssemblyIssue } from '../../store/assemble-case.js';
import { insertAssessment, type AssessmentRecord } from '../../store/assessments.js';
import { createPlan } from '../../store/plans.js';
import type { Database } from '../../store/schema.js';
import { ApiError, notFound } from '../errors.js';
import { planFromAssessment } from '../plans/from-assessment.js';

export interface AssessmentRun {
  assessment: AssessmentRecord;
  warnings: AssemblyIssue[];
  planId: string | null;
}

export async function assessAndStore(
  trx: Transaction<Database>,
  o: { patientId: string; assessmentDate: string; by: string | null; timeZone: string; now: string },
): Promise<AssessmentRun> {
  const assembled = await assembleCase(trx, o.patientId, o.assessmentDate);
  if (!assembled) throw notFound('patient', 'params.patientId');
  if (!assembled.ok) throw new ApiError(422, assembled.errors);
  const output = assessWithCitations(assembled.case);
  const assessment = await insertAssessment(trx, {
    patientId: o.patientId,
    assessmentDate: o.assessmentDate,
    case: assembled.case,
    output,
    kbVersion: output.knowledgeBase.version,
    kbHash: output.knowledgeBase.hash,
    engineVersion: output.engine.version,
    urgency: output.triage.urgency,
    timeZone: o.timeZone,
    by: o.by,
    now: o.now,
  });
  const plan = planFromAssessment(output);
  const planId = plan ? (await createPlan(trx, { patientId: o.patientId, assessmentId: assessment.id, data: plan.data, steps: plan.steps, by: o.by, now: o.now })).id : null;
  return { assessment, warnings: assembled.warnings, planId };
}
