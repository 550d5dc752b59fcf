/**
 * The patient's view of a care plan: the options their clinicians may offer (not those the plan advises against),
 * each with its title, plain-language text where the plan has it, when (now, next, later) and its status.
 */
import type { CarePlan } from '../../store/plans.js';
import { stepPatientText, stepTitle } from '../plans/from-assessment.js';

const ADVISED_AGAINST = new Set(['not-recommended', 'contraindicated']);

const field = (data: unknown, k: string): string | null => {
  const v = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' ? v : null;
};

export function patientPlanView(plan: CarePlan) {
  return {
    id: plan.id,
    createdAt: plan.createdAt,
    steps: plan.steps
      .filter((s) => !ADVISED_AGAINST.has(field(s.data, 'recommendation') ?? ''))
      .map((s) => ({
        id: s.id,
        title: stepTitle(s.data, s.key),
        text: stepPatientText(s.data),
        when: field(s.data, 'step'),
        status: s.status,
        updatedAt: s.updatedAt,
      })),
  };
}
