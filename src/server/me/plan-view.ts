/** The patient's view of a care plan: each step's title, plain-language text where the plan has it, and status. */
import type { CarePlan } from '../../store/plans.js';
import { stepPatientText, stepTitle } from '../plans/from-assessment.js';

export function patientPlanView(plan: CarePlan) {
  return {
    id: plan.id,
    createdAt: plan.createdAt,
    steps: plan.steps.map((s) => ({
      id: s.id,
      title: stepTitle(s.data, s.key),
      text: stepPatientText(s.data),
      status: s.status,
      updatedAt: s.updatedAt,
    })),
  };
}
